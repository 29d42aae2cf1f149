using System.Runtime.InteropServices;
using MedRec.Core.Common;
using static TorchSharp.torch;

namespace MedRec.Model.Transformer;

/// <summary>
/// Loads libtorch once and turns a load failure into one clear line. The native library is probed with dlopen
/// first, which gives the real reason (e.g. a missing GLIBCXX version) and keeps TorchSharp from printing its
/// multi-page loader trace to stdout.
/// </summary>
public static class TorchRuntime
{
    private const string Native = "libLibTorchSharp.so";
    private static readonly Lazy<string?> s_error = new(TryLoad);

    public static void EnsureLoaded()
    {
        if (s_error.Value is { } error)
            throw new MedRecException($"libtorch could not be loaded ({error}); rebuild so build/TorchSharpNativePatch.targets patches {Native}");
    }

    /// <summary>Whether <see cref="NativeHeap.RetainFreedMemory"/> took effect when libtorch was loaded.</summary>
    public static bool HeapTuned { get; private set; }

    private static string? TryLoad()
    {
        HeapTuned = NativeHeap.RetainFreedMemory(); // before libtorch's first large allocation
        var path = Path.Combine(AppContext.BaseDirectory, Native);
        if (OperatingSystem.IsLinux() && File.Exists(path))
        {
            // Stays loaded on success: TorchSharp's own load then finds it.
            try { NativeLibrary.Load(path); }
            catch (DllNotFoundException e) { return LastLine(e.Message); } // .NET puts dlerror() after its own advice
        }
        try
        {
            using var t = zeros(1);
            return null;
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or NotSupportedException or BadImageFormatException)
        {
            var inner = e;
            while (inner.InnerException is not null) inner = inner.InnerException;
            return FirstLine(inner.Message);
        }
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    private static string LastLine(string message) => message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1];
}
