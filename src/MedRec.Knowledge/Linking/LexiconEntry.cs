namespace MedRec.Knowledge.Linking;

/// <summary>What a surface form means: the canonical name, its entity type and where the pairing came from.</summary>
public sealed record LexiconEntry(string Canonical, string Type, string Source);
