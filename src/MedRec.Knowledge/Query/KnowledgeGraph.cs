using MedRec.Core.Common;
using Microsoft.Data.Sqlite;

namespace MedRec.Knowledge.Query;

/// <summary>Read access to a built KG database. Thread-safe for reads (one connection per call).</summary>
public sealed class KnowledgeGraph : IDisposable
{
    private readonly SqliteConnection _connection;

    public string Path { get; }

    private KnowledgeGraph(string path, SqliteConnection connection)
    {
        Path = path;
        _connection = connection;
    }

    public static KnowledgeGraph Open(string path)
    {
        if (!File.Exists(path))
            throw new MedRecException($"knowledge graph not found: {path} (run `medrec kg build`)");
        var c = new SqliteConnection(new SqliteConnectionStringBuilder
        { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Cache = SqliteCacheMode.Shared }.ToString());
        c.Open();
        return new KnowledgeGraph(path, c);
    }

    /// <summary>Wrap an open connection (tests with in-memory databases).</summary>
    public static KnowledgeGraph FromConnection(SqliteConnection connection) => new(":memory:", connection);

    /// <summary>Default location of the committed KG: assets/kg/medrec-kg.db under the repo root.</summary>
    public static string DefaultPath()
    {
        var env = Environment.GetEnvironmentVariable("MEDREC_KG");
        if (!string.IsNullOrWhiteSpace(env)) return env;
        var root = DataPaths.RepoRoot() ?? Directory.GetCurrentDirectory();
        return System.IO.Path.Combine(root, "assets", "kg", "medrec-kg.db");
    }

    public SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (n, v) in parameters) cmd.Parameters.AddWithValue(n, v ?? DBNull.Value);
        return cmd;
    }

    /// <summary>Exact name or alias match (Chinese or English), optionally of one type.</summary>
    public IReadOnlyList<KgEntity> Find(string name, string? type = null)
    {
        const string sql = """
            SELECT DISTINCT e.id, e.type, e.name, e.name_en, e.code, e.code_system FROM entity e
            WHERE (e.name = $n OR e.name_en = $n COLLATE NOCASE
                   OR e.id IN (SELECT entity_id FROM alias WHERE alias = $n))
              AND ($t IS NULL OR e.type = $t)
            ORDER BY (e.name = $n) DESC, e.id
            """;
        using var cmd = Command(sql, ("$n", name), ("$t", type));
        return ReadEntities(cmd);
    }

    public KgEntity? Get(long id)
    {
        using var cmd = Command("SELECT id, type, name, name_en, code, code_system FROM entity WHERE id = $id", ("$id", id));
        return ReadEntities(cmd).FirstOrDefault();
    }

    /// <summary>Outgoing edges of <paramref name="id"/> (optionally of one relation type), accepted only.</summary>
    public IReadOnlyList<KgEdge> Out(long id, string? relationType = null) => Edges(id, relationType, outgoing: true);

    /// <summary>Incoming edges of <paramref name="id"/>.</summary>
    public IReadOnlyList<KgEdge> In(long id, string? relationType = null) => Edges(id, relationType, outgoing: false);

    private List<KgEdge> Edges(long id, string? relationType, bool outgoing)
    {
        var (mine, other) = outgoing ? ("head_id", "tail_id") : ("tail_id", "head_id");
        var sql = $"""
            SELECT r.head_id, t.name, e.id, e.type, e.name, e.name_en, e.code, e.code_system,
                   s.name, r.confidence, r.severity, COALESCE(r.detail, d.text), r.frequency
            FROM relation r JOIN entity e ON e.id = r.{other}
              JOIN relation_type t ON t.id = r.type_id JOIN source s ON s.id = r.source_id
              LEFT JOIN detail_text d ON d.id = r.detail_id
            WHERE r.{mine} = $id AND ($t IS NULL OR t.name = $t) AND r.status IS NULL
            ORDER BY r.confidence DESC, e.name
            """;
        using var cmd = Command(sql, ("$id", id), ("$t", relationType));
        using var r = cmd.ExecuteReader();
        var list = new List<KgEdge>();
        while (r.Read())
        {
            var e = new KgEntity(r.GetInt64(2), r.GetString(3), r.GetString(4), Str(r, 5), Str(r, 6), Str(r, 7));
            list.Add(new KgEdge(r.GetInt64(0), r.GetString(1), e, r.GetString(8), r.GetDouble(9),
                Str(r, 10), Str(r, 11), r.IsDBNull(12) ? null : r.GetDouble(12), outgoing));
        }
        return list;
    }

    public static List<KgEntity> ReadEntities(SqliteCommand cmd)
    {
        using var r = cmd.ExecuteReader();
        var list = new List<KgEntity>();
        while (r.Read())
            list.Add(new KgEntity(r.GetInt64(0), r.GetString(1), r.GetString(2), Str(r, 3), Str(r, 4), Str(r, 5)));
        return list;
    }

    private static string? Str(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public void Dispose() => _connection.Dispose();
}
