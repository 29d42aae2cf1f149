using MedRec.Core.Recommendations;
using MedRec.Knowledge.Query;
using MedRec.Tasks.Analysis;
using MedRec.Tasks.Common;
using MedRec.Tasks.Diagnosis;

namespace MedRec.Tasks.Drugs;

/// <summary>
/// Baseline drugs: the common_drug edges of the ranked diseases, then safety: a candidate with a major interaction
/// with a current medication, a matching allergy or the same substance as a current medication is removed (with
/// the reason); moderate/minor interactions, cautions and same-class duplicates are flagged.
/// </summary>
public sealed class KgDrugRecommender(KnowledgeGraph kg, KgIndex index, DrugResolver resolver)
{
    private readonly InteractionChecker _interactions = new(kg);

    public string Name => "kg-disease-drugs";

    public IReadOnlyList<AggregatedItem> Rank(IEnumerable<ScoredDisease> diseases, Func<long, bool>? hidden = null) =>
        EdgeAggregator.Aggregate(index, diseases, "common_drug", hidden);

    public DrugPlan Recommend(CaseAnalysis analysis, IReadOnlyList<ScoredDisease> diseases, int top)
    {
        var warnings = CurrentMedicationWarnings(analysis);
        warnings.AddRange(new AdverseEffectDetector(kg).Detect(analysis));
        var kept = new List<Recommendation>();
        var removed = new List<Recommendation>();
        var ranked = Rank(diseases);
        var total = ranked.Sum(r => r.Score);
        foreach (var item in ranked.Take(top * 4))
        {
            if (kept.Count >= top) break;
            var drug = index.Entity(item.Id);
            var all = resolver.Equivalents(drug).Prepend(drug).ToList();
            var evidence = item.Support.OrderByDescending(s => s.Probability).Take(3)
                .Select(s => new Evidence("kg_edge", $"{index.Entity(s.Disease).Name} → common_drug → {drug.Name}（疑似概率 {s.Probability:P0}）", s.Source)).ToList();
            var (flags, removeReasons) = Safety(analysis, drug, all, evidence, warnings);
            var rec = new Recommendation
            {
                Kind = "drug", Name = drug.NameEn is { } en && en != drug.Name ? $"{drug.Name}({en})" : drug.Name, Code = drug.Code,
                Score = total > 0 ? item.Score / total : 0, Evidence = evidence, Flags = flags.Concat(removeReasons).ToList(),
            };
            (removeReasons.Count > 0 ? removed : kept).Add(rec);
        }
        return new DrugPlan(kept, removed, warnings, new SideEffectLister(kg).List(analysis.Medications));
    }

    private (List<string> Flags, List<string> Remove) Safety(CaseAnalysis analysis, KgEntity drug, List<KgEntity> all, List<Evidence> evidence, List<SafetyWarning> warnings)
    {
        var flags = new List<string>();
        var remove = new List<string>();
        var name = drug.NameEn is { } en && en != drug.Name ? $"{drug.Name}({en})" : drug.Name;
        foreach (var med in analysis.Medications.Where(m => m.Medication.Active && m.Drug is not null))
        {
            var medAll = med.All.ToList();
            if (medAll.Any(m => all.Any(a => a.Id == m.Id)) || SameFullAtc(medAll, all))
            {
                remove.Add($"与在用药物{med.Display}为同一药物（重复用药）");
                continue;
            }
            if (SameAtc5(medAll, all)) flags.Add($"与在用药物{med.Display}同类（ATC {Atc(all)![..5]}），注意重复治疗");
            if (_interactions.Check(name, all, med.Display, medAll) is { } ix)
            {
                var text = $"{name} + {med.Display}：{Interaction.Chinese(ix.Severity)}相互作用" + (ix.Effects.Count > 0 ? "，" + string.Join("；", ix.Effects.Take(2)) : "");
                warnings.Add(new SafetyWarning("interaction", ix.Severity, text, [name, med.Display], string.Join(",", ix.Sources)));
                evidence.Add(new Evidence("interaction", text, string.Join(",", ix.Sources)));
                if (ix.Severity == "major") remove.Add($"与{med.Display}存在严重相互作用");
                else flags.Add($"与{med.Display}存在{Interaction.Chinese(ix.Severity)}相互作用");
            }
        }
        foreach (var allergy in analysis.Allergies)
        {
            var allergen = allergy.Entity is null ? [] : resolver.Equivalents(allergy.Entity).Prepend(allergy.Entity).ToList();
            if (AllergyMatcher.Match(allergy, drug.Name, all, allergen) is not { } m) continue;
            warnings.Add(new SafetyWarning("allergy", m.Level == "contraindicated" ? "major" : "moderate", $"{name}：{m.Reason}", [name, allergy.Item.Substance], "atc"));
            (m.Level == "contraindicated" ? remove : flags).Add(m.Reason);
        }
        return (flags, remove);
    }

    /// <summary>Interactions among the medications the patient already takes, checked once per pair.</summary>
    private List<SafetyWarning> CurrentMedicationWarnings(CaseAnalysis analysis)
    {
        var warnings = new List<SafetyWarning>();
        var meds = analysis.Medications.Where(m => m.Medication.Active && m.Drug is not null).ToList();
        for (var i = 0; i < meds.Count; i++)
            for (var j = i + 1; j < meds.Count; j++)
                if (_interactions.Check(meds[i].Display, meds[i].All.ToList(), meds[j].Display, meds[j].All.ToList()) is { } ix)
                    warnings.Add(new SafetyWarning("interaction", ix.Severity,
                        $"在用药物 {ix.DrugA} + {ix.DrugB}：{Interaction.Chinese(ix.Severity)}相互作用" + (ix.Effects.Count > 0 ? "，" + string.Join("；", ix.Effects.Take(2)) : ""),
                        [ix.DrugA, ix.DrugB], string.Join(",", ix.Sources)));
        return warnings;
    }

    private static string? Atc(IEnumerable<KgEntity> xs) => xs.Select(x => x.CodeSystem == "ATC" ? x.Code : null).FirstOrDefault(c => c is { Length: 7 });

    private static bool SameFullAtc(IEnumerable<KgEntity> a, IEnumerable<KgEntity> b) => Atc(a) is { } x && x == Atc(b);

    private static bool SameAtc5(IEnumerable<KgEntity> a, IEnumerable<KgEntity> b) => Atc(a) is { } x && Atc(b) is { } y && x[..5] == y[..5];
}
