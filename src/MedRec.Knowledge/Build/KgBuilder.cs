using System.Globalization;
using System.Reflection;
using MedRec.Core.Common;
using MedRec.Knowledge.Build.Importers;
using Microsoft.Data.Sqlite;

namespace MedRec.Knowledge.Build;

/// <summary>
/// Compiles the shared data into one SQLite KG: run the importers in order, hold out 10 % of diseases'
/// check/drug edges, write, index for fuzzy search, VACUUM, then move into place (never a half-built file).
/// </summary>
public static class KgBuilder
{
    public static IReadOnlyList<IKgImporter> DefaultImporters(KgWriter w)
    {
        var english = new EnglishDrugs(w);
        return
        [
            new XywyImporter(), new Health39Importer(), new Icd10Importer(), new NhsaImporter(), new ImcsSymptomImporter(),
            new CmddSurfaceImporter(),
            new DdinterImporter(english), new DrugbankImporter(english), new SiderImporter(english),
            new CrescenddiImporter(english), new HpoZhImporter(), new AtcJoinImporter(english),
        ];
    }

    public static string SchemaSql()
    {
        using var s = Assembly.GetExecutingAssembly().GetManifestResourceStream("kg-schema.sql")!;
        return new StreamReader(s).ReadToEnd();
    }

    public static void Build(KgBuildOptions options, TextWriter? log, CancellationToken ct)
    {
        if (!Directory.Exists(options.DataDir))
            throw new MedRecException($"data folder not found: {options.DataDir} (set --data or MEDREC_DATA)");
        var w = new KgWriter();
        var importers = DefaultImporters(w);
        var progress = new ProgressReporter("kg build", importers.Count + 2, log);
        var step = 0;
        foreach (var importer in importers)
        {
            ct.ThrowIfCancellationRequested();
            importer.Import(options.DataDir, w, ct);
            progress.Report(++step, importer.Name);
        }
        var heldOut = options.HoldOut ? HoldOutDiseases(w) : [];
        w.Meta["holdout_rule"] = options.HoldOut ? KgBuildOptions.HoldOutRule : "none";
        w.Meta["holdout_diseases"] = heldOut.Count.ToString(CultureInfo.InvariantCulture);
        w.Meta["built_at"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        w.Meta["schema_version"] = "1";

        var dir = Path.GetDirectoryName(Path.GetFullPath(options.OutPath))!;
        Directory.CreateDirectory(dir);
        var tmp = Path.Combine(dir, $".{Path.GetFileName(options.OutPath)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var c = new SqliteConnection($"Data Source={tmp};Pooling=False"))
            {
                c.Open();
                Exec(c, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA page_size=4096;");
                Exec(c, SchemaSql());
                w.WriteTo(c, r => KgBuildOptions.HoldOutRelations.Contains(r.Type) && heldOut.Contains(r.Head));
                progress.Report(++step, "written");
                CreateSearchIndex(c);
                Exec(c, "ANALYZE; VACUUM;");
            }
            ct.ThrowIfCancellationRequested();
            File.Move(tmp, options.OutPath, overwrite: true);
            progress.Report(++step, "done");
        }
        finally
        {
            if (File.Exists(tmp)) File.Delete(tmp);
        }
    }

    private static HashSet<long> HoldOutDiseases(KgWriter w)
    {
        var withEdges = w.Relations.Where(r => KgBuildOptions.HoldOutRelations.Contains(r.Type)).Select(r => r.Head).ToHashSet();
        return withEdges.Where(id => KgBuildOptions.IsHoldOutDisease(w.Row(id).Name)).ToHashSet();
    }

    /// <summary>Trigram full-text index over entity names (external content: the names are not stored twice).</summary>
    /// <summary>Write a KG held in memory to an open (e.g. in-memory) connection: tests and tools that build small graphs.</summary>
    public static void WriteTo(KgWriter w, SqliteConnection c, Func<KgWriter.RelationRow, bool>? isHeldOut = null)
    {
        Exec(c, SchemaSql());
        w.WriteTo(c, isHeldOut ?? (_ => false));
        CreateSearchIndex(c);
    }

    public static void CreateSearchIndex(SqliteConnection c)
    {
        Exec(c, """
            CREATE VIRTUAL TABLE IF NOT EXISTS entity_fts USING fts5(name, content='entity', content_rowid='id', tokenize='trigram', detail='none');
            INSERT INTO entity_fts(entity_fts) VALUES ('rebuild');
            """);
    }

    private static void Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
