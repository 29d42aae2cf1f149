using System.Text;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Task = System.Threading.Tasks.Task;
using MedRec.Core.Common;
using MedRec.Fhir.Mapping;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MedRec.Fhir.Sandbox;

/// <summary>
/// The sandbox FHIR R4 server: read, search, create and /metadata over <see cref="SandboxStore"/>. Every error is an
/// OperationOutcome with the right status; nothing the client sends produces a 500. For demonstration and tests —
/// clients must not rely on anything here that a real FHIR server would not do.
/// </summary>
public static class SandboxApp
{
    public const string FhirJsonType = "application/fhir+json";

    public static WebApplication Build(SandboxOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = null); // we answer 413 ourselves, as an OperationOutcome
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var store = new SandboxStore(options.DatabasePath);
        app.Use(async (ctx, next) =>
        {
            try { await next(ctx); }
            catch (SandboxException e) { await Outcome(ctx, e.Status, e.Code, e.Message); }
            catch (MedRecException e) { await Outcome(ctx, 400, "invalid", e.Message); }
            catch (Exception e) when (!ctx.Response.HasStarted) { await Outcome(ctx, 500, "exception", $"internal error: {e.GetType().Name}"); }
        });
        app.MapGet("/metadata", (HttpContext ctx) => Fhir(ctx, 200, Capability.Statement()));
        app.MapGet("/{type}/{id}", (HttpContext ctx, string type, string id) =>
        {
            if (!SearchIndex.Parameters.ContainsKey(type)) throw new SandboxException(404, "not-supported", $"resource type '{type}' is not supported");
            var json = store.Read(type, id) ?? throw new SandboxException(404, "not-found", $"{type}/{id} not found");
            return Raw(ctx, 200, json);
        });
        app.MapGet("/{type}", (HttpContext ctx, string type) =>
            Raw(ctx, 200, SandboxSearch.Execute(store, type, ctx.Request.Query.SelectMany(q => q.Value.Select(v => KeyValuePair.Create(q.Key, v ?? ""))).ToList(), BaseUrl(ctx))));
        app.MapPost("/{type}", async (HttpContext ctx, string type) =>
        {
            var body = await ReadBody(ctx, options.MaxBodyBytes);
            var resource = FhirJson.Parse(body, "request body");
            if (resource.TypeName != type) throw new SandboxException(400, "invalid", $"body is a {resource.TypeName}, but the URL says {type}");
            CreateValidator.Validate(resource, store);
            resource.Id = Guid.NewGuid().ToString("N");
            resource.Meta = new Meta { VersionId = "1", LastUpdated = DateTimeOffset.UtcNow };
            store.Put([resource]);
            ctx.Response.Headers.Location = $"{BaseUrl(ctx)}/{type}/{resource.Id}/_history/1";
            await Fhir(ctx, 201, resource);
        });
        app.MapFallback((HttpContext ctx) => Outcome(ctx, 404, "not-supported", $"{ctx.Request.Method} {ctx.Request.Path} is not supported"));
        return app;
    }

    private static async Task<string> ReadBody(HttpContext ctx, long limit)
    {
        if (ctx.Request.ContentLength > limit) throw new SandboxException(413, "too-costly", $"request body is {ctx.Request.ContentLength:N0} bytes; the limit is {limit:N0}");
        using var ms = new MemoryStream();
        var buffer = new byte[81920];
        int n;
        while ((n = await ctx.Request.Body.ReadAsync(buffer)) > 0)
        {
            ms.Write(buffer, 0, n);
            if (ms.Length > limit) throw new SandboxException(413, "too-costly", $"request body exceeds the limit of {limit:N0} bytes");
        }
        if (ms.Length == 0) throw new SandboxException(400, "invalid", "request body is empty");
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    private static string BaseUrl(HttpContext ctx) => $"{ctx.Request.Scheme}://{ctx.Request.Host}";

    private static Task Fhir(HttpContext ctx, int status, Resource r) => Raw(ctx, status, r.ToJson());

    private static async Task Raw(HttpContext ctx, int status, string json)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = FhirJsonType + "; charset=utf-8";
        await ctx.Response.WriteAsync(json);
    }

    public static Task Outcome(HttpContext ctx, int status, string code, string message)
    {
        var outcome = new OperationOutcome();
        outcome.Issue.Add(new OperationOutcome.IssueComponent
        {
            Severity = status >= 500 ? OperationOutcome.IssueSeverity.Fatal : OperationOutcome.IssueSeverity.Error,
            Code = Enum.TryParse<OperationOutcome.IssueType>(code.Replace("-", ""), true, out var t) ? t : OperationOutcome.IssueType.Processing,
            Diagnostics = message,
        });
        return Raw(ctx, status, outcome.ToJson());
    }
}
