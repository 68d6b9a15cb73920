using System.Globalization;

namespace NanoNeuron.Exercises;

/// <summary>How the course writes a number in its feedback and tables.</summary>
public static class Numbers
{
    /// <summary>Ten significant digits, invariant culture: <c>0.9492</c>, <c>3014.29945802</c>.</summary>
    public static string Format(double value) => value.ToString("G10", CultureInfo.InvariantCulture);
}
