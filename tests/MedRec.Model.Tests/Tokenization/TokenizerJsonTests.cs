using System.Text.Json;
using MedRec.Model.Tokenization;

namespace MedRec.Model.Tests.Tokenization;

public class TokenizerJsonTests(TokenizerFixture f) : IClassFixture<TokenizerFixture>
{
    [Fact]
    public void SaveLoadKeepsEncodingAndHfLayout()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tok-{Guid.NewGuid():N}.json");
        TokenizerJson.Save(f.Tokenizer, path);
        var loaded = TokenizerJson.Load(path);
        Assert.Equal(f.Tokenizer.VocabSize, loaded.VocabSize);
        foreach (var s in TokenizerFixture.Texts) Assert.Equal(f.Tokenizer.Encode(s), loaded.Encode(s));
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var model = doc.RootElement.GetProperty("model");
        Assert.Equal("BPE", model.GetProperty("type").GetString());
        Assert.Equal(f.Tokenizer.VocabSize, model.GetProperty("vocab").EnumerateObject().Count());
        Assert.Equal(SpecialTokens.ByteOffset + 0x20, model.GetProperty("vocab").GetProperty("Ġ").GetInt32());
        Assert.Equal("<|user|>", doc.RootElement.GetProperty("added_tokens")[4].GetProperty("content").GetString());
        File.Delete(path);
    }

    [Fact]
    public void RejectsAMergeOutOfOrder()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tok-{Guid.NewGuid():N}.json");
        TokenizerJson.Save(f.Tokenizer, path);
        var text = File.ReadAllText(path);
        var node = System.Text.Json.Nodes.JsonNode.Parse(text)!;
        var merges = node["model"]!["merges"]!.AsArray();
        var first = merges[0]!.DeepClone();
        merges.RemoveAt(0);
        merges.Add(first);
        File.WriteAllText(path, node.ToJsonString());
        Assert.Throws<FormatException>(() => TokenizerJson.Load(path));
        File.Delete(path);
    }
}
