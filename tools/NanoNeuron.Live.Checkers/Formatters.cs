using System.Globalization;

namespace NanoNeuron.Notebooks;

/// <summary>The one member of the notebooks' formatters that the checkers use (TryIt.Format): a number as the course shows it.</summary>
internal static class Formatters
{
    /// <summary>Ten significant digits, invariant culture (lib/NanoNeuron.Notebooks/Formatters.cs says the same).</summary>
    internal static string Number(double value) => value.ToString("G10", CultureInfo.InvariantCulture);
}
