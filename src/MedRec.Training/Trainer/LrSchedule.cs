namespace MedRec.Training.Trainer;

/// <summary>Linear warmup to the peak, then cosine decay to the minimum at the last step. A pure function of the step.</summary>
public static class LrSchedule
{
    /// <summary>Learning rate for 0-based <paramref name="step"/> of <paramref name="total"/>.</summary>
    public static double At(int step, int total, double max, double min, int warmup)
    {
        if (step < warmup) return max * (step + 1) / warmup;
        if (step >= total - 1) return min;
        var progress = (double)(step - warmup) / Math.Max(1, total - 1 - warmup); // 0 → 1
        return min + 0.5 * (1 + Math.Cos(Math.PI * progress)) * (max - min);
    }
}
