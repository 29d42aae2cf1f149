using MedRec.Knowledge.Linking;
using MedRec.Knowledge.Query;

namespace MedRec.Eval.Diagnosis;

/// <summary>
/// Maps benchmark labels and symptom names to KG entities. A label maps to the first KG disease with a symptom
/// profile among: the label, diseases that list it as alias, 小儿→婴幼儿, and the label without 小儿.
/// Symptoms map through the linking lexicon (patient wording → canonical) and then by name or alias.
/// </summary>
public sealed class KgLabelMapper(KnowledgeGraph kg, KgIndex index, Lexicon lexicon)
{
    private readonly Dictionary<string, long?> _symptoms = new(StringComparer.Ordinal);

    public long? Disease(string label)
    {
        string[] variants = [label, label.Replace("小儿", "婴幼儿", StringComparison.Ordinal), label.Replace("小儿", "", StringComparison.Ordinal), "小儿" + label];
        foreach (var v in variants.Distinct())
            foreach (var e in kg.Find(v, "disease"))
                if (index.Out(e.Id, "has_symptom").Count > 0) return e.Id;
        return null;
    }

    public long? Symptom(string name)
    {
        if (_symptoms.TryGetValue(name, out var id)) return id;
        var canonical = lexicon.TryGet(name, out var entry) && entry.Type == "symptom" ? entry.Canonical : name;
        id = kg.Find(canonical, "symptom").FirstOrDefault()?.Id ?? kg.Find(name, "symptom").FirstOrDefault()?.Id;
        _symptoms[name] = id;
        return id;
    }
}
