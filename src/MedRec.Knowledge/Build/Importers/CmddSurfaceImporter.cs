using MedRec.Knowledge.Build.Cmdd;

namespace MedRec.Knowledge.Build.Importers;

/// <summary>
/// Patient wording from the CMDD TRAIN split (dev/test are evaluation data): each annotated surface becomes an
/// alias of its normalised symptom (拉稀 → 腹泻), so linking works without the data folder.
/// </summary>
public sealed class CmddSurfaceImporter : IKgImporter
{
    public const string Source = "cmdd-train";

    public string Name => Source;

    public void Import(string dataDir, KgWriter w, CancellationToken ct)
    {
        var train = CmddLoader.Load(dataDir, "train");
        var surfaces = CmddLoader.MineSurfaces(train);
        foreach (var (surface, norm) in surfaces)
        {
            var id = w.TryGet("symptom", norm, out var existing) ? existing : w.Entity("symptom", norm, Source);
            w.Alias(id, surface, "synonym", Source);
        }
        var kgSymptomSurfaces = w.Entities.Where(e => e.Type == "symptom").Select(e => e.Name)
            .Concat(w.Aliases.Where(a => w.Row(a.EntityId).Type == "symptom" && a.Source != Source).Select(a => a.Alias));
        var stop = CmddLoader.RarelyAnnotated(train, kgSymptomSurfaces.Where(x => !surfaces.ContainsKey(x)));
        foreach (var s in stop) w.LinkingStopwords.Add(s);
        w.Meta["linking_stopwords"] = stop.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        w.Meta["cmdd_train_surfaces"] = surfaces.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
