using System.Globalization;

namespace MedRec.Knowledge.Query;

/// <summary>Counts for `medrec kg stats`: entities and relations by type and source, meta facts.</summary>
public sealed record KgStats(
    IReadOnlyDictionary<string, long> Entities,
    IReadOnlyDictionary<string, long> Relations,
    IReadOnlyDictionary<string, long> RelationsBySource,
    long TotalRelations,
    long MergedXywy39Health,
    IReadOnlyDictionary<string, double> AtcCoverage,
    IReadOnlyDictionary<string, long> HoldOut,
    IReadOnlyDictionary<string, string> Meta)
{
    public static KgStats Read(KnowledgeGraph kg)
    {
        var meta = Pairs(kg, "SELECT key, value FROM meta").ToDictionary(p => p.Key, p => p.Value);
        return new KgStats(
            Counts(kg, "SELECT type, COUNT(*) FROM entity GROUP BY type"),
            Counts(kg, "SELECT t.name, n FROM (SELECT type_id, COUNT(*) n FROM relation GROUP BY type_id) JOIN relation_type t ON t.id = type_id"),
            Counts(kg, "SELECT s.name, n FROM (SELECT source_id, COUNT(*) n FROM relation GROUP BY source_id) JOIN source s ON s.id = source_id"),
            Scalar(kg, "SELECT COUNT(*) FROM relation"),
            long.TryParse(meta.GetValueOrDefault("merged_xywy_39health"), out var m) ? m : 0,
            meta.Where(p => p.Key.StartsWith("atc_coverage_", StringComparison.Ordinal))
                .ToDictionary(p => p.Key["atc_coverage_".Length..], p => double.Parse(p.Value, CultureInfo.InvariantCulture)),
            new Dictionary<string, long>
            {
                ["diseases"] = Scalar(kg, "SELECT COUNT(DISTINCT head_id) FROM holdout_relation"),
                ["edges"] = Scalar(kg, "SELECT COUNT(*) FROM holdout_relation"),
            },
            meta);
    }

    private static Dictionary<string, long> Counts(KnowledgeGraph kg, string sql) =>
        Pairs(kg, sql).ToDictionary(p => p.Key, p => long.Parse(p.Value, CultureInfo.InvariantCulture));

    private static List<KeyValuePair<string, string>> Pairs(KnowledgeGraph kg, string sql)
    {
        using var cmd = kg.Command(sql);
        using var r = cmd.ExecuteReader();
        var list = new List<KeyValuePair<string, string>>();
        while (r.Read()) list.Add(new(r.GetString(0), Convert.ToString(r.GetValue(1), CultureInfo.InvariantCulture)!));
        return list;
    }

    private static long Scalar(KnowledgeGraph kg, string sql)
    {
        using var cmd = kg.Command(sql);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
