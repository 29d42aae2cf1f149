using MedRec.Core.Common;

namespace MedRec.Training.Corpus;

/// <summary>
/// The corpus leaves out the check and drug lists of the diseases the KG holds out for its exam/drug evaluation
/// (<see cref="DiseaseHoldOut"/>), so pretraining never sees the hidden answers.
/// </summary>
public static class HoldOutRule
{
    public static bool IsHoldOutDisease(string name) => DiseaseHoldOut.Contains(name);
}
