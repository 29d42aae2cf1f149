using MedRec.Core.Common;
using MedRec.Knowledge.Query;
using MedRec.Tasks.Common;
using MedRec.Tasks.Diagnosis;

namespace MedRec.Eval.Holdout;

/// <summary>
/// Exam and drug recommendation on the KG hold-out: for each held-out disease, its symptom profile is the case;
/// diseases are ranked by the KG naive Bayes, and the check/drug edges of the 20 leading diseases — with every
/// held-out disease's edges hidden — are aggregated. The hidden edges of the disease are the gold set.
/// The popularity floor recommends the 5 most common tails of the relation among visible diseases.
/// </summary>
public static class HoldoutEvaluator
{
    public static HoldoutMetrics Evaluate(KnowledgeGraph kg, KgIndex index, string relation, int k = 5, CancellationToken ct = default)
    {
        var gold = new Dictionary<long, HashSet<long>>();
        using (var cmd = kg.Command("SELECT head_id, tail_id FROM holdout_relation WHERE type = $t", ("$t", relation)))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                if (!gold.TryGetValue(r.GetInt64(0), out var set)) gold[r.GetInt64(0)] = set = [];
                set.Add(r.GetInt64(1));
            }
        if (gold.Count == 0) throw new MedRecException($"the KG has no held-out {relation} edges (was it built with --no-holdout?)");

        var hidden = (long d) => index.HeldOutDiseases.Contains(d);
        var popular = index.DiseasesWith(relation).Where(d => !hidden(d)).SelectMany(d => index.Out(d, relation)).GroupBy(l => l.Tail)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(k).Select(g => g.Key).ToHashSet();
        var nb = new KgNaiveBayes(index);
        var progress = new ProgressReporter($"eval {relation}", gold.Count);
        double recall = 0, precision = 0, popRecall = 0, popPrecision = 0, hit = 0;
        var n = 0;
        var skipped = 0;
        foreach (var (disease, tails) in gold.OrderBy(g => g.Key))
        {
            ct.ThrowIfCancellationRequested();
            progress.Report(n + skipped);
            var symptoms = index.Out(disease, "has_symptom").Select(l => l.Tail).ToList();
            if (symptoms.Count == 0) { skipped++; continue; }
            var ranked = nb.Rank(symptoms, [], PatientProfile.Unknown).Take(20);
            var top = EdgeAggregator.Aggregate(index, ranked, relation, hidden).Take(k).Select(i => i.Id).ToList();
            var correct = top.Count(tails.Contains);
            recall += (double)correct / tails.Count;
            precision += (double)correct / k;
            hit += correct > 0 ? 1 : 0;
            var popCorrect = popular.Count(tails.Contains);
            popRecall += (double)popCorrect / tails.Count;
            popPrecision += (double)popCorrect / k;
            n++;
        }
        progress.Report(gold.Count);
        return new HoldoutMetrics(relation, n, skipped, recall / n, precision / n, hit / n, popRecall / n, popPrecision / n);
    }
}
