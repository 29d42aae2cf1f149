using System.Diagnostics;

namespace MedRec.Training.Trainer;

/// <summary>
/// Opt-in wall-clock split of each training step into forward (loss), backward and update (clipping + AdamW), for
/// the throughput bench; the trainer fills it when given one. Times are per optimizer step, in milliseconds.
/// </summary>
public sealed class StepPhases
{
    public List<(double Forward, double Backward, double Update)> Steps { get; } = [];

    private readonly Stopwatch _clock = new();
    private double _forward, _backward;

    internal void StartStep()
    {
        _forward = _backward = 0;
        _clock.Restart();
    }

    internal void ForwardDone() { _forward += Lap(); }

    internal void BackwardDone() { _backward += Lap(); }

    internal void UpdateDone() => Steps.Add((_forward, _backward, Lap()));

    private double Lap()
    {
        var ms = _clock.Elapsed.TotalMilliseconds;
        _clock.Restart();
        return ms;
    }

    /// <summary>Median of each phase over the steps after <paramref name="skip"/> warm-up steps.</summary>
    public (double Forward, double Backward, double Update) Median(int skip)
    {
        var timed = Steps.Skip(skip).ToList();
        if (timed.Count == 0) return (0, 0, 0);
        static double Mid(IEnumerable<double> xs) { var s = xs.Order().ToList(); return s[s.Count / 2]; }
        return (Mid(timed.Select(t => t.Forward)), Mid(timed.Select(t => t.Backward)), Mid(timed.Select(t => t.Update)));
    }
}
