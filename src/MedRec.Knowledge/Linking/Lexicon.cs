using MedRec.Knowledge.Build;
using MedRec.Knowledge.Query;

namespace MedRec.Knowledge.Linking;

/// <summary>
/// Surface form → canonical entity. Filled from the KG (names, aliases, lay synonyms) and optionally from
/// annotated dialogues (surface spans with their normalised names). Earlier additions win on conflicts,
/// so add the most trusted source first.
/// </summary>
public sealed class Lexicon
{
    private readonly Dictionary<string, LexiconEntry> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _stop = new(StringComparer.Ordinal);

    public int Count => _entries.Count;
    public int MaxLength { get; private set; }
    public IEnumerable<string> Surfaces => _entries.Keys;

    public bool TryGet(string surface, out LexiconEntry entry) => _entries.TryGetValue(surface, out entry!);

    /// <summary>Never link this surface (it names an entity but is rarely a finding in text).</summary>
    public void Stop(string surface) => _stop.Add(surface);

    public void Add(string surface, LexiconEntry entry, bool allowSingleCharacter = false)
    {
        surface = surface.Trim();
        if (_stop.Contains(surface)) return;
        if (surface.Length < 2 && !allowSingleCharacter && !IsSingleCharSymptom(surface)) return; // too ambiguous
        if (surface.Length > 20 || !_entries.TryAdd(surface, entry)) return;
        MaxLength = Math.Max(MaxLength, surface.Length);
    }

    private static bool IsSingleCharSymptom(string s) => s is "痒" or "吐" or "喘";

    /// <summary>Entity types read from the KG for linking.</summary>
    public static readonly string[] KgTypes = ["symptom", "disease", "drug", "check", "body_part"];

    /// <summary>Add KG names and aliases of the given types (symptoms first: they win ambiguous surfaces).</summary>
    public Lexicon AddKnowledgeGraph(KnowledgeGraph kg, IReadOnlyList<string>? types = null, bool dialogueSurfaces = true)
    {
        using (var cmd = kg.Command("SELECT surface FROM linking_stopword"))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) Stop(r.GetString(0));
        // Annotated patient wording first: it knows that 发烧 means 发热 even where the KG also lists 发烧.
        if (dialogueSurfaces)
            using (var cmd = kg.Command("SELECT a.alias, e.name FROM alias a JOIN entity e ON e.id = a.entity_id WHERE e.type = 'symptom' AND a.source = 'cmdd-train'"))
            using (var r = cmd.ExecuteReader())
                while (r.Read()) Add(r.GetString(0), new LexiconEntry(r.GetString(1), "symptom", "cmdd-train"), allowSingleCharacter: true);
        var skipSource = dialogueSurfaces ? "" : "cmdd-train";
        foreach (var type in types ?? KgTypes)
        {
            using (var cmd = kg.Command("SELECT name FROM entity WHERE type = $t AND sources <> $skip", ("$t", type), ("$skip", skipSource)))
            using (var r = cmd.ExecuteReader())
                while (r.Read()) Add(r.GetString(0), new LexiconEntry(r.GetString(0), type, "kg"));
            using (var cmd = kg.Command("SELECT a.alias, e.name FROM alias a JOIN entity e ON e.id = a.entity_id WHERE e.type = $t AND a.kind <> 'english' AND a.source <> $skip", ("$t", type), ("$skip", skipSource)))
            using (var r = cmd.ExecuteReader())
                while (r.Read()) Add(r.GetString(0), new LexiconEntry(r.GetString(1), type, "kg-alias"));
        }
        foreach (var (lay, canonical) in SymptomSynonyms.Terms) Add(lay, new LexiconEntry(canonical, "symptom", "synonyms"));
        return this;
    }
}
