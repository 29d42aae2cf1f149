namespace MedRec.Prevention.Immunization;

/// <summary>CVX code normalisation: "3", "03" and " 03 " are the same vaccine; codes compare as two-digit minimum.</summary>
public static class Cvx
{
    public static string Normalize(string code)
    {
        var c = code.Trim();
        return c.Length == 1 && char.IsDigit(c[0]) ? "0" + c : c;
    }
}
