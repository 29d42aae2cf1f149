using System.ComponentModel;
using System.Diagnostics;
using MedRec.Core.Common;

namespace MedRec.Eval.LanguageModel;

/// <summary>Size of a file compressed by the `xz` binary at -9 (single thread, so the result is reproducible).</summary>
public static class XzCompressor
{
    public static long CompressedBytes(string path)
    {
        if (!File.Exists(path)) throw new MedRecException($"file not found: {path}");
        var psi = new ProcessStartInfo("xz") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "-9", "-c", "-T1", "--", path }) psi.ArgumentList.Add(a);
        Process p;
        try { p = Process.Start(psi) ?? throw new MedRecException("could not start xz"); }
        catch (Win32Exception) { throw new MedRecException("xz not found on PATH (install xz-utils) — needed for the xz anchor"); }
        using (p)
        {
            var err = p.StandardError.ReadToEndAsync();
            long total = 0;
            var buf = new byte[1 << 16];
            int read;
            var s = p.StandardOutput.BaseStream;
            while ((read = s.Read(buf, 0, buf.Length)) > 0) total += read;
            p.WaitForExit();
            if (p.ExitCode != 0) throw new MedRecException($"xz failed ({p.ExitCode}): {err.Result.Trim()}");
            return total;
        }
    }
}
