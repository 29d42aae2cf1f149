using MedRec.Core.Cases;
using MedRec.Knowledge.Query;
using MedRec.Tasks.Analysis;

namespace MedRec.Tasks.Drugs;

/// <summary>
/// Does a drug match a recorded allergy? Same substance (any equivalent), the same ATC chemical subgroup
/// (5-character ATC), a penicillin for a penicillin allergy, or the allergen's name inside the drug's name
/// (青霉素类, 磺胺 …). Cephalosporins for a penicillin allergy are a caution, not a match.
/// </summary>
public static class AllergyMatcher
{
    public static AllergyMatch? Match(ResolvedItem<Allergy> allergy, string drugName, IReadOnlyList<KgEntity> drug, IReadOnlyList<KgEntity> allergen)
    {
        var substance = allergy.Item.Substance.Trim().TrimEnd('类');
        if (allergen.Any(x => drug.Any(d => d.Id == x.Id)) || drugName.Contains(substance, StringComparison.Ordinal))
            return new AllergyMatch("contraindicated", $"对{allergy.Item.Substance}过敏");
        var allergenAtc = allergen.Select(Atc).OfType<string>().ToList();
        var drugAtc = drug.Select(Atc).OfType<string>().ToList();
        if (allergenAtc.Any(x => x.Length >= 5 && drugAtc.Any(d => d.Length >= 5 && d[..5] == x[..5])) ||
            allergenAtc.Any(x => x.StartsWith("J01C", StringComparison.Ordinal)) && drugAtc.Any(d => d.StartsWith("J01C", StringComparison.Ordinal)))
            return new AllergyMatch("contraindicated", $"与过敏原{allergy.Item.Substance}同类（ATC {drugAtc.First()[..Math.Min(5, drugAtc.First().Length)]}），可能交叉过敏");
        if (allergenAtc.Any(x => x.StartsWith("J01C", StringComparison.Ordinal)) && drugAtc.Any(d => d.StartsWith("J01D", StringComparison.Ordinal)))
            return new AllergyMatch("caution", $"对{allergy.Item.Substance}过敏者使用头孢类需警惕交叉过敏");
        return null;
    }

    private static string? Atc(KgEntity e) => e.CodeSystem is "ATC" or "ATC4" && e.Code is { Length: >= 4 } c ? c : null;
}
