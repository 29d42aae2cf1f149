namespace MedRec.Model.Generation;

/// <summary>
/// Decoding settings. Temperature 0 is greedy. TopK 0 and TopP 1 switch those filters off; RepetitionPenalty 1
/// switches the penalty off. <see cref="AllowedTokens"/> gets the tokens generated so far and returns the ids
/// allowed next (null = any), which is how constrained decoding (a JSON grammar, a code list trie) plugs in.
/// </summary>
public sealed record GenerationOptions
{
    public int MaxNewTokens { get; init; } = 64;
    public double Temperature { get; init; }
    public int TopK { get; init; }
    public double TopP { get; init; } = 1.0;

    /// <summary>
    /// Penalty on ids already present among the last <see cref="RepetitionWindow"/> ids of the sequence (prompt
    /// included), as in CTRL and llama.cpp's repeat penalty: a positive logit is divided by it, a negative one
    /// multiplied. Applied before greedy choice too, which is what stops a small model's greedy loops.
    /// </summary>
    public double RepetitionPenalty { get; init; } = 1.0;
    public int RepetitionWindow { get; init; } = 64;
    public int Seed { get; init; }
    public IReadOnlySet<int> StopTokenIds { get; init; } = new HashSet<int>();
    public IReadOnlyList<IReadOnlyList<int>> StopSequences { get; init; } = [];
    public Func<IReadOnlyList<int>, IReadOnlySet<int>?>? AllowedTokens { get; init; }

    /// <summary>False recomputes the whole sequence every step: slow, kept as the reference for cache tests.</summary>
    public bool UseKvCache { get; init; } = true;
}
