using MedRec.Eval.Diagnosis;

namespace MedRec.Eval.Tests.Diagnosis;

public sealed class NaiveBayesBaselineTests
{
    private static DiagnosisSample S(string label, params (string Name, int State)[] s) =>
        new(label + s.Length, label, s.Select(x => new SymptomMention(x.Name, x.State, true)).ToList());

    [Fact]
    public void Learns_which_symptoms_go_with_which_disease()
    {
        var train = new[]
        {
            S("腹泻", ("稀便", 1), ("呕吐", 1)), S("腹泻", ("稀便", 1)), S("腹泻", ("稀便", 1), ("咳嗽", 0)),
            S("支气管炎", ("咳嗽", 1), ("痰", 1)), S("支气管炎", ("咳嗽", 1)), S("支气管炎", ("咳嗽", 1), ("稀便", 0)),
        };
        var nb = new NaiveBayesBaseline();
        nb.Fit(train, ["支气管炎", "腹泻"]);
        var scores = nb.LogScores(S("?", ("咳嗽", 1), ("稀便", 0)));
        Assert.True(scores[0] > scores[1]);
        scores = nb.LogScores(S("?", ("稀便", 1)));
        Assert.True(scores[1] > scores[0]);
    }

    [Fact]
    public void Unsure_mentions_are_not_evidence()
    {
        var nb = new NaiveBayesBaseline();
        nb.Fit([S("a", ("x", 1)), S("b", ("y", 1))], ["a", "b"]);
        Assert.Equal(nb.LogScores(S("?")), nb.LogScores(S("?", ("x", 2))));
    }
}
