namespace MedRec.Model.Tokenization;

/// <summary>
/// GPT-2 / Hugging Face "ByteLevel" mapping: every byte as one printable character, so token byte strings can be
/// JSON keys (vocab) and space-separated merges. Printable Latin-1 bytes map to themselves, others to U+0100 upwards.
/// </summary>
public static class ByteLevel
{
    private static readonly char[] s_byteToChar = BuildTable();
    private static readonly Dictionary<char, byte> s_charToByte = Enumerable.Range(0, 256).ToDictionary(b => s_byteToChar[b], b => (byte)b);

    private static char[] BuildTable()
    {
        var t = new char[256];
        var next = 256;
        for (var b = 0; b < 256; b++)
        {
            var printable = b is >= '!' and <= '~' or >= 0xA1 and <= 0xAC or >= 0xAE and <= 0xFF;
            t[b] = printable ? (char)b : (char)next++;
        }
        return t;
    }

    public static string Encode(ReadOnlySpan<byte> bytes)
    {
        var c = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++) c[i] = s_byteToChar[bytes[i]];
        return new string(c);
    }

    public static byte[] Decode(string s)
    {
        var b = new byte[s.Length];
        for (var i = 0; i < s.Length; i++)
            b[i] = s_charToByte.TryGetValue(s[i], out var x) ? x : throw new FormatException($"not a ByteLevel character: U+{(int)s[i]:X4}");
        return b;
    }
}
