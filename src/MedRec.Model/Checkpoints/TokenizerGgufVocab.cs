using MedRec.Model.Tokenization;

namespace MedRec.Model.Checkpoints;

/// <summary>
/// The GGUF vocabulary of a MedRec BPE tokenizer, so llama.cpp can load and run the model: special tokens as control
/// tokens, the 256 byte tokens as &lt;0xXX&gt;, merged tokens under their byte-level (GPT-2 style) spelling, which is
/// unique per token. MedRec tokenizes and detokenizes itself; llama.cpp only sees token ids.
/// </summary>
public static class TokenizerGgufVocab
{
    public static GgufVocab From(BpeTokenizer t)
    {
        var tokens = new List<string>(t.VocabSize);
        var types = new List<int>(t.VocabSize);
        for (var id = 0; id < t.VocabSize; id++)
        {
            if (t.IsSpecial(id)) { tokens.Add(SpecialTokens.All[id]); types.Add(3); }
            else if (id < SpecialTokens.ByteOffset + 256) { tokens.Add($"<0x{id - SpecialTokens.ByteOffset:X2}>"); types.Add(6); }
            else { tokens.Add(ByteLevel.Encode(t.TokenBytes(id))); types.Add(1); }
        }
        var scores = Enumerable.Range(0, t.VocabSize).Select(i => -(float)i).ToList();
        return new GgufVocab("llama", tokens, types, t.SpecialId(SpecialTokens.Bos), t.SpecialId(SpecialTokens.Eos), scores, UnknownId: 0);
    }
}
