namespace MedRec.Model.Tests;

/// <summary>TorchSharp state is process-global: every test touching it joins this one non-parallel collection.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TorchCollection
{
    public const string Name = "torch";
}
