using MedRec.Core.Common;
using MedRec.Model.Transformer;
using static TorchSharp.torch;

namespace MedRec.Model.Checkpoints;

/// <summary>
/// Our own model checkpoint: model_config.json (<see cref="ModelConfig"/>) and model.safetensors with our weight
/// keys in float32, so a reload is bit-exact. Training adds its own files to the same directory.
/// </summary>
public static class ModelCheckpoint
{
    public const string ConfigFile = "model_config.json";
    public const string WeightsFile = "model.safetensors";

    public static void Save(LlamaModel model, string dir)
    {
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, ConfigFile), model.Config.ToJson());
        SafeTensors.Write(Path.Combine(dir, WeightsFile), model.named_parameters().Select(p => (p.name, (Tensor)p.parameter)),
            SafeTensorDType.F32, new Dictionary<string, string> { ["format"] = "medrec" });
    }

    public static bool Exists(string dir) =>
        File.Exists(Path.Combine(dir, ConfigFile)) && File.Exists(Path.Combine(dir, WeightsFile));

    public static LlamaModel Load(string dir)
    {
        var configPath = Path.Combine(dir, ConfigFile);
        if (!File.Exists(configPath)) throw new MedRecException($"no model checkpoint in {dir} ({ConfigFile} missing)");
        var model = new LlamaModel(ModelConfig.FromJson(File.ReadAllText(configPath)));
        LoadWeights(model, SafeTensors.Read(Path.Combine(dir, WeightsFile)).Tensors);
        return model;
    }

    /// <summary>Copies named float32 tensors into the model; every parameter must be present with its shape.</summary>
    public static void LoadWeights(LlamaModel model, IEnumerable<(string Name, Tensor Tensor)> weights)
    {
        var byName = weights.ToDictionary(w => w.Name, w => w.Tensor);
        using var noGrad = no_grad();
        foreach (var (name, p) in model.named_parameters())
        {
            if (!byName.TryGetValue(name, out var t)) throw new MedRecException($"checkpoint lacks weight '{name}'");
            if (!t.shape.SequenceEqual(p.shape))
                throw new MedRecException($"weight '{name}' has shape [{string.Join(", ", t.shape)}], model expects [{string.Join(", ", p.shape)}]");
            p.copy_(t);
        }
        foreach (var t in byName.Values) t.Dispose();
    }
}
