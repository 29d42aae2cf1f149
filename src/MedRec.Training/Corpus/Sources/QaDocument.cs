namespace MedRec.Training.Corpus.Sources;

/// <summary>The common layout of a question/answer document.</summary>
internal static class QaDocument
{
    public static string Format(string title, string question, string answer) =>
        new DocumentText()
            .Line(title.Trim() == question.Trim() ? "" : title)
            .Field("问", question)
            .Field("答", answer)
            .ToString();
}
