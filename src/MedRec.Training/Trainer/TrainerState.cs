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

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static TrainerState FromJson(string json) =>
        JsonSerializer.Deserialize<TrainerState>(json, Json) ?? throw new MedRecException("empty trainer state");

    /// <summary>Throws when the options would make the resumed run differ from the original.</summary>
    public void CheckCompatible(TrainerOptions o)
    {
        if (o.BatchSize != BatchSize || o.SeqLen != SeqLen || o.GradAccum != GradAccum || o.Steps != PlannedSteps)
            throw new MedRecException($"checkpoint was trained with batch {BatchSize}, seq {SeqLen}, accum {GradAccum}, steps {PlannedSteps}; resume with the same values");
    }
}
