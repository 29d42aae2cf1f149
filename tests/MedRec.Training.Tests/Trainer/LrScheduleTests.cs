using MedRec.Training.Trainer;

namespace MedRec.Training.Tests.Trainer;

public sealed class LrScheduleTests
{
    [Fact]
    public void Warmup_rises_linearly_then_cosine_falls_to_the_minimum()
    {
        double At(int s) => LrSchedule.At(s, 110, 1e-3, 1e-4, 10);
        Assert.Equal(1e-4, At(0), 12);
        Assert.Equal(5e-4, At(4), 12);
        Assert.Equal(1e-3, At(9), 12);
        Assert.Equal(1e-3, At(10), 12);
        Assert.Equal(1e-4, At(109), 12);
        for (var s = 10; s < 109; s++) Assert.True(At(s + 1) <= At(s));
    }

    [Fact]
    public void Midpoint_of_the_cosine_is_halfway()
    {
        // total 21, warmup 0: decay runs over steps 0..20, so step 10 is the midpoint.
        Assert.Equal(0.55, LrSchedule.At(10, 21, 1.0, 0.1, 0), 12);
    }
}
