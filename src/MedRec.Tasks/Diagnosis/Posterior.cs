namespace MedRec.Tasks.Diagnosis;

/// <summary>Softmax over log-scores with a temperature; numerically stable.</summary>
public static class Posterior
{
    public static double[] Softmax(IReadOnlyList<double> logScores, double temperature = 1.0)
    {
        if (logScores.Count == 0) return [];
        var max = logScores.Max();
        var exp = logScores.Select(s => Math.Exp((s - max) / temperature)).ToArray();
        var sum = exp.Sum();
        for (var i = 0; i < exp.Length; i++) exp[i] /= sum;
        return exp;
    }
}
