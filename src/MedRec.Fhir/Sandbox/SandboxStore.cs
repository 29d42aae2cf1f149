using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Microsoft.Data.Sqlite;

namespace MedRec.Fhir.Sandbox;

/// <summary>
/// SQLite storage of the sandbox: one row per resource (JSON as served) plus one row per search-parameter value.
/// Thread-safe: one connection per operation (SQLite WAL), writes serialised by a lock.
/// </summary>
public sealed class SandboxStore
{
    private readonly string _connectionString;
    private readonly Lock _write = new();

    public SandboxStore(string path)
    {
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        using var c = Open();
        Exec(c, """
            PRAGMA journal_mode=WAL;
            CREATE TABLE IF NOT EXISTS resource (type TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL, last_updated TEXT NOT NULL, PRIMARY KEY (type, id)) WITHOUT ROWID;
            CREATE TABLE IF NOT EXISTS search (type TEXT NOT NULL, param TEXT NOT NULL, value TEXT NOT NULL, id TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS ix_search ON search(type, param, value);
            CREATE INDEX IF NOT EXISTS ix_search_id ON search(type, id);
            """);
    }

    public SqliteConnection Open()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        return c;
    }

    public int Count(string? type = null)
    {
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = type is null ? "SELECT COUNT(*) FROM resource" : "SELECT COUNT(*) FROM resource WHERE type = $t";
        cmd.Parameters.AddWithValue("$t", (object?)type ?? DBNull.Value);
        return Convert.ToInt32(cmd.ExecuteScalar());
    }

    /// <summary>Insert or replace resources (ids must be set), with their search rows, in one transaction.</summary>
    public void Put(IEnumerable<Resource> resources)
    {
        lock (_write)
        {
            using var c = Open();
            using var tx = c.BeginTransaction();
            foreach (var r in resources)
            {
                r.Meta ??= new Meta();
                r.Meta.LastUpdated ??= DateTimeOffset.UtcNow;
                Exec(c, "DELETE FROM search WHERE type = $t AND id = $i", ("$t", r.TypeName), ("$i", r.Id));
                Exec(c, "INSERT OR REPLACE INTO resource(type,id,json,last_updated) VALUES ($t,$i,$j,$u)",
                    ("$t", r.TypeName), ("$i", r.Id), ("$j", r.ToJson()), ("$u", r.Meta.LastUpdated.Value.ToString("O")));
                foreach (var (param, value) in SearchIndex.Extract(r).Distinct())
                    Exec(c, "INSERT INTO search(type,param,value,id) VALUES ($t,$p,$v,$i)", ("$t", r.TypeName), ("$p", param), ("$v", value), ("$i", r.Id));
            }
            tx.Commit();
        }
    }

    public string? Read(string type, string id)
    {
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT json FROM resource WHERE type = $t AND id = $i";
        cmd.Parameters.AddWithValue("$t", type);
        cmd.Parameters.AddWithValue("$i", id);
        return cmd.ExecuteScalar() as string;
    }

    private static void Exec(SqliteConnection c, string sql, params (string, object?)[] ps)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (n, v) in ps) cmd.Parameters.AddWithValue(n, v ?? DBNull.Value);
        cmd.ExecuteNonQuery();
    }
}
