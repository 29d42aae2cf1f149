namespace MedRec.Eval.Diagnosis;

/// <summary>A benchmark diagnoser over a fixed label set: fitted on the training split, scores each label for a sample.</summary>
public interface IDiagnosisBaseline
{
    string Name { get; }

    void Fit(IReadOnlyList<DiagnosisSample> train, IReadOnlyList<string> labels);

    /// <summary>Unnormalised log-scores, one per label in the order given to <see cref="Fit"/>.</summary>
    double[] LogScores(DiagnosisSample sample);
}
