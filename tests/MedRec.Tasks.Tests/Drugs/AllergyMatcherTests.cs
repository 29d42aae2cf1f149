using MedRec.Core.Cases;
using MedRec.Knowledge.Query;
using MedRec.Tasks.Analysis;
using MedRec.Tasks.Drugs;

namespace MedRec.Tasks.Tests.Drugs;

public sealed class AllergyMatcherTests
{
    private static KgEntity Drug(long id, string name, string atc) => new(id, "drug", name, null, atc, "ATC");

    private static ResolvedItem<Allergy> Allergy(string substance, KgEntity? e) => new(new Allergy { Substance = substance }, e);

    [Fact]
    public void Penicillin_allergy_rules_out_other_penicillins()
    {
        var penicillin = Drug(1, "青霉素", "J01CE01");
        var m = AllergyMatcher.Match(Allergy("青霉素", penicillin), "阿莫西林", [Drug(2, "阿莫西林", "J01CA04")], [penicillin]);
        Assert.Equal("contraindicated", m?.Level);
    }

    [Fact]
    public void Penicillin_allergy_makes_cephalosporins_a_caution()
    {
        var penicillin = Drug(1, "青霉素", "J01CE01");
        var m = AllergyMatcher.Match(Allergy("青霉素", penicillin), "头孢呋辛", [Drug(3, "头孢呋辛", "J01DC02")], [penicillin]);
        Assert.Equal("caution", m?.Level);
    }

    [Fact]
    public void A_class_named_in_free_text_matches_by_name()
    {
        var m = AllergyMatcher.Match(Allergy("磺胺类", null), "复方磺胺甲噁唑", [Drug(4, "复方磺胺甲噁唑", "J01EE01")], []);
        Assert.Equal("contraindicated", m?.Level);
    }

    [Fact]
    public void Unrelated_drugs_do_not_match()
    {
        var penicillin = Drug(1, "青霉素", "J01CE01");
        Assert.Null(AllergyMatcher.Match(Allergy("青霉素", penicillin), "布洛芬", [Drug(5, "布洛芬", "M01AE01")], [penicillin]));
    }
}
