using System.Text;

namespace MedRec.Training.Corpus;

/// <summary>
/// The knowledge graph hides the check and drug edges of 1 in 10 diseases for its exam/drug hold-out evaluation
/// (MedRec.Knowledge KgBuildOptions.HoldOutRule: FNV-1a-32(UTF-8 name) % 10 == 0). The corpus leaves the check
/// and drug lists of those diseases out too. Duplicated here because Training must not reference Knowledge.
/// </summary>
public static class HoldOutRule
{
    public static bool IsHoldOutDisease(string name)
    {
        var h = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(name)) { h ^= b; h *= 16777619u; }
        return h % 10 == 0;
    }
}
