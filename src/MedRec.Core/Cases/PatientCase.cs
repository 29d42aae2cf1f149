using System.Text.Json.Serialization;

namespace MedRec.Core.Cases;

/// <summary>One patient case: what every recommender reads. Plain data, no behaviour.</summary>
public sealed record PatientCase
{
    public string? Id { get; init; }
    public Demographics Demographics { get; init; } = new();
    /// <summary>Chief complaint / self-report in free text (主诉).</summary>
    public string? ChiefComplaint { get; init; }
    /// <summary>Doctor–patient dialogue, oldest turn first.</summary>
    public IReadOnlyList<DialogueTurn> Dialogue { get; init; } = [];
    /// <summary>Findings already known to be present or absent (structured).</summary>
    public IReadOnlyList<Finding> Findings { get; init; } = [];
    /// <summary>Known conditions (history, diagnoses).</summary>
    public IReadOnlyList<Condition> Conditions { get; init; } = [];
    public IReadOnlyList<Medication> Medications { get; init; } = [];
    public IReadOnlyList<Allergy> Allergies { get; init; } = [];
    public IReadOnlyList<Observation> Observations { get; init; } = [];
    public IReadOnlyList<Immunization> Immunizations { get; init; } = [];
    public IReadOnlyList<Procedure> Procedures { get; init; } = [];
    /// <summary>Family history in free text or as condition names.</summary>
    public IReadOnlyList<string> FamilyHistory { get; init; } = [];
    /// <summary>Date the case describes ("now" for age and due-date arithmetic); null means today.</summary>
    public DateOnly? AsOf { get; init; }
}

public sealed record Demographics
{
    /// <summary>Age in years; use <see cref="AgeMonths"/> for infants.</summary>
    public double? Age { get; init; }
    public int? AgeMonths { get; init; }
    public DateOnly? BirthDate { get; init; }
    public Sex Sex { get; init; } = Sex.Unknown;
    public bool? Pregnant { get; init; }
    public double? WeightKg { get; init; }
    public double? HeightCm { get; init; }
}

[JsonConverter(typeof(JsonStringEnumConverter<Sex>))]
public enum Sex { Unknown, Male, Female }

public sealed record DialogueTurn(string Speaker, string Text);

/// <summary>A symptom or sign; <see cref="Present"/> false records an explicit negative (否认发热).</summary>
public sealed record Finding
{
    public required string Name { get; init; }
    public bool Present { get; init; } = true;
    public string? Duration { get; init; }
    public string? BodySite { get; init; }
    public string? Code { get; init; }
}

public sealed record Condition
{
    public required string Name { get; init; }
    public string? Code { get; init; }
    public string? CodeSystem { get; init; }
    public DateOnly? Onset { get; init; }
    public bool Active { get; init; } = true;
}

public sealed record Medication
{
    public required string Name { get; init; }
    public string? Code { get; init; }
    public string? CodeSystem { get; init; }
    public string? Dose { get; init; }
    public DateOnly? Start { get; init; }
    public bool Active { get; init; } = true;
}

public sealed record Allergy
{
    public required string Substance { get; init; }
    public string? Reaction { get; init; }
    public string? Code { get; init; }
}

/// <summary>A lab value, vital sign or social-history observation (e.g. smoking status).</summary>
public sealed record Observation
{
    public required string Name { get; init; }
    public string? Code { get; init; }
    public string? CodeSystem { get; init; }
    public double? Value { get; init; }
    public string? ValueText { get; init; }
    public string? Unit { get; init; }
    public DateOnly? Date { get; init; }
}

public sealed record Immunization
{
    public required string Vaccine { get; init; }
    /// <summary>CVX code where known.</summary>
    public string? Cvx { get; init; }
    public required DateOnly Date { get; init; }
}

public sealed record Procedure
{
    public required string Name { get; init; }
    public string? Code { get; init; }
    public string? CodeSystem { get; init; }
    public DateOnly? Date { get; init; }
}
