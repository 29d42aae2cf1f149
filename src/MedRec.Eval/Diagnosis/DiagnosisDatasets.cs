using System.Text.Json;
using MedRec.Core.Common;

namespace MedRec.Eval.Diagnosis;

/// <summary>
/// Loaders for the automatic-diagnosis benchmarks in autodiag-mz4-mz10-dxy-mdd with their standard splits:
/// mz4 = original Muzhi ACL 2018 (568/142), mz4-large = DxFormer MZ-4 (1,388/345), dxy (423/104), mz10 (3,305/811),
/// sd = SymCat synthetic, English, 90 diseases (24,000/6,000). Test splits are for evaluation only.
/// </summary>
public static class DiagnosisDatasets
{
    public static readonly IReadOnlyList<string> Names = ["mz4", "mz4-large", "dxy", "mz10", "sd"];

    private const string Root = "autodiag-mz4-mz10-dxy-mdd";

    public static IReadOnlyList<DiagnosisSample> Load(string dataDir, string dataset, string split)
    {
        if (split is not ("train" or "test")) throw new MedRecException($"unknown split '{split}' (train or test)");
        return dataset switch
        {
            "mz4" => LoadSet(dataDir, $"HAIformer/data/muzhi/{split}_set.json"),
            "mz4-large" => LoadSet(dataDir, $"DxFormer/data/mz4/{split}_set.json"),
            "dxy" => LoadSet(dataDir, $"DxFormer/data/dxy/{split}_set.json"),
            "mz10" => LoadSet(dataDir, $"DxFormer/data/mz10/{split}_set.json"),
            "sd" => LoadGoals(dataDir, "Diaformer/data/synthetic_dataset/goal_set.json", split),
            _ => throw new MedRecException($"unknown dataset '{dataset}' (one of {string.Join(", ", Names)})"),
        };
    }

    /// <summary>DxFormer/HAIformer layout: [{pid, exp_sxs {name: "1"|"0"|"2"}, imp_sxs {…}, label}].</summary>
    private static List<DiagnosisSample> LoadSet(string dataDir, string relative)
    {
        using var s = DataPaths.OpenData(Path.Combine(dataDir, Root, relative));
        using var doc = JsonDocument.Parse(s);
        var list = new List<DiagnosisSample>();
        foreach (var x in doc.RootElement.EnumerateArray())
        {
            var mentions = new List<SymptomMention>();
            Add(mentions, x.GetProperty("exp_sxs"), true);
            Add(mentions, x.GetProperty("imp_sxs"), false);
            list.Add(new DiagnosisSample(x.GetProperty("pid").ToString(), x.GetProperty("label").GetString()!, mentions));
        }
        return list;
    }

    private static void Add(List<SymptomMention> to, JsonElement obj, bool isExplicit)
    {
        foreach (var p in obj.EnumerateObject())
        {
            if (to.Any(m => m.Name == p.Name)) continue; // an explicit mention wins over the same implicit one
            var state = p.Value.ValueKind switch
            {
                JsonValueKind.True => 1, JsonValueKind.False => 0,
                JsonValueKind.String => int.TryParse(p.Value.GetString(), out var v) ? v : 2,
                JsonValueKind.Number => p.Value.GetInt32(),
                _ => 2,
            };
            to.Add(new SymptomMention(p.Name, state, isExplicit));
        }
    }

    /// <summary>Diaformer goal-dict layout: {train:[{consult_id, disease_tag, goal:{explicit_inform_slots, implicit_inform_slots}}], test:[…]}.</summary>
    private static List<DiagnosisSample> LoadGoals(string dataDir, string relative, string split)
    {
        using var s = DataPaths.OpenData(Path.Combine(dataDir, Root, relative));
        using var doc = JsonDocument.Parse(s);
        var list = new List<DiagnosisSample>();
        foreach (var x in doc.RootElement.GetProperty(split).EnumerateArray())
        {
            var goal = x.GetProperty("goal");
            var mentions = new List<SymptomMention>();
            Add(mentions, goal.GetProperty("explicit_inform_slots"), true);
            Add(mentions, goal.GetProperty("implicit_inform_slots"), false);
            list.Add(new DiagnosisSample(x.GetProperty("consult_id").ToString(), x.GetProperty("disease_tag").GetString()!, mentions));
        }
        return list;
    }
}
