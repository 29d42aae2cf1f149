namespace MedRec.Knowledge.Build;

/// <summary>
/// Interns English-named drug entities case-insensitively, so DDInter "Abacavir", SIDER "abacavir" and
/// DrugBank "Abacavir" become one entity.
/// </summary>
public sealed class EnglishDrugs(KgWriter writer)
{
    private readonly Dictionary<string, long> _byKey = [];

    public IReadOnlyDictionary<string, long> ByKey => _byKey;

    public long Get(string name, string source)
    {
        var key = DrugNames.EnglishKey(name);
        if (!_byKey.TryGetValue(key, out var id))
        {
            id = writer.Entity("drug", DrugNames.EnglishDisplay(name), source);
            writer.Row(id).NameEn ??= DrugNames.EnglishDisplay(name);
            _byKey[key] = id;
        }
        else writer.Row(id).Sources.Add(source);
        return id;
    }

    public bool TryGet(string name, out long id) => _byKey.TryGetValue(DrugNames.EnglishKey(name), out id);
}
