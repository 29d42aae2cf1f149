using System.Text.Encodings.Web;
using System.Text.Json;
using MedRec.Core.Common;

namespace MedRec.Fhir.AgentBench;

/// <summary>Reads and writes the committed task suite (assets/fhir-agent/tasks.json).</summary>
public static class TaskSuiteFile
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static string DefaultPath() => Path.Combine(DataPaths.RepoRoot() ?? ".", "assets", "fhir-agent", "tasks.json");

    public static void Save(IReadOnlyList<AgentTask> tasks, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, JsonSerializer.Serialize(tasks, s_json));
    }

    public static IReadOnlyList<AgentTask> Load(string path)
    {
        if (!File.Exists(path)) throw new MedRecException($"task suite not found: {path} (run `medrec fhir tasks`)");
        try { return JsonSerializer.Deserialize<List<AgentTask>>(File.ReadAllText(path), s_json) ?? []; }
        catch (JsonException e) { throw new MedRecException($"{path}: invalid task suite JSON ({e.Message.Split('.')[0]})"); }
    }
}
