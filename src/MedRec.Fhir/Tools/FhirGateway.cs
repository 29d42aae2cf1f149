using Hl7.Fhir.Model;
using Hl7.Fhir.Rest;
using MedRec.Core.Common;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace MedRec.Fhir.Tools;

/// <summary>
/// Firely's FhirClient behind a resilience pipeline: a timeout per attempt and retries on transport errors and 5xx.
/// Works against any FHIR R4 server; failures become one clear MedRecException naming the server and the operation.
/// </summary>
public sealed class FhirGateway
{
    private readonly FhirClient _client;
    private readonly ResiliencePipeline _pipeline;
    private readonly string _baseUrl;

    public FhirGateway(FhirToolOptions options, HttpMessageHandler? handler = null)
    {
        _baseUrl = options.BaseUrl.TrimEnd('/');
        var settings = new FhirClientSettings { PreferredFormat = ResourceFormat.Json, Timeout = (int)options.Timeout.TotalMilliseconds * 2, VerifyFhirVersion = false };
        _client = handler is null ? new FhirClient(_baseUrl, settings) : new FhirClient(_baseUrl, settings, handler);
        _pipeline = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(options.Retries, 0) is var n && n > 0 ? n : 1,
                Delay = TimeSpan.FromMilliseconds(200),
                ShouldHandle = new PredicateBuilder().Handle<HttpRequestException>().Handle<TimeoutRejectedException>()
                    .Handle<FhirOperationException>(e => (int)e.Status >= 500),
            })
            .AddTimeout(options.Timeout)
            .Build();
    }

    public Task<Bundle?> SearchAsync<T>(string[] criteria, CancellationToken ct) where T : Resource, new() =>
        Run($"search {typeof(T).Name}", c => _client.SearchAsync<T>(criteria, ct: c), ct);

    public Task<Bundle?> ContinueAsync(Bundle page, CancellationToken ct) => Run("next page", c => _client.ContinueAsync(page, ct: c), ct);

    /// <summary>The resource, or null when the server says 404.</summary>
    public Task<T?> ReadAsync<T>(string location, CancellationToken ct) where T : Resource =>
        Run($"read {location}", async c =>
        {
            try { return await _client.ReadAsync<T>(location, ct: c); }
            catch (FhirOperationException e) when (e.Status == System.Net.HttpStatusCode.NotFound) { return null; }
        }, ct);

    public Task<T?> CreateAsync<T>(T resource, CancellationToken ct) where T : Resource =>
        Run($"create {typeof(T).Name}", c => _client.CreateAsync(resource, ct: c), ct);

    private async Task<TResult> Run<TResult>(string what, Func<CancellationToken, Task<TResult>> call, CancellationToken ct)
    {
        try
        {
            return await _pipeline.ExecuteAsync(async c => await call(c), ct);
        }
        catch (FhirOperationException e)
        {
            var diag = e.Outcome?.Issue.FirstOrDefault()?.Diagnostics;
            throw new MedRecException($"FHIR server {_baseUrl}: {what} failed with {(int)e.Status}{(diag is null ? "" : $": {diag}")}");
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            throw new MedRecException($"FHIR server {_baseUrl} is not answering ({what}: {e.GetType().Name})");
        }
    }
}
