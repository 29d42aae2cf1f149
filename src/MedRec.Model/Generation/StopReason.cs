namespace MedRec.Model.Generation;

public enum StopReason
{
    MaxTokens,
    StopToken,
    StopSequence,
    ContextFull,
    NoAllowedToken,
}
