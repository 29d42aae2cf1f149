using MedRec.Fhir.Mapping;
using Hl7.Fhir.Model;

namespace MedRec.Fhir.AgentBench;

/// <summary>Sits between the FHIR client and the network and keeps every resource the agent POSTs (what the grader judges).</summary>
public sealed class PostRecorder() : DelegatingHandler(new HttpClientHandler())
{
    private readonly List<Resource> _posted = [];

    public IReadOnlyList<Resource> Posted { get { lock (_posted) return _posted.ToList(); } }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        if (request.Method == HttpMethod.Post && request.Content is not null)
        {
            var body = await request.Content.ReadAsStringAsync(ct);
            var response = await base.SendAsync(request, ct);
            if (response.IsSuccessStatusCode) lock (_posted) _posted.Add(FhirJson.Parse(body, "posted resource"));
            return response;
        }
        return await base.SendAsync(request, ct);
    }
}
