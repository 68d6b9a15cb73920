using System.Globalization;
using System.Numerics;

namespace NanoNeuron.Display;

/// <summary>How the course shows a number in a table.</summary>
/// <remarks>
/// <para>
/// A <see cref="double"/> is shown as the shortest decimal that reads back as the same double (C#'s round-trip
/// format), with an exponent written as the lessons write it (<c>2.4027107865088773e-6</c>). It is never rounded, so
/// a table cannot show a number as a rounder one it is not, nor two different numbers alike: 0.1 + 0.2 + 0.3 shows as
/// 0.6000000000000001. A value the lesson states as a short decimal (0.9492, 1.8, 158) shows exactly as stated, and
/// last-bit noise shows only where the computation really has it. A cell that wants fewer digits rounds its values
/// itself (<c>Math.Round(slope, 3)</c>), and the table shows what it was given.
/// </para>
/// <para>
/// A <see cref="float"/> is shown the same way at its own precision; a <see cref="decimal"/> as written; whole numbers
/// with a comma between thousands, as the lessons' text writes them (70,000). Every number uses '.' for the decimal
/// point, whatever the machine's culture.
/// </para>
/// </remarks>
public static class DisplayNumber
{
    /// <summary>A double as the course shows it: the shortest round-trip decimal, exponent as <c>e-6</c>.</summary>
    public static string Format(double value) => Exponent(value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>A float as the course shows it: the shortest round-trip decimal, exponent as <c>e-6</c>.</summary>
    public static string Format(float value) => Exponent(value.ToString("R", CultureInfo.InvariantCulture));

    /// <summary>The text of <paramref name="value"/> if it is a number (of any built-in numeric type), or null.</summary>
    public static string? TryFormat(object? value) => value switch
    {
        double d => Format(d),
        float f => Format(f),
        decimal m => m.ToString(CultureInfo.InvariantCulture),
        Half h => Format((float)h),
        sbyte or byte or short or ushort or int or uint or long or ulong or nint or nuint or Int128 or UInt128 or BigInteger
            => ((IFormattable)value).ToString("N0", CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>Whether values of <paramref name="type"/> are numbers that <see cref="TryFormat"/> shows.</summary>
    public static bool IsNumeric(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsPrimitive && type != typeof(bool) && type != typeof(char)
            || type == typeof(decimal) || type == typeof(Half) || type == typeof(Int128) || type == typeof(UInt128) || type == typeof(BigInteger);
    }

    // "2.4E-06" → "2.4e-6", "1E+16" → "1e16".
    private static string Exponent(string text)
    {
        int e = text.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return text;
        }

        string exponent = text[(e + 1)..].TrimStart('+');
        bool negative = exponent.StartsWith('-');
        string digits = exponent.TrimStart('-').TrimStart('0');
        return $"{text[..e]}e{(negative ? "-" : "")}{(digits.Length == 0 ? "0" : digits)}";
    }
}
