using MedRec.Model.Tokenization;
using MedRec.Training.Corpus;

namespace MedRec.Training.Tests.Corpus;

public class TokenStreamWriterTests
{
    [Fact]
    public void WritesUInt16IdsWithEndOfDocumentAfterEachDocument()
    {
        var dir = TestData.TempDir();
        var text = Path.Combine(dir, "val.txt");
        File.WriteAllText(text, "头痛发热\n第二行 ok\n\n😀 second doc\n", CorpusFormat.Utf8);
        var tok = BpeTrainer.Train(["头痛发热 头痛发热 ok ok"], 300);
        var bin = Path.Combine(dir, "val.bin");
        var r = TokenStreamWriter.Write(tok, text, bin, "val");
        var bytes = File.ReadAllBytes(bin);
        var ids = Enumerable.Range(0, bytes.Length / 2).Select(i => (int)BitConverter.ToUInt16(bytes, 2 * i)).ToArray();
        var eos = tok.SpecialId(SpecialTokens.Eos);
        Assert.Equal(r.Tokens, ids.Length);
        Assert.Equal(2, r.Documents);
        Assert.Equal(2, ids.Count(i => i == eos));
        Assert.Equal(eos, ids[^1]);
        var first = Array.IndexOf(ids, eos);
        Assert.Equal("头痛发热\n第二行 ok", tok.Decode(ids[..first]));
        Assert.Equal("😀 second doc", tok.Decode(ids[(first + 1)..^1]));
        Assert.Equal(26, r.FileCodePoints);
        Assert.Equal("uint16", TokenStreamWriter.DType(tok.VocabSize));
        TokenStreamWriter.WriteMeta(dir, tok, "tok.json", [r]);
        Assert.Equal(ids, TokenStreamReader.ReadAll(bin));
    }
}
