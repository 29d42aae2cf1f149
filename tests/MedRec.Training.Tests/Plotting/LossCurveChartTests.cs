using MedRec.Core.Common;
using MedRec.Training.Plotting;
using MedRec.Training.Trainer;

namespace MedRec.Training.Tests.Plotting;

public sealed class LossCurveChartTests
{
    private static List<TrainStepLog> FallingLoss(int steps) =>
        Enumerable.Range(1, steps).Select(s => new TrainStepLog(s, 3 + 5.0 / Math.Sqrt(s) + 0.2 * Math.Sin(s), 1e-3, 1000,
            s % 50 == 0 ? 2.9 + 5.0 / Math.Sqrt(s) : null, 1.0)).ToList();

    [Fact]
    public void Moving_average_falls_from_left_to_right_and_validation_points_are_drawn()
    {
        var image = LossCurveChart.Render(FallingLoss(1000), "MedRec pretraining loss - test");
        int TopmostInk(int x, Rgb colour) => Enumerable.Range(0, image.Height).First(y => image[x, y] == colour);
        var left = TopmostInk(image.Width / 5, LossCurveChart.EmaColour);
        var right = TopmostInk(image.Width - 60, LossCurveChart.EmaColour);
        Assert.True(left < right, $"EMA at the left (y={left}) should be above the right (y={right})");
        var valPixels = Enumerable.Range(0, image.Width).Sum(x => Enumerable.Range(0, image.Height).Count(y => image[x, y] == LossCurveChart.ValColour));
        Assert.True(valPixels > 20 * 49, $"only {valPixels} validation pixels");
    }

    [Fact]
    public void A_single_step_log_still_renders_and_an_empty_one_is_refused()
    {
        var png = LossCurveChart.RenderPng([new TrainStepLog(5, 4.2, 1e-3, 1000, 4.1, 1.0)], "step 5");
        var (width, height, _) = PngReader.Read(png);
        Assert.Equal((960, 540), (width, height));
        Assert.Throws<MedRecException>(() => LossCurveChart.Render([], "empty"));
    }

    [Fact]
    public void Labels_use_only_characters_the_font_has()
    {
        foreach (var text in new[] { "MedRec pretraining loss - 5.26 M parameters, step 12500", "loss (nats/token)", "train (EMA)", "validation", "0.05", "12k" })
            Assert.All(text, c => Assert.True(BitmapFont.Has(c), $"no glyph for '{c}'"));
        Assert.Equal(BitmapFont.Glyph('?'), BitmapFont.Glyph('µ'));
    }

    [Theory]
    [InlineData(0.37, 0.5)]
    [InlineData(1300, 2000)]
    [InlineData(7, 10)]
    [InlineData(0.1, 0.1)]
    public void Tick_steps_are_one_two_or_five_times_a_power_of_ten(double rough, double nice) =>
        Assert.Equal(nice, LossCurveChart.NiceStep(rough), 9);

    [Fact]
    public void Reading_a_log_names_the_bad_line()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["{\"step\":1,\"loss\":9.1,\"lr\":0.001,\"tokens_per_s\":10,\"val_loss\":null,\"grad_norm\":1}", "not json"]);
            var e = Assert.Throws<MedRecException>(() => LossCurveChart.ReadLog(path));
            Assert.Contains("line 2", e.Message);
            File.WriteAllLines(path, ["{\"step\":1,\"loss\":9.1,\"lr\":0.001,\"tokens_per_s\":10,\"val_loss\":8.5,\"grad_norm\":1}"]);
            Assert.Equal(8.5, LossCurveChart.ReadLog(path).Single().ValLoss);
        }
        finally { File.Delete(path); }
    }
}
