using MedRec.Fhir.Tools;

namespace MedRec.Fhir.AgentBench;

/// <summary>An agent that carries out one task with the FHIR tools and returns its answer (empty for pure actions).</summary>
public interface IFhirAgent
{
    string Name { get; }

    Task<IReadOnlyList<string>> RunAsync(AgentTask task, FhirTools tools, CancellationToken ct);
}
