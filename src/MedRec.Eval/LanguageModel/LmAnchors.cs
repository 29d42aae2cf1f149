using System.Diagnostics;
using MedRec.Core.Common;

namespace MedRec.Eval.LanguageModel;

/// <summary>
/// Computes the language-model anchors on a corpus folder (train.txt, val.txt): a character n-gram model with
/// interpolated Kneser-Ney fitted on train.txt and scored on val.txt, and xz -9 on val.txt, both in bits per character.
/// </summary>
public static class LmAnchors
{
    public static LmAnchorResult Compute(string corpusDir, int order = 5, TextWriter? log = null)
    {
        var trainPath = Require(corpusDir, "train.txt");
        var valPath = Require(corpusDir, "val.txt");
        var xzBytes = XzCompressor.CompressedBytes(valPath);
        var val = CodePoints.Of(CodePoints.Read(valPath));
        if (val.Length == 0) throw new MedRecException($"{valPath} is empty");
        var sw = Stopwatch.StartNew();
        var needed = NeededKeys.For(val, order);
        var train = CodePoints.Of(CodePoints.Read(trainPath));
        log?.WriteLine($"fitting {order}-gram Kneser-Ney on {train.Length:N0} characters");
        var model = KneserNeyFitter.Fit(train, order, needed);
        var fit = sw.Elapsed.TotalSeconds;
        log?.WriteLine($"fitted in {fit:F0} s; scoring {val.Length:N0} characters");
        var bits = model.Bits(val);
        return new LmAnchorResult(BitsPerChar.FromBits(bits, val.Length), BitsPerChar.FromBits(xzBytes * 8.0, val.Length),
            val.Length, train.Length, order, model.VocabularySize, xzBytes, fit);
    }

    private static string Require(string dir, string file)
    {
        var p = Path.Combine(dir, file);
        return File.Exists(p) ? p : throw new MedRecException($"corpus file not found: {p} (run `medrec corpus build`)");
    }
}
