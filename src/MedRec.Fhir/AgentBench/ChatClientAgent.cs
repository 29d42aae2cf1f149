using System.ClientModel;
using System.Text.Json;
using System.Text.RegularExpressions;
using MedRec.Core.Common;
using MedRec.Fhir.Tools;
using Microsoft.Extensions.AI;

namespace MedRec.Fhir.AgentBench;

/// <summary>
/// Any chat model as an agent: the tools are offered as AIFunctions through UseFunctionInvocation(); the model must
/// end with a line "ANSWER: [..]" (a JSON list, [] for pure actions). Works with any IChatClient — an
/// OpenAI-compatible endpoint via <see cref="FromEnvironment"/>, or a fake in tests.
/// </summary>
public sealed partial class ChatClientAgent(IChatClient client, string name = "openai", int maxToolCalls = 12) : IFhirAgent
{
    public const string SystemPrompt = """
        You are a careful clinical assistant operating a hospital FHIR R4 system through tools.
        Use the tools to look up what you need; write only what the instruction asks for, for the patient it names,
        and never place the same order twice. Times: the context says what "now" is.
        Finish with one line: ANSWER: followed by a JSON list of strings, e.g. ANSWER: ["S123"] or ANSWER: [] when there is nothing to report.
        """;

    public string Name => name;

    public static ChatClientAgent FromEnvironment()
    {
        var url = Environment.GetEnvironmentVariable("MEDREC_OPENAI_URL");
        var model = Environment.GetEnvironmentVariable("MEDREC_OPENAI_MODEL");
        var key = Environment.GetEnvironmentVariable("MEDREC_OPENAI_KEY") ?? "none";
        if (string.IsNullOrWhiteSpace(url) || string.IsNullOrWhiteSpace(model))
            throw new MedRecException("set MEDREC_OPENAI_URL and MEDREC_OPENAI_MODEL (and MEDREC_OPENAI_KEY) for --agent openai");
        var chat = new OpenAI.Chat.ChatClient(model, new ApiKeyCredential(key), new OpenAI.OpenAIClientOptions { Endpoint = new Uri(url) });
        return new ChatClientAgent(chat.AsIChatClient(), "openai");
    }

    public async Task<IReadOnlyList<string>> RunAsync(AgentTask task, FhirTools tools, CancellationToken ct)
    {
        using var chat = new ChatClientBuilder(client).UseFunctionInvocation(configure: f => f.MaximumIterationsPerRequest = maxToolCalls).Build();
        var messages = new List<ChatMessage>
        {
            new(ChatRole.System, SystemPrompt),
            new(ChatRole.User, $"{task.Instruction}\n\nContext: {task.Context}"),
        };
        var response = await chat.GetResponseAsync(messages, new ChatOptions { Tools = tools.AsAITools(), Temperature = 0 }, ct);
        return ParseAnswer(response.Text);
    }

    public static IReadOnlyList<string> ParseAnswer(string? text)
    {
        var m = Answer().Matches(text ?? "").LastOrDefault();
        if (m is null) return ["(no ANSWER line)"];
        try
        {
            using var doc = JsonDocument.Parse(m.Groups[1].Value);
            return doc.RootElement.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.ToString()).ToList();
        }
        catch (JsonException) { return [m.Groups[1].Value]; }
    }

    [GeneratedRegex(@"ANSWER:\s*(\[.*?\])", RegexOptions.Singleline)] private static partial Regex Answer();
}
