namespace MedRec.Prevention.Immunization;

/// <summary>How one administered dose was evaluated against one antigen series.</summary>
public sealed record DoseEvaluation(AdministeredDose Dose, string Antigen, string Status, string? Reason, int? TargetDose)
{
    public const string Valid = "Valid", NotValid = "Not Valid", Extraneous = "Extraneous";

    public bool CountsAsPrevious => Status != Extraneous && Reason != EvaluationReasons.Inadvertent;
}
