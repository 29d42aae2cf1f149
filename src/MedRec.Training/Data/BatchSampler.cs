using MedRec.Core.Common;

namespace MedRec.Training.Data;

/// <summary>
/// Random windows of T+1 ids from [start, end) of a token file: inputs are the first T, targets the last T.
/// Deterministic given <see cref="State"/>; save it with a checkpoint to resume the exact batch sequence.
/// </summary>
public sealed class BatchSampler(TokenFile file, long start, long end, int batch, int seqLen, ulong state)
{
    private readonly SplitMix64 _rng = Validate(file, start, end, seqLen, state);

    public ulong State => _rng.State;

    private static SplitMix64 Validate(TokenFile file, long start, long end, int seqLen, ulong state)
    {
        if (start < 0 || end > file.Count || end - start < seqLen + 1)
            throw new MedRecException($"token range [{start}, {end}) of {file.Path} is shorter than one window of {seqLen + 1} ids");
        return new SplitMix64(state);
    }

    /// <summary>Inputs and targets, each (batch × seqLen) row-major.</summary>
    public (long[] Inputs, long[] Targets) Next()
    {
        var x = new long[batch * seqLen];
        var y = new long[batch * seqLen];
        var window = new long[seqLen + 1];
        for (var b = 0; b < batch; b++)
        {
            var offset = start + _rng.NextInt64(end - start - seqLen);
            file.Read(offset, window);
            window.AsSpan(0, seqLen).CopyTo(x.AsSpan(b * seqLen));
            window.AsSpan(1, seqLen).CopyTo(y.AsSpan(b * seqLen));
        }
        return (x, y);
    }
}
