namespace MedRec.Knowledge.Query;

public sealed record KgEntity(long Id, string Type, string Name, string? NameEn, string? Code, string? CodeSystem);
