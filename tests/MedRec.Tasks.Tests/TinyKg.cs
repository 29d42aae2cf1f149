using MedRec.Knowledge.Build;
using MedRec.Knowledge.Query;
using Microsoft.Data.Sqlite;

namespace MedRec.Tasks.Tests;

/// <summary>A hand-made knowledge graph in in-memory SQLite: small enough to reason about every expected ranking.</summary>
public sealed class TinyKg : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public KnowledgeGraph Kg { get; }
    public KgIndex Index { get; }

    public TinyKg()
    {
        var w = new KgWriter();
        long D(string n) => w.Entity("disease", n, "test");
        long S(string n) => w.Entity("symptom", n, "test");
        long C(string n) => w.Entity("check", n, "test");
        long Drug(string n, string? en, string? atc)
        {
            var id = w.Entity("drug", n, "test");
            w.Row(id).NameEn = en;
            w.Row(id).Code = atc;
            w.Row(id).CodeSystem = atc is null ? null : "ATC";
            return id;
        }
        var cold = D("感冒"); var pneumonia = D("肺炎"); var prostatitis = D("前列腺炎"); var diarrhea = D("小儿腹泻");
        foreach (var s in new[] { "咳嗽", "发热", "流涕" }) w.Relation(cold, "has_symptom", S(s), "xywy", 1);
        foreach (var s in new[] { "咳嗽", "发热", "胸痛", "咳痰" }) w.Relation(pneumonia, "has_symptom", S(s), "xywy", 1);
        w.Relation(prostatitis, "has_symptom", S("尿频"), "xywy", 1);
        w.Relation(prostatitis, "has_symptom", S("发热"), "xywy", 1);
        foreach (var s in new[] { "腹泻", "呕吐" }) w.Relation(diarrhea, "has_symptom", S(s), "xywy", 1);
        w.Relation(cold, "needs_check", C("血常规"), "xywy", 1);
        w.Relation(pneumonia, "needs_check", C("血常规"), "xywy", 1);
        w.Relation(pneumonia, "needs_check", C("胸部X线"), "39health", 1);
        var ibuprofen = Drug("布洛芬", "Ibuprofen", "M01AE01");
        var amoxicillin = Drug("阿莫西林", "Amoxicillin", "J01CA04");
        Drug("青霉素", "Benzylpenicillin", "J01CE01");
        Drug("华法林", "Warfarin", "B01AA03");
        var warfarinEn = Drug("Warfarin", "Warfarin", "B01AA03");
        var ibuprofenEn = Drug("Ibuprofen", "Ibuprofen", "M01AE01");
        w.Relation(cold, "common_drug", ibuprofen, "xywy", 1);
        w.Relation(pneumonia, "common_drug", amoxicillin, "xywy", 1);
        w.Relation(pneumonia, "common_drug", ibuprofen, "39health", 0.9);
        w.Relation(warfarinEn, "interacts_with", ibuprofenEn, "ddinter", 1, severity: "major", detail: "DDInter level: major");
        w.Relation(warfarinEn, "interacts_with", ibuprofenEn, "crescenddi", 1, severity: "major", detail: "adverse event: Haemorrhage");
        var ecchymosis = w.Entity("side_effect", "Ecchymosis", "sider");
        w.Alias(ecchymosis, "瘀斑", "chinese", "hpo-zh");
        w.Relation(warfarinEn, "side_effect", ecchymosis, "sider", 1, frequency: 0.05);
        w.Relation(pneumonia, "in_department", w.Entity("department", "呼吸内科", "test"), "xywy", 1);
        S("瘀斑");
        w.DiseaseInfo.Add((cold, "prevalence", "10%", "xywy"));
        w.DiseaseInfo.Add((pneumonia, "prevalence", "0.5%", "xywy"));
        _connection.Open();
        KgBuilder.WriteTo(w, _connection);
        Kg = KnowledgeGraph.FromConnection(_connection);
        Index = KgIndex.Load(Kg);
    }

    public long Id(string name, string type = "disease") => Kg.Find(name, type).Single().Id;

    public void Dispose() => Kg.Dispose();
}
