// MSBuild inline task (RoslynCodeTaskFactory, Type="Class"): marks the libstdc++ symbol-version needs of a
// native library as weak (VER_FLG_WEAK) when the host libstdc++ does not define them, so the dynamic linker
// loads it with a warning instead of refusing. It walks the ELF64 section headers to .gnu.version_r; it is
// not a byte-pattern search. Idempotent: a flag already set is left alone and the file is not rewritten.
#nullable enable
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class ElfVersionNeedPatcher : Task
{
    private const uint ShtGnuVerdef = 0x6ffffffd;
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const ushort VerFlgWeak = 0x2;

    [Required] public ITaskItem[] Files { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The needed library whose versions are checked, e.g. libstdc++.so.6.</summary>
    public string Library { get; set; } = "libstdc++.so.6";

    public override bool Execute()
    {
        var host = FindHostLibrary(Library);
        HashSet<string>? defined = null; // unknown host library: weaken every need (harmless where defined)
        try { if (host is not null) defined = DefinedVersions(File.ReadAllBytes(host)); }
        catch (Exception e) when (e is InvalidDataException or IndexOutOfRangeException or ArgumentException or OverflowException) { host = null; }
        foreach (var item in Files)
        {
            var path = item.ItemSpec;
            if (!File.Exists(path)) continue;
            var bytes = File.ReadAllBytes(path);
            List<string> patched;
            try { patched = WeakenMissing(bytes, Library, defined); }
            catch (Exception e) when (e is InvalidDataException or IndexOutOfRangeException or ArgumentException or OverflowException)
            {
                // Not fatal for the build: TorchRuntime reports the load failure in one line at run time.
                Log.LogMessage(MessageImportance.High, $"TorchSharp native patch: skipped {path}: {e.Message}");
                continue;
            }
            if (patched.Count == 0) continue;
            // Write a new file and move it over the old one: the output copy may be a hard link into the NuGet cache.
            var tmp = path + ".patch.tmp";
            File.WriteAllBytes(tmp, bytes);
            File.Delete(path);
            File.Move(tmp, path);
            Log.LogMessage(MessageImportance.High,
                $"TorchSharp native patch: {Path.GetFileName(path)} needs {string.Join(", ", patched)} which {host ?? Library} lacks; marked weak");
        }
        return !Log.HasLoggedErrors;
    }

    private static string? FindHostLibrary(string name)
    {
        var dirs = new List<string>();
        var ld = Environment.GetEnvironmentVariable("LD_LIBRARY_PATH");
        if (!string.IsNullOrEmpty(ld)) dirs.AddRange(ld.Split(new[] { ':' }, StringSplitOptions.RemoveEmptyEntries));
        dirs.AddRange(new[] { "/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib64", "/lib64", "/usr/lib", "/lib" });
        foreach (var d in dirs)
        {
            var p = Path.Combine(d, name);
            if (File.Exists(p)) return p;
        }
        return null;
    }

    private sealed class Section
    {
        public Section(uint type, ulong offset, uint link, uint info) { Type = type; Offset = offset; Link = link; Info = info; }
        public uint Type { get; }
        public ulong Offset { get; }
        public uint Link { get; }
        public uint Info { get; }
    }

    private static List<Section> Sections(byte[] b)
    {
        if (b.Length < 64 || b[0] != 0x7f || b[1] != (byte)'E' || b[2] != (byte)'L' || b[3] != (byte)'F')
            throw new InvalidDataException("not an ELF file");
        if (b[4] != 2 || b[5] != 1) throw new InvalidDataException("only little-endian ELF64 is supported");
        var shoff = BitConverter.ToUInt64(b, 0x28);
        var shentsize = BitConverter.ToUInt16(b, 0x3A);
        var shnum = BitConverter.ToUInt16(b, 0x3C);
        var list = new List<Section>(shnum);
        for (var i = 0; i < shnum; i++)
        {
            var o = checked((int)(shoff + (ulong)(i * shentsize)));
            list.Add(new Section(BitConverter.ToUInt32(b, o + 4), BitConverter.ToUInt64(b, o + 24),
                BitConverter.ToUInt32(b, o + 40), BitConverter.ToUInt32(b, o + 44)));
        }
        return list;
    }

    private static string Str(byte[] b, Section strtab, uint index)
    {
        var start = checked((int)(strtab.Offset + index));
        var end = start;
        while (b[end] != 0) end++;
        return Encoding.ASCII.GetString(b, start, end - start);
    }

    /// <summary>Version names defined by a shared library (.gnu.version_d), e.g. GLIBCXX_3.4.30.</summary>
    internal static HashSet<string> DefinedVersions(byte[] b)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var sections = Sections(b);
        foreach (var s in sections)
        {
            if (s.Type != ShtGnuVerdef) continue;
            var strtab = sections[(int)s.Link];
            var def = (int)s.Offset;
            for (var n = 0; n < s.Info; n++)
            {
                var aux = def + (int)BitConverter.ToUInt32(b, def + 12);
                names.Add(Str(b, strtab, BitConverter.ToUInt32(b, aux)));
                var next = BitConverter.ToUInt32(b, def + 16);
                if (next == 0) break;
                def += (int)next;
            }
        }
        return names;
    }

    /// <summary>Sets VER_FLG_WEAK on each need of <paramref name="library"/> not in <paramref name="defined"/>
    /// (all of them when the host library was not found). Returns the names newly marked.</summary>
    internal static List<string> WeakenMissing(byte[] b, string library, HashSet<string>? defined)
    {
        var changed = new List<string>();
        var sections = Sections(b);
        foreach (var s in sections)
        {
            if (s.Type != ShtGnuVerneed) continue;
            var strtab = sections[(int)s.Link];
            var need = (int)s.Offset;
            for (var n = 0; n < s.Info; n++)
            {
                var count = BitConverter.ToUInt16(b, need + 2);
                var file = Str(b, strtab, BitConverter.ToUInt32(b, need + 4));
                var aux = need + (int)BitConverter.ToUInt32(b, need + 8);
                for (var k = 0; k < count && file == library; k++)
                {
                    var flags = BitConverter.ToUInt16(b, aux + 4);
                    var name = Str(b, strtab, BitConverter.ToUInt32(b, aux + 8));
                    if ((defined is null || !defined.Contains(name)) && (flags & VerFlgWeak) == 0)
                    {
                        var weak = (ushort)(flags | VerFlgWeak);
                        b[aux + 4] = (byte)(weak & 0xff);
                        b[aux + 5] = (byte)(weak >> 8);
                        changed.Add(name);
                    }
                    var nextAux = BitConverter.ToUInt32(b, aux + 12);
                    if (nextAux == 0) break;
                    aux += (int)nextAux;
                }
                var next = BitConverter.ToUInt32(b, need + 12);
                if (next == 0) break;
                need += (int)next;
            }
        }
        return changed;
    }
}
