namespace MedRec.Model.Transformer;

/// <summary>
/// TorchSharp has no torch.autocast; this is the part we need. Inside <see cref="Bf16"/> the projections
/// multiply in bfloat16 and return float32, while parameters (the master weights) stay float32.
/// The flag is per thread, like PyTorch's.
/// </summary>
public static class Autocast
{
    [ThreadStatic] private static bool t_bf16;

    public static bool IsBf16 => t_bf16;

    /// <summary>Enable bf16 matmuls until the returned scope is disposed (nesting restores the outer value).</summary>
    public static IDisposable Bf16(bool enabled = true)
    {
        var previous = t_bf16;
        t_bf16 = enabled;
        return new Scope(previous);
    }

    private sealed class Scope(bool previous) : IDisposable
    {
        public void Dispose() => t_bf16 = previous;
    }
}
