using MedRec.Core.Cases;
using MedRec.Tasks.Analysis;

namespace MedRec.Tasks.Diagnosis;

/// <summary>What diagnosis needs of the demographics.</summary>
public sealed record PatientProfile(Sex Sex, double? Age, bool? Pregnant)
{
    public static readonly PatientProfile Unknown = new(Sex.Unknown, null, null);

    public static PatientProfile From(PatientCase c) => new(c.Demographics.Sex, PatientAge.Years(c), c.Demographics.Pregnant);
}
