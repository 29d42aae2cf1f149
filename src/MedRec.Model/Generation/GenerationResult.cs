namespace MedRec.Model.Generation;

/// <summary>The generated ids (without the prompt, the stop token or the stop sequence) and why generation ended.</summary>
public sealed record GenerationResult(IReadOnlyList<int> Tokens, StopReason Reason);
