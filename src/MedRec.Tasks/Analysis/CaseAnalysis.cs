using MedRec.Core.Cases;
using MedRec.Knowledge.Query;

namespace MedRec.Tasks.Analysis;

/// <summary>
/// A patient case resolved against the KG: every finding, condition, medication and allergy with the KG entities
/// it maps to (or none). Recommenders read this, never raw text; unresolved items are kept and reported, not dropped.
/// </summary>
public sealed record CaseAnalysis(
    PatientCase Case,
    IReadOnlyList<ResolvedFinding> Findings,
    IReadOnlyList<ResolvedItem<Condition>> Conditions,
    IReadOnlyList<ResolvedDrug> Medications,
    IReadOnlyList<ResolvedItem<Allergy>> Allergies)
{
    public IEnumerable<ResolvedFinding> Present => Findings.Where(f => f.Finding.Present && f.Symptom is not null);
    public IEnumerable<ResolvedFinding> Absent => Findings.Where(f => !f.Finding.Present && f.Symptom is not null);
    public IEnumerable<string> Unresolved =>
        Findings.Where(f => f.Symptom is null).Select(f => f.Finding.Name)
            .Concat(Medications.Where(m => m.Drug is null).Select(m => m.Medication.Name))
            .Concat(Allergies.Where(a => a.Entity is null).Select(a => a.Item.Substance));
}

/// <summary>A finding and the KG symptom it maps to (null when the name is not in the KG).</summary>
public sealed record ResolvedFinding(Finding Finding, KgEntity? Symptom, string Origin);
