using System.Runtime.InteropServices;

namespace MedRec.Model.Transformer;

/// <summary>
/// Keeps freed native memory in the process instead of handing it back to the kernel. glibc serves every allocation
/// above its mmap threshold (at most 32 MB) with a fresh mmap and unmaps it on free; libtorch allocates the logits,
/// their gradients and the other large activations anew every training step, so each step page-faulted hundreds of
/// MB back in — measured here as a third of all CPU samples in the kernel and 2.4× fewer tokens/s. With mmap off
/// (M_MMAP_MAX 0) and no trimming of the heap top, freed blocks are reused; the cost is that resident memory stays
/// at its high-water mark. Applied once when libtorch loads (<see cref="TorchRuntime"/>); skipped when the user set
/// any MALLOC_*_ variable (explicit tuning wins) or <c>MEDREC_NATIVE_HEAP=default</c> (glibc's own behaviour, for
/// comparisons). See docs/adr/0007-native-heap.md.
/// </summary>
public static partial class NativeHeap
{
    private const int M_TRIM_THRESHOLD = -1, M_TOP_PAD = -2, M_MMAP_MAX = -4;
    private const int TopPad = 256 << 20;

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int Mallopt(int param, int value);

    /// <summary>True when the settings were applied (Linux with glibc, no MALLOC_* variable set).</summary>
    public static bool RetainFreedMemory()
    {
        if (!OperatingSystem.IsLinux() || OptedOut) return false;
        try
        {
            return Mallopt(M_MMAP_MAX, 0) == 1 & Mallopt(M_TRIM_THRESHOLD, int.MaxValue) == 1 & Mallopt(M_TOP_PAD, TopPad) == 1;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false; // not glibc (e.g. musl): nothing to tune
        }
    }

    /// <summary>True when MEDREC_NATIVE_HEAP=default or any MALLOC_*_ variable is set: the tuning is then left alone.</summary>
    public static bool OptedOut =>
        Environment.GetEnvironmentVariable("MEDREC_NATIVE_HEAP") == "default" ||
        Environment.GetEnvironmentVariables().Keys.Cast<string>().Any(k => k.StartsWith("MALLOC_", StringComparison.Ordinal) && k.EndsWith('_'));
}
