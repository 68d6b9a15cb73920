using System.Globalization;

namespace NanoNeuron.Testing;

/// <summary>
/// A culture in which any number formatted in the current culture shows: de-DE's separators ("70.000", "0,7"), sv-SE's
/// minus sign (U+2212) and other symbols for NaN and ∞. Built, because the tests run without ICU (InvariantGlobalization).
/// </summary>
public static class OtherCulture
{
    /// <summary>The culture (read-only).</summary>
    public static CultureInfo GermanLike { get; } = Build();

    private static CultureInfo Build()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NumberGroupSeparator = ".";
        culture.NumberFormat.NegativeSign = "\u2212";
        culture.NumberFormat.NaNSymbol = "n. def.";
        culture.NumberFormat.PositiveInfinitySymbol = "+unendlich";
        culture.NumberFormat.NegativeInfinitySymbol = "-unendlich";
        culture.NumberFormat.PercentDecimalSeparator = ",";
        return CultureInfo.ReadOnly(culture);
    }
}
