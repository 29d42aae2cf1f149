namespace MedRec.Knowledge.Query;

/// <summary>
/// In-memory snapshot of the clinical part of the KG (disease ↔ symptom/check/drug edges, prevalence), loaded once
/// so ranking thousands of candidate diseases needs no per-candidate SQL. Drug-safety edges stay in SQLite
/// (looked up per drug pair). Immutable after load; safe to share between threads.
/// </summary>
public sealed class KgIndex
{
    public static readonly string[] ClinicalRelations = ["has_symptom", "needs_check", "common_drug"];

    private readonly Dictionary<long, KgEntity> _entities;
    private readonly Dictionary<(long Disease, string Type), List<KgLink>> _out;
    private readonly Dictionary<(long Tail, string Type), List<long>> _in;

    private KgIndex(Dictionary<long, KgEntity> entities, Dictionary<(long, string), List<KgLink>> @out,
        Dictionary<(long, string), List<long>> @in, Dictionary<long, double> prevalence, HashSet<long> heldOut)
    {
        _entities = entities;
        _out = @out;
        _in = @in;
        Prevalence = prevalence;
        HeldOutDiseases = heldOut;
    }

    /// <summary>Point prevalence parsed from xywy's 患病比例 where given (0.005 for "0.5%").</summary>
    public IReadOnlyDictionary<long, double> Prevalence { get; }

    /// <summary>Diseases whose check/drug edges form the evaluation hold-out (see holdout_relation).</summary>
    public IReadOnlySet<long> HeldOutDiseases { get; }

    public KgEntity Entity(long id) => _entities[id];

    public bool TryEntity(long id, out KgEntity entity) => _entities.TryGetValue(id, out entity!);

    /// <summary>Outgoing clinical edges of a disease of one relation type.</summary>
    public IReadOnlyList<KgLink> Out(long disease, string type) =>
        _out.TryGetValue((disease, type), out var list) ? list : [];

    /// <summary>Diseases that point at <paramref name="tail"/> with relation <paramref name="type"/>.</summary>
    public IReadOnlyList<long> In(long tail, string type) => _in.TryGetValue((tail, type), out var list) ? list : [];

    public IEnumerable<long> DiseasesWith(string type) => _out.Keys.Where(k => k.Type == type).Select(k => k.Disease);

    public static KgIndex Load(KnowledgeGraph kg)
    {
        var entities = new Dictionary<long, KgEntity>();
        using (var cmd = kg.Command("SELECT id, type, name, name_en, code, code_system FROM entity WHERE type IN ('disease','symptom','check','drug')"))
            foreach (var e in KnowledgeGraph.ReadEntities(cmd)) entities[e.Id] = e;

        var @out = new Dictionary<(long, string), List<KgLink>>();
        var @in = new Dictionary<(long, string), List<long>>();
        const string sql = """
            SELECT r.head_id, t.name, r.tail_id, s.name, r.confidence FROM relation r
            JOIN relation_type t ON t.id = r.type_id JOIN source s ON s.id = r.source_id
            WHERE t.name IN ('has_symptom','needs_check','common_drug') AND r.status IS NULL
            """;
        using (var cmd = kg.Command(sql))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                var (head, type, tail) = (r.GetInt64(0), r.GetString(1), r.GetInt64(2));
                var key = (head, type);
                if (!@out.TryGetValue(key, out var list)) @out[key] = list = [];
                var existing = list.FindIndex(l => l.Tail == tail);
                var link = new KgLink(tail, r.GetString(3), r.GetDouble(4));
                if (existing < 0) list.Add(link);
                else list[existing] = list[existing].Merge(link); // same fact from xywy and 39health
                if (existing < 0)
                {
                    if (!@in.TryGetValue((tail, type), out var heads)) @in[(tail, type)] = heads = [];
                    heads.Add(head);
                }
            }

        var prevalence = new Dictionary<long, double>();
        using (var cmd = kg.Command("SELECT entity_id, value FROM disease_info WHERE field = 'prevalence'"))
        using (var r = cmd.ExecuteReader())
            while (r.Read())
                if (PrevalenceText.TryParse(r.GetString(1), out var p)) prevalence[r.GetInt64(0)] = p;

        var heldOut = new HashSet<long>();
        using (var cmd = kg.Command("SELECT DISTINCT head_id FROM holdout_relation"))
        using (var r = cmd.ExecuteReader())
            while (r.Read()) heldOut.Add(r.GetInt64(0));
        return new KgIndex(entities, @out, @in, prevalence, heldOut);
    }
}
