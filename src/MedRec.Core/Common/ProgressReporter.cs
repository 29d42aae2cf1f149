namespace MedRec.Core.Common;

/// <summary>
/// Progress for long work: a redrawn bar on an interactive terminal, plain periodic lines otherwise
/// (CI logs, pipes). Writes to stderr so stdout stays machine-readable (--json). Work resumed part-way passes
/// <paramref name="resumedAt"/> so the ETA comes from this run's pace, not from the work done before it.
/// </summary>
public sealed class ProgressReporter(string label, long total, TextWriter? output = null, TimeSpan? interval = null, long resumedAt = 0)
{
    private readonly TextWriter _out = output ?? Console.Error;
    private readonly bool _interactive = output is null && !Console.IsErrorRedirected;
    private readonly TimeSpan _interval = interval ?? TimeSpan.FromSeconds(5);
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private TimeSpan? _last;
    private long _done;

    public long Done => _done;

    public void Report(long done, string? detail = null)
    {
        _done = done;
        var now = _clock.Elapsed;
        var every = _interactive ? TimeSpan.FromMilliseconds(200) : _interval;
        if (done < total && _last is { } last && now - last < every) return;
        _last = now;
        var frac = total > 0 ? Math.Clamp((double)done / total, 0, 1) : 0;
        var doneHere = done - resumedAt;
        var eta = doneHere > 0 ? TimeSpan.FromSeconds(now.TotalSeconds * Math.Max(0, total - done) / doneHere) : TimeSpan.Zero;
        var tail = detail is null ? "" : " " + detail;
        if (_interactive)
        {
            var width = 30;
            var filled = (int)(frac * width);
            _out.Write($"\r{label} [{new string('#', filled)}{new string('.', width - filled)}] {frac,6:P1} {done}/{total} eta {eta:hh\\:mm\\:ss}{tail}   ");
            if (done >= total) _out.WriteLine();
        }
        else
        {
            _out.WriteLine($"{label}: {done}/{total} ({frac:P1}) elapsed {now:hh\\:mm\\:ss} eta {eta:hh\\:mm\\:ss}{tail}");
        }
    }

    public void Increment(string? detail = null) => Report(_done + 1, detail);
}
