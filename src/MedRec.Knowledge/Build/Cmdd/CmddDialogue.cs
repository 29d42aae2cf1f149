namespace MedRec.Knowledge.Build.Cmdd;

/// <summary>One CMDD sentence with its gold symptom mentions: normalised name and status (1 true, 2 false, 3 uncertain).</summary>
public sealed record CmddSentence(string Speaker, string Text, string Bio, IReadOnlyList<(string Symptom, int Status)> Gold);

public sealed record CmddDialogue(string Id, IReadOnlyList<CmddSentence> Sentences);
