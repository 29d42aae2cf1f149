using MedRec.Core.Common;
using TorchSharp.Modules;
using TorchSharp.Utils;
using static TorchSharp.torch;

namespace MedRec.Model.Transformer;

/// <summary>
/// Llama-style decoder-only transformer (RMSNorm, RoPE, SwiGLU, optional GQA) with the output head tied to the
/// token embedding by using the one parameter for both. Weight keys are frozen by tests/…/ParameterNames.approved.txt.
/// Not here: dropout (CPU-scale training does not need it), biases, sliding windows.
/// </summary>
public sealed class LlamaModel : nn.Module
{
    [ComponentName(Name = "embed")] private readonly Embedding _embed;
    [ComponentName(Name = "layers")] private readonly ModuleList<TransformerBlock> _layers;
    [ComponentName(Name = "norm")] private readonly RmsNorm _norm;
    [ComponentName(Name = "rope")] private readonly Rope _rope;

    public ModelConfig Config { get; }

    /// <summary>A model with GPT-2 initialisation drawn from <paramref name="seed"/> (no global RNG is touched).</summary>
    public LlamaModel(ModelConfig config, long seed = 1337) : base(nameof(LlamaModel))
    {
        Config = config.Validate();
        _embed = nn.Embedding(config.VocabSize, config.Dim);
        _layers = new ModuleList<TransformerBlock>(Enumerable.Range(0, config.Layers).Select(i => new TransformerBlock(config, i)).ToArray());
        _norm = new RmsNorm(config.Dim, config.NormEps);
        _rope = new Rope(config.HeadDim, config.MaxSeqLen, config.RopeTheta);
        RegisterComponents();
        Initialise(seed);
    }

    /// <summary>The (V, C) embedding matrix, also the output projection.</summary>
    public Parameter TokenEmbedding => _embed.weight ?? throw new InvalidOperationException("embedding has no weight");

    public long ParameterCount => parameters().Sum(p => p.numel());

    private void Initialise(long seed)
    {
        using var noGrad = no_grad();
        using var gen = new Generator((ulong)seed);
        var residualStd = 0.02 / Math.Sqrt(2.0 * Config.Layers);
        var residual = _layers.SelectMany(l => l.ResidualProjections).Select(p => p.Weight.Handle).ToHashSet();
        foreach (var (name, p) in named_parameters())
        {
            if (name.EndsWith("norm.weight", StringComparison.Ordinal)) nn.init.ones_(p);
            else p.normal_(0, residual.Contains(p.Handle) ? residualStd : 0.02, gen); // nn.init.normal_ ignores the generator
        }
    }

    /// <summary>Final-normed hidden states (B, T, C) for tokens (B, T); the backbone for task heads.</summary>
    public Tensor Hidden(Tensor tokens, KvCache? cache = null)
    {
        var start = cache?.Length ?? 0;
        if (tokens.shape[1] + start > Config.MaxSeqLen)
            throw new MedRecException($"sequence of {tokens.shape[1] + start} tokens exceeds the model's maximum of {Config.MaxSeqLen}");
        using var scope = NewDisposeScope();
        var x = _embed.forward(tokens); // (B, T, C)
        foreach (var block in _layers) x = block.forward(x, _rope, cache, start);
        return scope.MoveToOuter(_norm.forward(x)); // (B, T, C)
    }

    /// <summary>Logits (B, T, V); with targets (B, T), also the mean cross-entropy (targets of -100 are ignored).</summary>
    public ModelOutput forward(Tensor tokens, Tensor? targets = null)
    {
        using var scope = NewDisposeScope();
        var logits = Projection.Linear(Hidden(tokens), TokenEmbedding); // (B, T, V)
        Tensor? loss = null;
        if (targets is not null)
            loss = nn.functional.cross_entropy(logits.view(-1, Config.VocabSize), targets.view(-1)).MoveToOuterDisposeScope();
        return new ModelOutput(logits.MoveToOuterDisposeScope(), loss);
    }

    /// <summary>Inference: logits (B, V) of the last position only; appends to <paramref name="cache"/> when given.</summary>
    public Tensor NextTokenLogits(Tensor tokens, KvCache? cache = null)
    {
        using var scope = NewDisposeScope();
        var h = Hidden(tokens, cache); // (B, T, C)
        var last = h.select(1, h.shape[1] - 1); // (B, C)
        return scope.MoveToOuter(Projection.Linear(last, TokenEmbedding)); // (B, V)
    }

    public KvCache NewCache() => new(Config.Layers);
}
