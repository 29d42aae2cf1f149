using MedRec.Model.Checkpoints;
using MedRec.Model.Generation;
using MedRec.Model.LlamaCpp;
using MedRec.Model.Tokenization;
using MedRec.Model.Transformer;
using static TorchSharp.torch;

namespace MedRec.Model.Tests.LlamaCpp;

[Collection(TorchCollection.Name)]
public sealed class LlamaCppGeneratorTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"medrec-gen-{Guid.NewGuid():N}.gguf");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Greedy_llama_cpp_continuation_equals_ours_with_the_real_tokenizer_vocabulary()
    {
        var tokenizer = BpeTokenizer.BytesOnly();
        using var model = new LlamaModel(ModelConfig.Tiny(tokenizer.VocabSize), seed: 5);
        using (no_grad()) foreach (var (name, w) in model.named_parameters()) if (!name.EndsWith("norm.weight")) w.mul_(8); // sharp logits: no near-ties
        GgufExport.Export(model, _path, TokenizerGgufVocab.From(tokenizer));
        var prompt = tokenizer.Encode("咳嗽三天");
        var ours = TokenGenerator.Generate(model, prompt, new GenerationOptions { MaxNewTokens = 12 }, default).Tokens;
        using var llama = new LlamaCppGenerator(_path, contextSize: 64, threads: 1);
        var theirs = llama.Generate(prompt, new GenerationOptions { MaxNewTokens = 12 }).Tokens;
        Assert.Equal(ours, theirs);
    }

    [Fact]
    public void Llama_cpp_honours_the_same_decoding_options_as_ours()
    {
        var tokenizer = BpeTokenizer.BytesOnly();
        using var model = new LlamaModel(ModelConfig.Tiny(tokenizer.VocabSize), seed: 6);
        using (no_grad()) foreach (var (name, w) in model.named_parameters()) if (!name.EndsWith("norm.weight")) w.mul_(8);
        GgufExport.Export(model, _path, TokenizerGgufVocab.From(tokenizer));
        var prompt = tokenizer.Encode("发热");
        var o = new GenerationOptions { MaxNewTokens = 16, RepetitionPenalty = 1.3, RepetitionWindow = 8 };
        var ours = TokenGenerator.Generate(model, prompt, o).Tokens;
        using var llama = new LlamaCppGenerator(_path, contextSize: 64, threads: 1);
        Assert.Equal(ours, llama.Generate(prompt, o).Tokens);
        var allowed = ours.Take(3).ToHashSet();
        var constrained = o with { AllowedTokens = _ => allowed, StopSequences = [[ours[0], ours[1]]] };
        var a = TokenGenerator.Generate(model, prompt, constrained);
        var b = llama.Generate(prompt, constrained);
        Assert.Equal(a.Tokens, b.Tokens);
        Assert.Equal(a.Reason, b.Reason);
        Assert.All(b.Tokens, t => Assert.Contains(t, allowed));
    }
}
