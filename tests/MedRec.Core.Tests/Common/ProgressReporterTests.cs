using MedRec.Core.Common;

namespace MedRec.Core.Tests.Common;

public class ProgressReporterTests
{
    [Fact]
    public void NonInteractiveWritesPlainLinesAndTheFinalOne()
    {
        var w = new StringWriter();
        var p = new ProgressReporter("build", 10, w, TimeSpan.FromHours(1));
        for (var i = 1; i <= 10; i++) p.Report(i);
        var lines = w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length); // the first report and the completed one; the hour interval hides the rest
        Assert.StartsWith("build: 10/10", lines[^1]);
    }

    [Fact]
    public void ResumedWorkEstimatesFromThisRunsPace()
    {
        var w = new StringWriter();
        var p = new ProgressReporter("train", 100, w, TimeSpan.Zero, resumedAt: 90);
        Thread.Sleep(600);
        p.Report(91); // one step in ~0.6 s, nine to go: ~5 s, not the ~0.06 s that 91 % done would suggest
        var eta = TimeSpan.Parse(w.ToString().Split("eta ")[1][..8]);
        Assert.InRange(eta.TotalSeconds, 4, 60);
    }
}
