namespace MedRec.Model.Tokenization;

/// <summary>Text ↔ token ids. Decode(Encode(s)) == s for every UTF-8 string.</summary>
public interface ITokenizer
{
    int VocabSize { get; }
    int[] Encode(string text);
    string Decode(ReadOnlySpan<int> ids);
    /// <summary>Id of a special token such as "&lt;|bos|&gt;", "&lt;|eos|&gt;", "&lt;|user|&gt;"; throws if unknown.</summary>
    int SpecialId(string token);
}
