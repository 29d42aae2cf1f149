using MedRec.Fhir.AgentBench;
using MedRec.Fhir.Tests.Sandbox;
using MedRec.Fhir.Tools;
using Microsoft.Extensions.AI;

namespace MedRec.Fhir.Tests.AgentBench;

public sealed class ChatClientAgentTests(SandboxFixture sandbox) : IClassFixture<SandboxFixture>
{
    /// <summary>A scripted chat model: first it calls find_patient, then it answers with what the tool returned.</summary>
    private sealed class ScriptedChatClient : IChatClient
    {
        public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken ct = default)
        {
            var toolResult = messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>().FirstOrDefault();
            if (toolResult is null)
                return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant,
                    [new FunctionCallContent("c1", "find_patient", new Dictionary<string, object?> { ["name"] = "Wei Zhang", ["birthDate"] = "1960-02-03" })])));
            var mrn = toolResult.Result?.ToString()?.Contains("MRN001", StringComparison.Ordinal) == true ? "MRN001" : "Patient not found";
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, $"The patient is found.\nANSWER: [\"{mrn}\"]")));
        }

        public IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken ct = default) =>
            throw new NotSupportedException();

        public object? GetService(Type serviceType, object? serviceKey = null) => null;

        public void Dispose() { }
    }

    [Fact]
    public async System.Threading.Tasks.Task A_chat_model_drives_the_tools_and_its_answer_is_parsed()
    {
        var options = new FhirToolOptions { BaseUrl = sandbox.BaseUrl };
        var task = new AgentTask { Id = "t", Category = 1, Lang = "en", Instruction = "MRN of Wei Zhang born 1960-02-03?", Context = "", Now = "2024-01-01T00:00:00+00:00", PatientId = "p1", ExpectedAnswer = ["MRN001"] };
        var answer = await new ChatClientAgent(new ScriptedChatClient(), "scripted").RunAsync(task, new FhirTools(new FhirGateway(options), options), default);
        Assert.Equal(["MRN001"], answer);
        Assert.True(TaskGrader.Grade(task, answer, []).Success);
    }

    [Theory]
    [InlineData("blah\nANSWER: [\"a\", 2]", new[] { "a", "2" })]
    [InlineData("ANSWER: []", new string[0])]
    [InlineData("no answer here", new[] { "(no ANSWER line)" })]
    public void Answers_are_parsed_from_the_last_answer_line(string text, string[] expected) => Assert.Equal(expected, ChatClientAgent.ParseAnswer(text));
}
