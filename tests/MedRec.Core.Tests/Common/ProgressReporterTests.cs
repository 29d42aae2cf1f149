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
}
