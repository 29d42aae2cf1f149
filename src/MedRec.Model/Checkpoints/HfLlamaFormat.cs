using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MedRec.Core.Common;
using MedRec.Model.Transformer;
using static TorchSharp.torch;

namespace MedRec.Model.Checkpoints;

/// <summary>
/// Export to and import from the Hugging Face Llama layout (config.json + model.safetensors, tied embeddings,
/// so no lm_head.weight). The key mapping is in README.md; RoPE already uses HF's rotate-half pairing, so q/k
/// weights need no permutation.
/// </summary>
public static partial class HfLlamaFormat
{
    private static readonly (string Ours, string Hf)[] s_layerKeys =
    [
        ("attn_norm.weight", "input_layernorm.weight"),
        ("attn.wq.weight", "self_attn.q_proj.weight"),
        ("attn.wk.weight", "self_attn.k_proj.weight"),
        ("attn.wv.weight", "self_attn.v_proj.weight"),
        ("attn.wo.weight", "self_attn.o_proj.weight"),
        ("ffn_norm.weight", "post_attention_layernorm.weight"),
        ("ffn.w1.weight", "mlp.gate_proj.weight"),
        ("ffn.w3.weight", "mlp.up_proj.weight"),
        ("ffn.w2.weight", "mlp.down_proj.weight"),
    ];

    [GeneratedRegex(@"^layers\.(\d+)\.(.+)$")] private static partial Regex OurLayer();
    [GeneratedRegex(@"^model\.layers\.(\d+)\.(.+)$")] private static partial Regex HfLayer();

    public static string ToHf(string ours)
    {
        if (ours == "embed.weight") return "model.embed_tokens.weight";
        if (ours == "norm.weight") return "model.norm.weight";
        var m = OurLayer().Match(ours);
        var pair = m.Success ? s_layerKeys.FirstOrDefault(k => k.Ours == m.Groups[2].Value) : default;
        return pair.Hf is null ? throw new MedRecException($"no Hugging Face name for weight '{ours}'") : $"model.layers.{m.Groups[1].Value}.{pair.Hf}";
    }

    public static string FromHf(string hf)
    {
        if (hf == "model.embed_tokens.weight") return "embed.weight";
        if (hf == "model.norm.weight") return "norm.weight";
        var m = HfLayer().Match(hf);
        var pair = m.Success ? s_layerKeys.FirstOrDefault(k => k.Hf == m.Groups[2].Value) : default;
        return pair.Ours is null ? throw new MedRecException($"unsupported Hugging Face weight '{hf}'") : $"layers.{m.Groups[1].Value}.{pair.Ours}";
    }

    public static void Export(LlamaModel model, string dir, SafeTensorDType dtype = SafeTensorDType.F32)
    {
        Directory.CreateDirectory(dir);
        var c = model.Config;
        var config = new JsonObject
        {
            ["architectures"] = new JsonArray("LlamaForCausalLM"),
            ["model_type"] = "llama",
            ["vocab_size"] = c.VocabSize,
            ["hidden_size"] = c.Dim,
            ["intermediate_size"] = c.FfnHidden,
            ["num_hidden_layers"] = c.Layers,
            ["num_attention_heads"] = c.Heads,
            ["num_key_value_heads"] = c.KvHeads,
            ["max_position_embeddings"] = c.MaxSeqLen,
            ["rope_theta"] = c.RopeTheta,
            ["rms_norm_eps"] = c.NormEps,
            ["hidden_act"] = "silu",
            ["attention_bias"] = false,
            ["mlp_bias"] = false,
            ["tie_word_embeddings"] = true,
            ["torch_dtype"] = dtype == SafeTensorDType.BF16 ? "bfloat16" : "float32",
        };
        File.WriteAllText(Path.Combine(dir, "config.json"), config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        SafeTensors.Write(Path.Combine(dir, "model.safetensors"),
            model.named_parameters().Select(p => (ToHf(p.name), (Tensor)p.parameter)), dtype,
            new Dictionary<string, string> { ["format"] = "pt" });
    }

    public static LlamaModel Load(string dir)
    {
        var path = Path.Combine(dir, "config.json");
        if (!File.Exists(path)) throw new MedRecException($"no Hugging Face config.json in {dir}");
        var j = JsonNode.Parse(File.ReadAllText(path)) ?? throw new MedRecException($"empty {path}");
        if (j["model_type"]?.GetValue<string>() != "llama") throw new MedRecException($"{path} is not a llama model");
        if (j["tie_word_embeddings"]?.GetValue<bool>() == false) throw new MedRecException("only tied-embedding Llama models are supported");
        int Int(string key) => j[key]?.GetValue<int>() ?? throw new MedRecException($"{path} lacks {key}");
        var heads = Int("num_attention_heads");
        var config = new ModelConfig(Int("vocab_size"), Int("hidden_size"), Int("num_hidden_layers"), heads,
            j["num_key_value_heads"]?.GetValue<int>() ?? heads, Int("intermediate_size"), Int("max_position_embeddings"),
            j["rope_theta"]?.GetValue<double>() ?? 10000.0, j["rms_norm_eps"]?.GetValue<double>() ?? 1e-5);
        var model = new LlamaModel(config);
        var weights = SafeTensors.Read(Path.Combine(dir, "model.safetensors")).Tensors
            .Where(w => w.Name != "lm_head.weight") // some writers store the tied head anyway
            .Select(w => (FromHf(w.Name), w.Tensor));
        ModelCheckpoint.LoadWeights(model, weights);
        return model;
    }
}
