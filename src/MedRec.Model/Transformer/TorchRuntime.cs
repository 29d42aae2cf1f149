using MedRec.Core.Common;
using static TorchSharp.torch;

namespace MedRec.Model.Transformer;

/// <summary>Loads libtorch once and turns a load failure into one clear line instead of a type-initializer trace.</summary>
public static class TorchRuntime
{
    private static readonly Lazy<string?> s_error = new(TryLoad);

    public static void EnsureLoaded()
    {
        if (s_error.Value is { } error)
            throw new MedRecException($"libtorch could not be loaded ({error}); rebuild so build/TorchSharpNativePatch.targets patches libLibTorchSharp.so");
    }

    private static string? TryLoad()
    {
        try
        {
            using var t = zeros(1);
            return null;
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or NotSupportedException or BadImageFormatException)
        {
            var inner = e;
            while (inner.InnerException is not null) inner = inner.InnerException;
            return inner.Message.Split('\n')[0].Trim();
        }
    }
}
