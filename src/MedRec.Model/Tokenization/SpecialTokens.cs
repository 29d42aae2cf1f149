namespace MedRec.Model.Tokenization;

/// <summary>
/// Special tokens, with fixed ids 0..8 in every MedRec tokenizer. They are only produced by
/// <see cref="ITokenizer.Encode(string, bool)"/> with allowSpecial = true; plain text "&lt;s&gt;" is encoded as bytes.
/// </summary>
public static class SpecialTokens
{
    public const string Pad = "<pad>";
    public const string Bos = "<s>";
    public const string Eos = "</s>";
    public const string System = "<|system|>";
    public const string User = "<|user|>";
    public const string Assistant = "<|assistant|>";
    public const string ToolCall = "<|tool_call|>";
    public const string ToolResult = "<|tool_result|>";
    public const string End = "<|end|>";

    private static readonly string[] s_all = [Pad, Bos, Eos, System, User, Assistant, ToolCall, ToolResult, End];

    public static IReadOnlyList<string> All => s_all;

    /// <summary>Id of a special token (aliases accepted), or -1.</summary>
    public static int IndexOf(string token) => Array.IndexOf(s_all, Canonical(token));

    /// <summary>Id of the first of the 256 byte tokens (&lt;0x00&gt;).</summary>
    public static int ByteOffset => All.Count;

    /// <summary>Other spellings accepted by <see cref="ITokenizer.SpecialId"/>.</summary>
    public static string Canonical(string token) => token switch
    {
        "<|bos|>" => Bos,
        "<|eos|>" => Eos,
        "<|pad|>" => Pad,
        _ => token,
    };

    /// <summary>llama.cpp / SentencePiece name of a byte token, e.g. "&lt;0x0A&gt;".</summary>
    public static string ByteName(byte b) => $"<0x{b:X2}>";
}
