using MedRec.Core.Cases;
using MedRec.Knowledge.Linking;
using MedRec.Knowledge.Query;
using MedRec.Tasks.Drugs;

namespace MedRec.Tasks.Analysis;

/// <summary>
/// Resolves a case against the KG: structured findings by name/alias, free text (complaint, dialogue) through the
/// entity linker, medications through <see cref="DrugResolver"/>, conditions and allergies by name.
/// </summary>
public sealed class CaseAnalyzer(KnowledgeGraph kg, EntityLinker linker)
{
    private readonly DrugResolver _drugs = new(kg);

    public DrugResolver Drugs => _drugs;

    public CaseAnalysis Analyze(PatientCase c)
    {
        var extracted = new FindingExtractor(linker).Extract(c);
        var structured = c.Findings.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var findings = extracted.Select(f => new ResolvedFinding(f, ResolveSymptom(f.Name), structured.Contains(f.Name) ? "structured" : "text")).ToList();
        var conditions = c.Conditions.Select(x => new ResolvedItem<Condition>(x, kg.Find(x.Name, "disease").FirstOrDefault())).ToList();
        var meds = c.Medications.Select(_drugs.Resolve).ToList();
        var allergies = c.Allergies.Select(a => new ResolvedItem<Allergy>(a, _drugs.Lookup(a.Substance))).ToList();
        return new CaseAnalysis(c, findings, conditions, meds, allergies);
    }

    private KgEntity? ResolveSymptom(string name)
    {
        if (linker.Lexicon.TryGet(name, out var entry) && entry.Type == "symptom")
            name = entry.Canonical;
        return kg.Find(name, "symptom").FirstOrDefault()
            ?? linker.Link(name).Where(e => e.Type == "symptom").Select(e => kg.Find(e.Canonical, "symptom").FirstOrDefault()).FirstOrDefault(e => e is not null);
    }
}
