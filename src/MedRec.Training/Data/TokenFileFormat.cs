namespace MedRec.Training.Data;

/// <summary>Element type of a token file: raw little-endian ids, no header.</summary>
public enum TokenFileFormat
{
    UInt16,
    Int32,
}
