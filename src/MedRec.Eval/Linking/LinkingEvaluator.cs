using MedRec.Knowledge.Build.Cmdd;
using MedRec.Knowledge.Linking;

namespace MedRec.Eval.Linking;

/// <summary>Runs the linker over CMDD dialogues (dialogue-aware, so answers set presence) and scores it.</summary>
public static class LinkingEvaluator
{
    public static LinkingMetrics Evaluate(EntityLinker linker, IEnumerable<CmddDialogue> dialogues)
    {
        int sentences = 0, gold = 0, predicted = 0, correct = 0, negTotal = 0, negCorrect = 0;
        foreach (var d in dialogues)
        {
            var linked = linker.LinkDialogue(d.Sentences.Select(s => (s.Speaker, s.Text)).ToList());
            for (var i = 0; i < d.Sentences.Count; i++)
            {
                sentences++;
                var goldSet = d.Sentences[i].Gold.GroupBy(g => g.Symptom).ToDictionary(g => g.Key, g => g.First().Status);
                var predSet = linked[i].Where(e => e.Type == "symptom").GroupBy(e => e.Canonical).ToDictionary(g => g.Key, g => g.First().Present);
                gold += goldSet.Count;
                predicted += predSet.Count;
                foreach (var (name, present) in predSet)
                {
                    if (!goldSet.TryGetValue(name, out var status)) continue;
                    correct++;
                    if (status is 1 or 2)
                    {
                        negTotal++;
                        if (present == (status == 1)) negCorrect++;
                    }
                }
            }
        }
        return new LinkingMetrics(sentences, gold, predicted, correct, negTotal, negCorrect);
    }
}
