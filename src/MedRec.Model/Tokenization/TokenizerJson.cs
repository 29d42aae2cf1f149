using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MedRec.Model.Tokenization;

/// <summary>
/// tokenizer.json in the Hugging Face `tokenizers` layout: model.type "BPE" with ByteLevel-encoded vocab and merges,
/// special tokens in added_tokens (and in the vocab, ids 0..8). The pre_tokenizer regex approximates
/// <see cref="PreTokenizer"/>; MedRec always loads with its own pre-tokenizer. For llama.cpp the 256 byte tokens
/// (ids 9..264) are named &lt;0xXX&gt; on export (<see cref="SpecialTokens.ByteName"/>).
/// </summary>
public static class TokenizerJson
{
    private static readonly JsonSerializerOptions s_write = new() { WriteIndented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Save(BpeTokenizer t, string path)
    {
        var vocab = new JsonObject();
        for (var id = 0; id < t.VocabSize; id++) vocab[VocabString(t, id)] = id;
        var merges = new JsonArray();
        foreach (var (l, r) in t.Merges) merges.Add(new JsonArray(VocabString(t, l), VocabString(t, r)));
        var added = new JsonArray();
        for (var i = 0; i < SpecialTokens.All.Count; i++)
            added.Add(new JsonObject
            {
                ["id"] = i, ["content"] = SpecialTokens.All[i], ["single_word"] = false, ["lstrip"] = false,
                ["rstrip"] = false, ["normalized"] = false, ["special"] = true,
            });
        var root = new JsonObject
        {
            ["version"] = "1.0",
            ["truncation"] = null,
            ["padding"] = null,
            ["added_tokens"] = added,
            ["normalizer"] = null,
            ["pre_tokenizer"] = new JsonObject
            {
                ["type"] = "Sequence",
                ["pretokenizers"] = new JsonArray(
                    new JsonObject { ["type"] = "Split", ["pattern"] = new JsonObject { ["Regex"] = PreTokenizer.Regex }, ["behavior"] = "Isolated", ["invert"] = false },
                    new JsonObject { ["type"] = "ByteLevel", ["add_prefix_space"] = false, ["trim_offsets"] = false, ["use_regex"] = false }),
            },
            ["post_processor"] = null,
            ["decoder"] = new JsonObject { ["type"] = "ByteLevel", ["add_prefix_space"] = false, ["trim_offsets"] = false, ["use_regex"] = false },
            ["model"] = new JsonObject
            {
                ["type"] = "BPE", ["dropout"] = null, ["unk_token"] = null, ["continuing_subword_prefix"] = null,
                ["end_of_word_suffix"] = null, ["fuse_unk"] = false, ["byte_fallback"] = false, ["ignore_merges"] = false,
                ["vocab"] = vocab, ["merges"] = merges,
            },
        };
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (dir is not null) Directory.CreateDirectory(dir);
        File.WriteAllText(path, root.ToJsonString(s_write));
    }

    public static BpeTokenizer Load(string path)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"tokenizer file not found: {path}", path);
        var root = JsonNode.Parse(File.ReadAllText(path)) ?? throw new FormatException($"{path}: empty JSON");
        var model = root["model"] ?? throw new FormatException($"{path}: no \"model\"");
        if ((string?)model["type"] != "BPE") throw new FormatException($"{path}: model.type must be BPE");
        var vocab = model["vocab"]!.AsObject().ToDictionary(p => p.Key, p => (int)p.Value!);
        var offset = SpecialTokens.ByteOffset;
        for (var b = 0; b < 256; b++)
            if (vocab.GetValueOrDefault(ByteLevel.Encode([(byte)b]), -1) != offset + b)
                throw new FormatException($"{path}: byte token {b} must have id {offset + b}");
        var merges = new List<(int, int)>();
        foreach (var m in model["merges"]!.AsArray())
        {
            var (a, b) = m is JsonArray arr ? ((string)arr[0]!, (string)arr[1]!) : Split((string)m!);
            if (vocab.GetValueOrDefault(a + b, -1) != offset + 256 + merges.Count)
                throw new FormatException($"{path}: merge {merges.Count} ({a} {b}) must create id {offset + 256 + merges.Count}");
            merges.Add((vocab[a], vocab[b]));
        }
        return new BpeTokenizer(merges);
    }

    private static (string, string) Split(string merge)
    {
        var i = merge.IndexOf(' ', StringComparison.Ordinal);
        return i > 0 ? (merge[..i], merge[(i + 1)..]) : throw new FormatException($"bad merge '{merge}'");
    }

    private static string VocabString(BpeTokenizer t, int id) =>
        t.IsSpecial(id) ? SpecialTokens.All[id] : ByteLevel.Encode(t.TokenBytes(id));
}
