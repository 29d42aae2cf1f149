using System.Text;

namespace MedRec.Training.Corpus;

/// <summary>
/// On-disk layout of the corpus: UTF-8 without BOM, one document after another, separated by one blank line
/// ("\n\n"). The cleaner guarantees no document contains a blank line, so splitting on "\n\n" recovers them.
/// </summary>
public static class CorpusFormat
{
    public const string Separator = "\n\n";
    public const string TrainFile = "train.txt";
    public const string ValFile = "val.txt";
    public const string ManifestFile = "manifest.json";

    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Documents of a corpus file, streamed (the file may be large).</summary>
    public static IEnumerable<string> ReadDocuments(string path)
    {
        using var r = new StreamReader(path, Utf8);
        var sb = new StringBuilder();
        string? line;
        while ((line = r.ReadLine()) != null)
        {
            if (line.Length == 0)
            {
                if (sb.Length > 0) yield return sb.ToString();
                sb.Clear();
                continue;
            }
            if (sb.Length > 0) sb.Append('\n');
            sb.Append(line);
        }
        if (sb.Length > 0) yield return sb.ToString();
    }
}
