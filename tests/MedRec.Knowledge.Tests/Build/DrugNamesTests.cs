using MedRec.Knowledge.Build;

namespace MedRec.Knowledge.Tests.Build;

public sealed class DrugNamesTests
{
    [Theory]
    [InlineData("阿莫西林胶囊", "阿莫西林")]
    [InlineData("XX药业 布洛芬缓释胶囊", "布洛芬")]
    [InlineData("注射用头孢曲松钠", "头孢曲松钠")]
    public void Product_names_reduce_to_the_generic(string product, string generic) => Assert.Equal(generic, DrugNames.Generic(product));

    [Theory]
    [InlineData("应该如何用药？用什么药？")]
    [InlineData("0.25g")]
    [InlineData("片")]
    public void Junk_is_not_a_drug(string product) => Assert.Null(DrugNames.Generic(product));
}
