using MedRec.Core.Common;
using MedRec.Model.Checkpoints;
using MedRec.Model.Transformer;
using TorchSharp.Modules;

namespace MedRec.Training.Trainer;

/// <summary>
/// A resumable checkpoint folder: the model checkpoint (config + fp32 weights), optimizer.bin (AdamW moments and
/// step counts) and trainer_state.json (step, sampler RNG state). Written to a temporary folder, then swapped in,
/// so an interruption never leaves half a checkpoint.
/// </summary>
public static class TrainingCheckpoint
{
    public const string OptimizerFile = "optimizer.bin";
    public const string StateFile = "trainer_state.json";

    public static bool Exists(string dir) => Complete(dir) || Complete(Path.GetFullPath(dir) + ".old");

    private static bool Complete(string dir) => ModelCheckpoint.Exists(dir) && File.Exists(Path.Combine(dir, StateFile));

    public static void Save(string dir, LlamaModel model, OptimizerHelper optimizer, TrainerState state)
    {
        var full = Path.GetFullPath(dir);
        var tmp = full + ".tmp";
        if (Directory.Exists(tmp)) Directory.Delete(tmp, true);
        ModelCheckpoint.Save(model, tmp);
        optimizer.save_state_dict(Path.Combine(tmp, OptimizerFile));
        File.WriteAllText(Path.Combine(tmp, StateFile), state.ToJson());
        var old = full + ".old";
        if (Directory.Exists(old)) Directory.Delete(old, true);
        if (Directory.Exists(full)) Directory.Move(full, old);
        Directory.Move(tmp, full);
        if (Directory.Exists(old)) Directory.Delete(old, true);
    }

    /// <summary>Loads weights into <paramref name="model"/> (configs must match) and moments into the optimizer.</summary>
    public static TrainerState Load(string dir, LlamaModel model, OptimizerHelper optimizer)
    {
        if (!Exists(dir)) throw new MedRecException($"no training checkpoint in {dir}");
        if (!Complete(dir)) dir = Path.GetFullPath(dir) + ".old"; // interrupted between the two renames of Save
        var config = ModelConfig.FromJson(File.ReadAllText(Path.Combine(dir, ModelCheckpoint.ConfigFile)));
        if (config != model.Config) throw new MedRecException($"checkpoint in {dir} is for a different model config");
        ModelCheckpoint.LoadWeights(model, SafeTensors.Read(Path.Combine(dir, ModelCheckpoint.WeightsFile)).Tensors);
        optimizer.load_state_dict(Path.Combine(dir, OptimizerFile));
        return TrainerState.FromJson(File.ReadAllText(Path.Combine(dir, StateFile)));
    }
}
