namespace MedRec.Eval.LanguageModel;

/// <summary>Reference points for the model's validation bits per character.</summary>
public sealed record LmAnchorResult(
    double NgramBpc,
    double XzBpc,
    long ValChars,
    long TrainChars,
    int NgramOrder,
    int NgramVocabulary,
    long XzBytes,
    double FitSeconds);
