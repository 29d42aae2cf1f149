namespace MedRec.Knowledge.Build.Importers;

/// <summary>DDInter drug–drug interactions with severity (Major/Moderate/Minor/Unknown), stored once per pair.</summary>
public sealed class DdinterImporter(EnglishDrugs drugs) : IKgImporter
{
    public const string Source = "ddinter";

    public string Name => Source;

    public void Import(string dataDir, KgWriter w, CancellationToken ct)
    {
        var dir = Path.Combine(dataDir, "ddinter");
        foreach (var file in Directory.EnumerateFiles(dir, "ddinter_downloads_code_*.csv*").Order(StringComparer.Ordinal))
        {
            foreach (var r in TableReader.Read(file.EndsWith(".gz", StringComparison.Ordinal) ? file[..^3] : file))
            {
                ct.ThrowIfCancellationRequested();
                if (r["Drug_A"].Length == 0 || r["Drug_B"].Length == 0) continue;
                var a = drugs.Get(r["Drug_A"], Source);
                var b = drugs.Get(r["Drug_B"], Source);
                var (h, t) = a < b ? (a, b) : (b, a);
                var severity = r["Level"].Trim().ToLowerInvariant();
                w.Relation(h, "interacts_with", t, Source, 1.0, severity.Length == 0 ? "unknown" : severity,
                    $"DDInter level: {severity}", shareDetail: true);
            }
        }
    }
}
