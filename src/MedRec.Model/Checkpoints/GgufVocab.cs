namespace MedRec.Model.Checkpoints;

/// <summary>
/// Tokenizer metadata llama.cpp needs to load a model. <see cref="Model"/> is "llama" (SentencePiece-style, scores)
/// or "gpt2" (byte-level BPE, merges). Token types: 1 normal, 2 unknown, 3 control, 6 byte.
/// </summary>
public sealed record GgufVocab(
    string Model,
    IReadOnlyList<string> Tokens,
    IReadOnlyList<int> TokenTypes,
    int BosId,
    int EosId,
    IReadOnlyList<float>? Scores = null,
    IReadOnlyList<string>? Merges = null,
    int? UnknownId = null);
