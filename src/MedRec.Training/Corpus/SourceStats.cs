namespace MedRec.Training.Corpus;

/// <summary>Per-source counts written to the manifest. Characters are UTF-16 code units of the cleaned text.</summary>
public sealed class SourceStats
{
    public long RawDocs { get; set; }
    public long TrainDocs { get; set; }
    public long TrainChars { get; set; }
    public long ValDocs { get; set; }
    public long ValChars { get; set; }
    public long DroppedShort { get; set; }
    public long DroppedDuplicate { get; set; }
    public long DroppedNearDuplicate { get; set; }
    public long DroppedEvalOverlap { get; set; }
    public long TrimmedEvalOverlap { get; set; }
    public long DroppedEvalOverlapLines { get; set; }
}
