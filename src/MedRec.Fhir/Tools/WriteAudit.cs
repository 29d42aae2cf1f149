using System.Text.Json;

namespace MedRec.Fhir.Tools;

/// <summary>Every write attempt — sent, dry-run or refused — as one record, kept in memory and appended to a JSONL file.</summary>
public sealed class WriteAudit(string? path)
{
    private readonly List<AuditRecord> _records = [];
    private readonly Lock _lock = new();

    public IReadOnlyList<AuditRecord> Records { get { lock (_lock) return _records.ToList(); } }

    public void Add(AuditRecord r)
    {
        lock (_lock)
        {
            _records.Add(r);
            if (path is not null) File.AppendAllText(path, JsonSerializer.Serialize(r) + "\n");
        }
    }
}
