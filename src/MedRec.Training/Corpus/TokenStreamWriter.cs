using System.Text.Json;
using MedRec.Model.Tokenization;

namespace MedRec.Training.Corpus;

/// <summary>
/// Writes a corpus file as a flat token stream for the trainer (nanoGPT style): each document's ids followed by
/// &lt;/s&gt;, little-endian uint16 when the vocabulary fits (≤ 65,536), else int32. A tokens.json next to the .bin
/// files records dtype, vocabulary size and counts.
/// </summary>
public static class TokenStreamWriter
{
    public const string MetaFile = "tokens.json";

    /// <param name="Chars">UTF-16 units of the documents (separators excluded).</param>
    /// <param name="FileCodePoints">Unicode scalar values of the whole text file, separators included: the
    /// denominator of bits per character (the same count `eval lm-anchors` reports as val_chars).</param>
    public sealed record Result(string Split, long Documents, long Tokens, long Chars, long Bytes, long FileCodePoints);

    public static string DType(int vocabSize) => vocabSize <= 65536 ? "uint16" : "int32";

    public static Result Write(BpeTokenizer tok, string textPath, string binPath, string split, Action<long>? progress = null)
    {
        var wide = DType(tok.VocabSize) == "int32";
        var eos = tok.SpecialId(SpecialTokens.Eos);
        long docs = 0, tokens = 0, chars = 0, bytes = 0;
        using var w = new BinaryWriter(File.Create(binPath));
        foreach (var doc in CorpusFormat.ReadDocuments(textPath))
        {
            foreach (var id in tok.Encode(doc).Append(eos))
            {
                if (wide) w.Write(id); else w.Write((ushort)id);
                tokens++;
            }
            docs++;
            chars += doc.Length;
            bytes += CorpusFormat.Utf8.GetByteCount(doc);
            if (docs % 1000 == 0) progress?.Invoke(docs);
        }
        long codePoints = 0;
        foreach (var _ in File.ReadAllText(textPath, CorpusFormat.Utf8).EnumerateRunes()) codePoints++;
        return new Result(split, docs, tokens, chars, bytes, codePoints);
    }

    public static void WriteMeta(string dir, BpeTokenizer tok, string tokenizerPath, IEnumerable<Result> results) =>
        File.WriteAllText(Path.Combine(dir, MetaFile), JsonSerializer.Serialize(new
        {
            dtype = DType(tok.VocabSize),
            vocab_size = tok.VocabSize,
            tokenizer = Path.GetFullPath(tokenizerPath),
            document_end = SpecialTokens.Eos,
            document_end_id = tok.SpecialId(SpecialTokens.Eos),
            splits = results.ToDictionary(r => r.Split, r => new
            {
                documents = r.Documents, tokens = r.Tokens, chars = r.Chars, utf8_bytes = r.Bytes, bpc_chars = r.FileCodePoints,
                chars_per_token = r.Tokens == 0 ? 0 : Math.Round((double)r.Chars / r.Tokens, 4),
            }),
        }, CorpusManifest.Json));
}
