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
        var theirs = llama.Generate(prompt, 12, new HashSet<int>());
        Assert.Equal(ours, theirs);
    }
}
