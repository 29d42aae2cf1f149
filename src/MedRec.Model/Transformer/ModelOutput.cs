using static TorchSharp.torch;

namespace MedRec.Model.Transformer;

/// <summary>Logits (B, T, V) and, when targets were given, the mean cross-entropy loss (scalar).</summary>
public sealed record ModelOutput(Tensor Logits, Tensor? Loss);
