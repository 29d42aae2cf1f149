using System.Runtime.InteropServices;
using MedRec.Model.Transformer;

namespace MedRec.Model.Tests.Transformer;

public sealed class NativeHeapTests
{
    [SkippableFact]
    public unsafe void A_freed_large_block_is_reused_without_new_page_faults()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "glibc malloc tuning is Linux-only");
        Skip.If(NativeHeap.OptedOut, "MALLOC_* or MEDREC_NATIVE_HEAP set in this environment");
        Assert.True(NativeHeap.RetainFreedMemory());
        const int size = 40 << 20; // above glibc's largest mmap threshold (32 MB): mmapped afresh every time by default
        Touch(size); // first use faults the pages in
        var before = MinorFaults();
        Touch(size);
        var faults = MinorFaults() - before;
        Assert.True(faults < 2000, $"{faults} page faults re-touching a freed 40 MB block (about 10,240 when it is unmapped on free)");
    }

    private static unsafe void Touch(int size)
    {
        var p = (byte*)NativeMemory.Alloc((nuint)size);
        for (var i = 0; i < size; i += 4096) p[i] = 1;
        NativeMemory.Free(p);
    }

    /// <summary>minflt, the 10th field of /proc/self/stat (after the parenthesised command name).</summary>
    private static long MinorFaults()
    {
        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[7]);
    }
}
