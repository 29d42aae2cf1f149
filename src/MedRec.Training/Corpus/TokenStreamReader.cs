using System.Text.Json;
using MedRec.Core.Common;

namespace MedRec.Training.Corpus;

/// <summary>Reads train.bin / val.bin written by <see cref="TokenStreamWriter"/>, using the dtype in tokens.json.</summary>
public static class TokenStreamReader
{
    public static int[] ReadAll(string binPath)
    {
        var meta = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(binPath))!, TokenStreamWriter.MetaFile);
        if (!File.Exists(meta)) throw new MedRecException($"{TokenStreamWriter.MetaFile} not found next to {binPath} (run `medrec corpus tokenize`)");
        using var doc = JsonDocument.Parse(File.ReadAllText(meta));
        var wide = doc.RootElement.GetProperty("dtype").GetString() == "int32";
        var bytes = File.ReadAllBytes(binPath);
        var width = wide ? 4 : 2;
        if (bytes.Length % width != 0) throw new MedRecException($"{binPath}: length {bytes.Length} is not a multiple of {width}");
        var ids = new int[bytes.Length / width];
        for (var i = 0; i < ids.Length; i++)
            ids[i] = wide ? BitConverter.ToInt32(bytes, 4 * i) : BitConverter.ToUInt16(bytes, 2 * i);
        return ids;
    }
}
