namespace MedRec.Eval.Linking;

/// <summary>
/// Symptom-extraction scores. Unit: (sentence, normalised symptom) pairs — a prediction is correct when the
/// sentence's gold annotation contains the same normalised name. Negation accuracy: among correct pairs whose gold
/// status is 1 (present) or 2 (absent), the share whose predicted presence agrees.
/// </summary>
public sealed record LinkingMetrics(int Sentences, int Gold, int Predicted, int Correct, int NegationTotal, int NegationCorrect)
{
    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    public double NegationAccuracy => NegationTotal == 0 ? 0 : (double)NegationCorrect / NegationTotal;
}
