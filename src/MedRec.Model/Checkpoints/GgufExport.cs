using MedRec.Core.Common;
using MedRec.Model.Transformer;
using static TorchSharp.torch;

namespace MedRec.Model.Checkpoints;

/// <summary>
/// Exports a <see cref="LlamaModel"/> as a llama.cpp GGUF ("llama" architecture). llama.cpp rotates adjacent pairs,
/// so q/k rows are permuted from our rotate-half layout, as llama.cpp's own HF converter does. Tied embeddings:
/// no output.weight (llama.cpp then uses token_embd). Norm weights are always F32.
/// </summary>
public static class GgufExport
{
    private static readonly (string Ours, string Gguf)[] s_layerKeys =
    [
        ("attn_norm.weight", "attn_norm.weight"), ("attn.wq.weight", "attn_q.weight"), ("attn.wk.weight", "attn_k.weight"),
        ("attn.wv.weight", "attn_v.weight"), ("attn.wo.weight", "attn_output.weight"), ("ffn_norm.weight", "ffn_norm.weight"),
        ("ffn.w1.weight", "ffn_gate.weight"), ("ffn.w3.weight", "ffn_up.weight"), ("ffn.w2.weight", "ffn_down.weight"),
    ];

    public static string ToGguf(string ours)
    {
        if (ours == "embed.weight") return "token_embd.weight";
        if (ours == "norm.weight") return "output_norm.weight";
        var parts = ours.Split('.', 3);
        var pair = parts.Length == 3 && parts[0] == "layers" ? s_layerKeys.FirstOrDefault(k => k.Ours == parts[2]) : default;
        return pair.Gguf is null ? throw new MedRecException($"no GGUF name for weight '{ours}'") : $"blk.{parts[1]}.{pair.Gguf}";
    }

    public static void Export(LlamaModel model, string path, GgufVocab vocab, bool f16 = false, string name = "medrec")
    {
        var c = model.Config;
        if (vocab.Tokens.Count != c.VocabSize || vocab.TokenTypes.Count != c.VocabSize)
            throw new MedRecException($"GGUF vocabulary has {vocab.Tokens.Count} tokens, the model {c.VocabSize}");
        var g = new GgufWriter();
        g.Add("general.architecture", "llama");
        g.Add("general.name", name);
        g.Add("general.file_type", f16 ? 1u : 0u);
        g.Add("llama.vocab_size", (uint)c.VocabSize);
        g.Add("llama.context_length", (uint)c.MaxSeqLen);
        g.Add("llama.embedding_length", (uint)c.Dim);
        g.Add("llama.block_count", (uint)c.Layers);
        g.Add("llama.feed_forward_length", (uint)c.FfnHidden);
        g.Add("llama.attention.head_count", (uint)c.Heads);
        g.Add("llama.attention.head_count_kv", (uint)c.KvHeads);
        g.Add("llama.rope.dimension_count", (uint)c.HeadDim);
        g.Add("llama.rope.freq_base", (float)c.RopeTheta);
        g.Add("llama.attention.layer_norm_rms_epsilon", (float)c.NormEps);
        g.Add("tokenizer.ggml.model", vocab.Model);
        g.Add("tokenizer.ggml.tokens", vocab.Tokens);
        g.Add("tokenizer.ggml.token_type", vocab.TokenTypes);
        if (vocab.Scores is { } scores) g.Add("tokenizer.ggml.scores", scores);
        if (vocab.Merges is { } merges) g.Add("tokenizer.ggml.merges", merges);
        g.Add("tokenizer.ggml.bos_token_id", (uint)vocab.BosId);
        g.Add("tokenizer.ggml.eos_token_id", (uint)vocab.EosId);
        if (vocab.UnknownId is { } unk) g.Add("tokenizer.ggml.unknown_token_id", (uint)unk);
        g.Add("tokenizer.ggml.add_bos_token", false);
        foreach (var (key, p) in model.named_parameters())
        {
            using var scope = NewDisposeScope();
            var w = p.detach();
            if (key.EndsWith("attn.wq.weight", StringComparison.Ordinal)) w = PairAdjacent(w, c.Heads);
            else if (key.EndsWith("attn.wk.weight", StringComparison.Ordinal)) w = PairAdjacent(w, c.KvHeads);
            g.AddTensor(ToGguf(key), p.shape, w.contiguous().data<float>().ToArray(), f16 && p.dim() == 2);
        }
        g.Save(path);
    }

    /// <summary>Rows (h, half, i) → (h, i, half): rotate-half pairs (i, i + D/2) become adjacent pairs (2i, 2i + 1).</summary>
    private static Tensor PairAdjacent(Tensor w, int heads)
    {
        var rows = w.shape[0];
        var cols = w.shape[1];
        var headDim = rows / heads;
        return w.view(heads, 2, headDim / 2, cols).transpose(1, 2).reshape(rows, cols); // (H·D, C)
    }
}
