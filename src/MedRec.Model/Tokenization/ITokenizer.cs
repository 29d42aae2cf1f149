namespace MedRec.Model.Tokenization;

/// <summary>Text ↔ token ids. Decode(Encode(s)) == s for every UTF-8 string.</summary>
public interface ITokenizer
{
    int VocabSize { get; }
    int[] Encode(string text);

    /// <summary>
    /// With <paramref name="allowSpecial"/>, special-token strings in the text (e.g. "&lt;|user|&gt;") become their ids;
    /// without it they are ordinary text. Chat prompts built by us allow them; user-supplied text never should.
    /// </summary>
    int[] Encode(string text, bool allowSpecial) =>
        allowSpecial ? throw new NotSupportedException($"{GetType().Name} has no special tokens") : Encode(text);

    string Decode(ReadOnlySpan<int> ids);
    /// <summary>Id of a special token such as "&lt;|bos|&gt;", "&lt;|eos|&gt;", "&lt;|user|&gt;"; throws if unknown.</summary>
    int SpecialId(string token);
}
