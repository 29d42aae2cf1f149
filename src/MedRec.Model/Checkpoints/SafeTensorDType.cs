namespace MedRec.Model.Checkpoints;

/// <summary>Element types we write and read in .safetensors files (F16 is read only).</summary>
public enum SafeTensorDType
{
    F32,
    BF16,
    F16,
}
