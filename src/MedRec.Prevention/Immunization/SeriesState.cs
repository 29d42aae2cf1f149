namespace MedRec.Prevention.Immunization;

/// <summary>Mutable progress through one series while its doses are evaluated.</summary>
public sealed class SeriesState(AntigenSeries series, ImmunizationPatient patient, IReadOnlyList<AdministeredDose> antigenDoses)
{
    public AntigenSeries Series { get; } = series;
    public ImmunizationPatient Patient { get; } = patient;
    public IReadOnlyList<AdministeredDose> AntigenDoses { get; } = antigenDoses;
    public List<DoseEvaluation> Evaluations { get; } = [];
    public Dictionary<int, DateOnly> Satisfied { get; } = [];
    public int TargetIndex { get; set; }

    public bool IsComplete => TargetIndex >= Series.Doses.Count;
    public int ValidCount => Evaluations.Count(e => e.Status == DoseEvaluation.Valid);
    public DateOnly? FirstValidDate => Evaluations.FirstOrDefault(e => e.Status == DoseEvaluation.Valid)?.Dose.Date;

    /// <summary>The most recent earlier dose that counts as "previous" for intervals (not extraneous, not inadvertent).</summary>
    public DoseEvaluation? Previous(DateOnly before) =>
        Evaluations.LastOrDefault(e => e.CountsAsPrevious && e.Dose.Date <= before);
}
