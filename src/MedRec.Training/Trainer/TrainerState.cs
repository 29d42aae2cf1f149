using System.Text.Json;
using MedRec.Core.Common;

namespace MedRec.Training.Trainer;

/// <summary>Everything besides weights and optimizer moments that a resumed run needs to continue exactly.</summary>
public sealed record TrainerState(int Step, ulong SamplerState, long TokensSeen, int BatchSize, int SeqLen, int GradAccum, int PlannedSteps)
{
    internal static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
    };

    /// <summary>One-line JSON for train_log.jsonl.</summary>
    internal static readonly JsonSerializerOptions JsonLine = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static TrainerState FromJson(string json) =>
        JsonSerializer.Deserialize<TrainerState>(json, Json) ?? throw new MedRecException("empty trainer state");

    /// <summary>
    /// Throws when the batch shape differs. A different step total is allowed (to extend a finished run), but then
    /// the LR schedule changes and the continuation is no longer the uninterrupted run.
    /// </summary>
    public void CheckCompatible(TrainerOptions o)
    {
        if (o.BatchSize != BatchSize || o.SeqLen != SeqLen || o.GradAccum != GradAccum)
            throw new MedRecException($"checkpoint was trained with batch {BatchSize}, seq {SeqLen}, accum {GradAccum}; resume with the same values");
    }
}
