using System.Text;

namespace MedRec.Core.Common;

/// <summary>FNV-1a 32-bit over UTF-8: the stable hash that picks the hold-out diseases.</summary>
public static class Fnv1a
{
    public static uint Hash(string s)
    {
        var h = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(s)) { h ^= b; h *= 16777619u; }
        return h;
    }
}
