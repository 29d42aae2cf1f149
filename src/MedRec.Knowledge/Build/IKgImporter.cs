namespace MedRec.Knowledge.Build;

/// <summary>One data set's contribution to the KG. Importers run in order; later ones may link to earlier ones.</summary>
public interface IKgImporter
{
    string Name { get; }
    void Import(string dataDir, KgWriter writer, CancellationToken ct);
}
