namespace MedRec.Knowledge.Query;

/// <summary>Fuzzy lookup through the trigram FTS index over entity names, for suggestions and near misses.</summary>
public static class KgSearch
{
    public static IReadOnlyList<KgEntity> Fuzzy(KnowledgeGraph kg, string text, string? type = null, int limit = 5)
    {
        if (text.Length < 3) return LikeSearch(kg, text, type, limit); // trigram needs 3 characters
        const string sql = """
            SELECT DISTINCT e.id, e.type, e.name, e.name_en, e.code, e.code_system
            FROM entity_fts f JOIN entity e ON e.id = f.rowid
            WHERE entity_fts MATCH $q AND ($t IS NULL OR e.type = $t)
            ORDER BY f.rank, length(e.name), e.id LIMIT $n
            """;
        // Any shared trigram matches; bm25 rank puts names sharing the most trigrams first.
        var grams = Enumerable.Range(0, text.Length - 2).Select(i => "\"" + text.Substring(i, 3).Replace("\"", "\"\"") + "\"").Distinct();
        using var cmd = kg.Command(sql, ("$q", string.Join(" OR ", grams)), ("$t", type), ("$n", limit));
        return KnowledgeGraph.ReadEntities(cmd);
    }

    private static IReadOnlyList<KgEntity> LikeSearch(KnowledgeGraph kg, string text, string? type, int limit)
    {
        const string sql = """
            SELECT id, type, name, name_en, code, code_system FROM entity
            WHERE name LIKE $q AND ($t IS NULL OR type = $t) ORDER BY length(name), id LIMIT $n
            """;
        using var cmd = kg.Command(sql, ("$q", "%" + text + "%"), ("$t", type), ("$n", limit));
        return KnowledgeGraph.ReadEntities(cmd);
    }
}
