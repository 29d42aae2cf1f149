using MedRec.Tasks.Diagnosis;
using MedRec.Tasks.Exams;

namespace MedRec.Tasks.Tests.Exams;

public sealed class NextQuestionAdvisorTests : IDisposable
{
    private readonly TinyKg _kg = new();

    [Fact]
    public void Asks_about_a_symptom_that_separates_the_leading_diseases()
    {
        var known = new HashSet<long> { _kg.Id("咳嗽", "symptom"), _kg.Id("发热", "symptom") };
        var ranked = new KgNaiveBayes(_kg.Index).Rank(known.ToList(), [], PatientProfile.Unknown);
        var questions = new NextQuestionAdvisor(_kg.Index).Suggest(ranked, known);
        Assert.NotEmpty(questions);
        Assert.DoesNotContain(questions, q => q.Name.Contains("咳嗽", StringComparison.Ordinal));
        Assert.Contains(questions, q => q.Name.Contains("流涕", StringComparison.Ordinal) || q.Name.Contains("胸痛", StringComparison.Ordinal) || q.Name.Contains("咳痰", StringComparison.Ordinal));
    }

    public void Dispose() => _kg.Dispose();
}
