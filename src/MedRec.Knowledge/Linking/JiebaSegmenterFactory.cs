using JiebaNet.Segmenter;

namespace MedRec.Knowledge.Linking;

/// <summary>
/// jieba.NET with its dictionary from the output folder (Resources/jieba, copied by the csproj) and the lexicon
/// surfaces as user words, so KG terms come out as single tokens.
/// </summary>
public static class JiebaSegmenterFactory
{
    private static readonly Lock s_lock = new();

    public static JiebaSegmenter Create(IEnumerable<string> userWords)
    {
        lock (s_lock)
        {
            var dir = Path.Combine(AppContext.BaseDirectory, "Resources", "jieba");
            if (!File.Exists(Path.Combine(dir, "dict.txt")))
                throw new Core.Common.MedRecException($"jieba dictionary not found in {dir} (build the project so it is copied)");
            ConfigManager.ConfigFileBaseDir = dir;
            var segmenter = new JiebaSegmenter();
            foreach (var w in userWords) segmenter.AddWord(w, 2000);
            return segmenter;
        }
    }
}
