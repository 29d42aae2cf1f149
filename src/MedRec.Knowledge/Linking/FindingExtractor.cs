using MedRec.Core.Cases;

namespace MedRec.Knowledge.Linking;

/// <summary>
/// A case's findings: the structured ones as given, plus symptoms linked from the complaint and dialogue.
/// A structured finding is never dropped or overridden by text; for text, the last statement about a symptom wins.
/// </summary>
public sealed class FindingExtractor(EntityLinker linker)
{
    public IReadOnlyList<Finding> Extract(PatientCase c)
    {
        var byName = new Dictionary<string, Finding>(StringComparer.Ordinal);
        var order = new List<string>();
        void Put(LinkedEntity e)
        {
            if (!byName.ContainsKey(e.Canonical)) order.Add(e.Canonical);
            byName[e.Canonical] = new Finding { Name = e.Canonical, Present = e.Present, Duration = e.Duration, BodySite = e.BodySite };
        }
        foreach (var e in linker.Link(c.ChiefComplaint).Where(e => e.Type == "symptom")) Put(e);
        var turns = c.Dialogue.Select(t => (t.Speaker, t.Text)).ToList();
        foreach (var e in linker.LinkDialogue(turns).SelectMany(x => x).Where(e => e.Type == "symptom")) Put(e);
        var result = order.Select(n => byName[n]).ToList();
        // Structured findings come first and stay exactly as given.
        var structuredNames = c.Findings.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        return c.Findings.Concat(result.Where(f => !structuredNames.Contains(f.Name))).ToList();
    }
}
