using System.Text.Json;
using MedRec.Core.Common;
using MedRec.Training.Trainer;

namespace MedRec.Training.Plotting;

/// <summary>
/// The training-loss chart written next to train_log.jsonl: per-step train loss (faint), its exponential moving
/// average (bold) and the validation loss at evaluation steps, against the step, with gridlines, tick labels and a
/// legend. The y range follows the EMA after the first 2 % of steps so the initial ~ln(V) loss does not flatten the
/// rest; points outside are pinned to the frame.
/// </summary>
public static class LossCurveChart
{
    public const string FileName = "loss_curve.png";

    public static readonly Rgb RawColour = new(190, 205, 235);
    public static readonly Rgb EmaColour = new(30, 80, 180);
    public static readonly Rgb ValColour = new(225, 110, 20);

    private const int Scale = 2; // font pixel size
    private const int Left = 90, Right = 24, Top = 56, Bottom = 64;

    public static byte[] RenderPng(IReadOnlyList<TrainStepLog> log, string title, int width = 960, int height = 540) =>
        PngEncoder.Encode(Render(log, title, width, height));

    public static RgbImage Render(IReadOnlyList<TrainStepLog> log, string title, int width = 960, int height = 540)
    {
        if (log.Count == 0) throw new MedRecException("the training log has no steps to plot");
        var image = new RgbImage(width, height, Rgb.White);
        var ema = Ema(log.Select(e => e.Loss).ToArray(), span: Math.Clamp(log.Count / 100, 1, 200));
        var val = log.Where(e => e.ValLoss is not null).Select(e => (e.Step, Loss: e.ValLoss!.Value)).ToList();
        var (xMin, xMax) = (Math.Min(0, log[0].Step - 1), Math.Max(log[^1].Step, log[0].Step));
        var settled = ema.Skip(log.Count / 50).Concat(val.Select(v => v.Loss)).ToList();
        var yMax = settled.Max();
        var yMin = Math.Min(settled.Min(), Percentile(log.Select(e => e.Loss), 0.01));
        var pad = Math.Max((yMax - yMin) * 0.06, 0.05);
        (yMin, yMax) = (yMin - pad, yMax + pad);

        int plotW = width - Left - Right, plotH = height - Top - Bottom;
        int X(double step) => Left + (int)Math.Round((step - xMin) / Math.Max(xMax - xMin, 1) * plotW);
        int Y(double loss) => Top + (int)Math.Round(Math.Clamp((yMax - loss) / (yMax - yMin), 0, 1) * plotH);

        Axes(image, xMin, xMax, yMin, yMax, X, Y, plotW, plotH);
        for (var i = 1; i < log.Count; i++) image.DrawLine(X(log[i - 1].Step), Y(log[i - 1].Loss), X(log[i].Step), Y(log[i].Loss), RawColour);
        for (var i = 1; i < log.Count; i++) image.DrawLine(X(log[i - 1].Step), Y(ema[i - 1]), X(log[i].Step), Y(ema[i]), EmaColour, 3);
        for (var i = 0; i < val.Count; i++)
        {
            if (i > 0) image.DrawLine(X(val[i - 1].Step), Y(val[i - 1].Loss), X(val[i].Step), Y(val[i].Loss), ValColour, 2);
            image.FillRect(X(val[i].Step) - 3, Y(val[i].Loss) - 3, 7, 7, ValColour);
        }
        image.DrawText(Left, 16, title, Rgb.Black, Scale);
        Legend(image, width - Right - 230, Top + 12);
        return image;
    }

    /// <summary>The entries of a train_log.jsonl file (as <see cref="ModelTrainer"/> writes it).</summary>
    public static List<TrainStepLog> ReadLog(string path)
    {
        if (!File.Exists(path)) throw new MedRecException($"no training log at {path}");
        var entries = new List<TrainStepLog>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try { entries.Add(JsonSerializer.Deserialize<TrainStepLog>(line, TrainerState.JsonLine)!); }
            catch (JsonException e) { throw new MedRecException($"{path} line {lineNo} is not a training-log entry: {e.Message}"); }
        }
        return entries;
    }

    /// <summary>Bias-corrected exponential moving average with the given span (alpha = 2 / (span + 1)).</summary>
    internal static double[] Ema(double[] values, int span)
    {
        var alpha = 2.0 / (span + 1);
        var result = new double[values.Length];
        double m = 0, weight = 0;
        for (var i = 0; i < values.Length; i++)
        {
            m = (1 - alpha) * m + alpha * values[i];
            weight = (1 - alpha) * weight + alpha;
            result[i] = m / weight;
        }
        return result;
    }

    private static double Percentile(IEnumerable<double> values, double q)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Clamp(Math.Floor(q * (sorted.Length - 1)), 0, sorted.Length - 1)];
    }

    private static void Axes(RgbImage image, double xMin, double xMax, double yMin, double yMax,
        Func<double, int> x, Func<double, int> y, int plotW, int plotH)
    {
        var xStep = NiceStep((xMax - xMin) / 6);
        for (var v = Math.Ceiling(xMin / xStep) * xStep; v <= xMax; v += xStep)
        {
            image.DrawLine(x(v), Top, x(v), Top + plotH, Rgb.Grid);
            var label = Format(v);
            image.DrawText(x(v) - RgbImage.TextWidth(label, Scale) / 2, Top + plotH + 10, label, Rgb.Black, Scale);
        }
        var yStep = NiceStep((yMax - yMin) / 6);
        for (var v = Math.Ceiling(yMin / yStep) * yStep; v <= yMax; v += yStep)
        {
            image.DrawLine(Left, y(v), Left + plotW, y(v), Rgb.Grid);
            var label = Format(v);
            image.DrawText(Left - 8 - RgbImage.TextWidth(label, Scale), y(v) - BitmapFont.Height * Scale / 2, label, Rgb.Black, Scale);
        }
        image.DrawLine(Left, Top, Left, Top + plotH, Rgb.Black);
        image.DrawLine(Left, Top + plotH, Left + plotW, Top + plotH, Rgb.Black);
        const string xTitle = "step";
        image.DrawText(Left + plotW / 2 - RgbImage.TextWidth(xTitle, Scale) / 2, Top + plotH + 34, xTitle, Rgb.Black, Scale);
        const string yTitle = "loss (nats/token)";
        image.DrawTextUpwards(10, Top + plotH / 2 + RgbImage.TextWidth(yTitle, Scale) / 2, yTitle, Rgb.Black, Scale);
    }

    private static void Legend(RgbImage image, int x, int y)
    {
        (string Label, Rgb Colour, int Thickness)[] items = [("train", RawColour, 2), ("train (EMA)", EmaColour, 3), ("validation", ValColour, 2)];
        image.FillRect(x - 8, y - 8, 238, items.Length * 22 + 10, Rgb.White);
        foreach (var (label, colour, thickness) in items)
        {
            image.DrawLine(x, y + 7, x + 36, y + 7, colour, thickness);
            image.DrawText(x + 46, y, label, Rgb.Black, Scale);
            y += 22;
        }
    }

    /// <summary>1, 2 or 5 times a power of ten, at least <paramref name="rough"/>.</summary>
    internal static double NiceStep(double rough)
    {
        if (rough <= 0 || double.IsNaN(rough)) return 1;
        var power = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var f = rough / power;
        return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * power;
    }

    private static string Format(double v) =>
        Math.Abs(v) >= 1000 && v % 1000 == 0 ? $"{v / 1000:0}k" : v.ToString(Math.Abs(v) < 10 ? "0.##" : "0", System.Globalization.CultureInfo.InvariantCulture);
}
