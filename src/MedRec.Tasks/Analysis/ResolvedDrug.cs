using MedRec.Core.Cases;
using MedRec.Knowledge.Query;

namespace MedRec.Tasks.Analysis;

/// <summary>
/// A medication mapped to the KG: <see cref="Drug"/> is the entity named in the case (often Chinese);
/// <see cref="Equivalents"/> are the same substance under other names (English DDInter/DrugBank/SIDER entities,
/// joined by English name, ATC code or a same_drug edge). Safety checks run over all of them.
/// </summary>
public sealed record ResolvedDrug(Medication Medication, KgEntity? Drug, IReadOnlyList<KgEntity> Equivalents)
{
    public IEnumerable<KgEntity> All => Drug is null ? Equivalents : Equivalents.Prepend(Drug);

    public string Display => Drug is null ? Medication.Name
        : Drug.NameEn is { } en && !string.Equals(en, Drug.Name, StringComparison.OrdinalIgnoreCase) ? $"{Drug.Name}({en})" : Drug.Name;
}
