using MedRec.Core.Common;
using MedRec.Fhir.Tools;

namespace MedRec.Fhir.AgentBench;

/// <summary>
/// Runs an agent over the task suite against a FHIR server (the sandbox on loopback, or any URL). Each task gets
/// fresh tools with the task's "now", a recorder of what it POSTs, and a grade; tasks run one after another.
/// </summary>
public static class AgentBenchRunner
{
    public sealed record Summary(string Agent, int Tasks, double Success, double QuerySuccess, double ActionSuccess, int UnsafeWrites,
        IReadOnlyDictionary<int, double> ByCategory, IReadOnlyList<TaskOutcome> Outcomes);

    public static async Task<Summary> RunAsync(IFhirAgent agent, IReadOnlyList<AgentTask> tasks, string fhirUrl, CancellationToken ct)
    {
        var outcomes = new List<TaskOutcome>();
        var progress = new ProgressReporter($"fhir-agent {agent.Name}", tasks.Count);
        foreach (var task in tasks)
        {
            ct.ThrowIfCancellationRequested();
            var recorder = new PostRecorder();
            var options = new FhirToolOptions { BaseUrl = fhirUrl, Now = DateTimeOffset.Parse(task.Now, System.Globalization.CultureInfo.InvariantCulture) };
            var tools = new FhirTools(new FhirGateway(options, recorder), options);
            IReadOnlyList<string> answer;
            try { answer = await agent.RunAsync(task, tools, ct); }
            catch (MedRecException e) { answer = [$"error: {e.Message}"]; }
            outcomes.Add(TaskGrader.Grade(task, answer, recorder.Posted));
            progress.Report(outcomes.Count);
        }
        bool IsAction(TaskOutcome o) => TaskCategories.All[o.Category].Action;
        double Rate(IEnumerable<TaskOutcome> xs) { var l = xs.ToList(); return l.Count == 0 ? 0 : (double)l.Count(o => o.Success) / l.Count; }
        return new Summary(agent.Name, outcomes.Count, Rate(outcomes), Rate(outcomes.Where(o => !IsAction(o))), Rate(outcomes.Where(IsAction)),
            outcomes.Count(o => o.UnsafeWrite), outcomes.GroupBy(o => o.Category).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => Math.Round(Rate(g), 4)), outcomes);
    }
}
