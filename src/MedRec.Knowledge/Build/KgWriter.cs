using Microsoft.Data.Sqlite;

namespace MedRec.Knowledge.Build;

/// <summary>
/// Collects entities, aliases and relations in memory while importers run, then writes them in bulk.
/// Entities are interned by (type, name): two importers naming the same thing get one id.
/// </summary>
public sealed class KgWriter
{
    private readonly Dictionary<(string Type, string Name), long> _ids = [];
    private readonly List<EntityRow> _entities = [];
    private readonly Dictionary<(long, string), AliasRow> _aliases = [];
    private readonly HashSet<(long, string, long, string)> _relationKeys = [];
    private readonly Dictionary<string, long> _details = new(StringComparer.Ordinal);

    public List<RelationRow> Relations { get; } = [];
    public Dictionary<string, string> Meta { get; } = [];
    /// <summary>Surfaces the linker should not treat as entities in free text (mined from annotated dialogues).</summary>
    public SortedSet<string> LinkingStopwords { get; } = new(StringComparer.Ordinal);
    public List<(long EntityId, string Field, string Value, string Source)> DiseaseInfo { get; } = [];

    public sealed class EntityRow
    {
        public long Id { get; init; }
        public required string Type { get; init; }
        public required string Name { get; init; }
        public string? NameEn { get; set; }
        public string? Code { get; set; }
        public string? CodeSystem { get; set; }
        public SortedSet<string> Sources { get; } = new(StringComparer.Ordinal);
    }

    public sealed record AliasRow(long EntityId, string Alias, string Kind, string Source);

    public sealed record RelationRow(long Head, string Type, long Tail, string Source, double Confidence,
        string? Severity = null, string? Detail = null, double? Frequency = null, long? DetailId = null);

    public IReadOnlyList<EntityRow> Entities => _entities;

    public int EntityCount(string type) => _entities.Count(e => e.Type == type);

    public long Entity(string type, string name, string source)
    {
        if (!_ids.TryGetValue((type, name), out var id))
        {
            id = _entities.Count + 1;
            _ids[(type, name)] = id;
            _entities.Add(new EntityRow { Id = id, Type = type, Name = name });
        }
        _entities[(int)id - 1].Sources.Add(source);
        return id;
    }

    public bool TryGet(string type, string name, out long id) => _ids.TryGetValue((type, name), out id);

    public EntityRow Row(long id) => _entities[(int)id - 1];

    public void Alias(long entityId, string alias, string kind, string source)
    {
        alias = alias.Trim();
        if (alias.Length == 0 || alias.Length > 60 || alias == Row(entityId).Name) return;
        _aliases.TryAdd((entityId, alias), new AliasRow(entityId, alias, kind, source));
    }

    public IEnumerable<AliasRow> Aliases => _aliases.Values;

    /// <summary>Add an edge once per (head, type, tail, source); repeated details are stored once in detail_text.</summary>
    public void Relation(long head, string type, long tail, string source, double confidence,
        string? severity = null, string? detail = null, double? frequency = null, bool shareDetail = false)
    {
        if (head == tail && type != "same_drug") return;
        if (!_relationKeys.Add((head, type, tail, source))) return;
        long? detailId = null;
        if (shareDetail && detail is not null)
        {
            if (!_details.TryGetValue(detail, out var d)) _details[detail] = d = _details.Count + 1;
            detailId = d;
            detail = null;
        }
        Relations.Add(new RelationRow(head, type, tail, source, confidence, severity, detail, frequency, detailId));
    }

    /// <summary>Write everything into an open connection whose schema exists.</summary>
    public void WriteTo(SqliteConnection c, Func<RelationRow, bool> isHeldOut)
    {
        using var tx = c.BeginTransaction();
        Bulk(c, "INSERT INTO entity(id,type,name,name_en,code,code_system,sources) VALUES ($1,$2,$3,$4,$5,$6,$7)",
            _entities.Select(e => new object?[] { e.Id, e.Type, e.Name, e.NameEn, e.Code, e.CodeSystem, string.Join(',', e.Sources) }));
        Bulk(c, "INSERT INTO alias(entity_id,alias,kind,source) VALUES ($1,$2,$3,$4)",
            _aliases.Values.Select(a => new object?[] { a.EntityId, a.Alias, a.Kind, a.Source }));
        Bulk(c, "INSERT INTO detail_text(id,text) VALUES ($1,$2)", _details.Select(d => new object?[] { d.Value, d.Key }));
        var types = Relations.Select(r => r.Type).Distinct().Order(StringComparer.Ordinal).Select((n, i) => (n, i + 1)).ToDictionary(x => x.n, x => x.Item2);
        var sources = Relations.Select(r => r.Source).Distinct().Order(StringComparer.Ordinal).Select((n, i) => (n, i + 1)).ToDictionary(x => x.n, x => x.Item2);
        Bulk(c, "INSERT INTO relation_type(id,name) VALUES ($1,$2)", types.Select(t => new object?[] { t.Value, t.Key }));
        Bulk(c, "INSERT INTO source(id,name) VALUES ($1,$2)", sources.Select(t => new object?[] { t.Value, t.Key }));
        Bulk(c, "INSERT INTO relation(head_id,type_id,tail_id,source_id,confidence,severity,detail,frequency,detail_id) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)",
            Relations.OrderBy(r => r.Head).ThenBy(r => types[r.Type]).ThenBy(r => r.Tail)
                .Select(r => new object?[] { r.Head, types[r.Type], r.Tail, sources[r.Source], r.Confidence, r.Severity, r.Detail, r.Frequency, r.DetailId }));
        Bulk(c, "INSERT INTO holdout_relation(head_id,type,tail_id,source) VALUES ($1,$2,$3,$4)",
            Relations.Where(isHeldOut).Select(r => new object?[] { r.Head, r.Type, r.Tail, r.Source }));
        Bulk(c, "INSERT OR REPLACE INTO disease_info(entity_id,field,value,source) VALUES ($1,$2,$3,$4)",
            DiseaseInfo.Select(d => new object?[] { d.EntityId, d.Field, d.Value, d.Source }));
        Bulk(c, "INSERT INTO linking_stopword(surface) VALUES ($1)", LinkingStopwords.Select(x => new object?[] { x }));
        Bulk(c, "INSERT OR REPLACE INTO meta(key,value) VALUES ($1,$2)", Meta.Select(m => new object?[] { m.Key, m.Value }));
        tx.Commit();
    }

    private static void Bulk(SqliteConnection c, string sql, IEnumerable<object?[]> rows)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        var n = sql.Count(ch => ch == '$');
        var ps = Enumerable.Range(1, n).Select(i => cmd.Parameters.Add(new SqliteParameter("$" + i, null))).ToArray();
        foreach (var row in rows)
        {
            for (var i = 0; i < n; i++) ps[i].Value = row[i] ?? DBNull.Value;
            cmd.ExecuteNonQuery();
        }
    }
}
