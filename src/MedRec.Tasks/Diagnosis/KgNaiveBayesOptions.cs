namespace MedRec.Tasks.Diagnosis;

/// <summary>
/// Parameters of the KG naive-Bayes diagnosis baseline. A symptom listed for a disease is present with probability
/// θ_d = clamp(Alpha · n_d^-Beta) where n_d is the disease's profile size (long profiles list rarer symptoms); a
/// symptom not listed has probability Epsilon. Prior = prevalence^PriorWeight. On the MZ-10 training split over all KG
/// diseases (`medrec eval diagnosis --dataset mz10 --split train --baseline kg --candidates kg --prior-weight W --epsilon E`)
/// a stronger prior (W = 2) raises top-5 from 13 % to 21 %, but it lets a 20× prevalence gap outweigh a symptom only the
/// rarer disease explains and buries diseases without a prevalence figure; W = 0.5, E = 0.02 keeps the evidence in charge.
/// </summary>
public sealed record KgNaiveBayesOptions
{
    public double Alpha { get; init; } = 1.2;
    public double Beta { get; init; } = 0.5;
    public double Epsilon { get; init; } = 0.02;
    public double PriorWeight { get; init; } = 0.5;
    /// <summary>Prevalence assumed for diseases without a 患病比例 figure.</summary>
    public double DefaultPrevalence { get; init; } = 1e-4;
    /// <summary>Softmax temperature on the log-scores (calibration).</summary>
    public double Temperature { get; init; } = 1.0;

    public double Theta(int profileSize) => Math.Clamp(Alpha * Math.Pow(Math.Max(profileSize, 1), -Beta), 0.02, 0.9);
}
