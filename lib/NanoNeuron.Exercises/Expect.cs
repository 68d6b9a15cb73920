using System.Globalization;

namespace NanoNeuron.Exercises;

/// <summary>
/// Ties a number in a lesson's text to the code: a cell that ends with <c>Expect.About(computed, stated)</c>
/// shows the value and fails loudly if the text and the computation ever disagree.
/// </summary>
public static class Expect
{
    /// <summary>Returns <paramref name="actual"/> if it is within <paramref name="tolerance"/> of the value the text states.</summary>
    /// <exception cref="ArgumentException">A tolerance that is negative or not finite, or a stated value that is not finite: such a check could never fail, or never pass.</exception>
    /// <exception cref="InvalidOperationException">The computed value is not a finite number, or not the one the text states.</exception>
    public static double About(double actual, double stated, double tolerance)
    {
        if (!(tolerance >= 0) || !double.IsFinite(tolerance))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"tolerance is {tolerance:R}: pass 0 or a positive finite number, such as 0.001 (how far the computed value may be from the stated one)."), nameof(tolerance));
        }

        if (!double.IsFinite(stated))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"stated is {stated:R}, which is not a finite number: the text states a number, so pass that number (or check a value that is not finite with Expect.Exactly)."), nameof(stated));
        }

        if (!double.IsFinite(actual))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"The text says {stated:R} (± {tolerance:G3}) but the code computed {actual:R}, which is not a finite number: correct the code."));
        }

        if (!(Math.Abs(actual - stated) <= tolerance))
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"The text says {stated:R} (± {tolerance:G3}) but the code computed {actual:R}: correct the text or the code."));
        }

        return actual;
    }

    /// <summary>Returns <paramref name="actual"/> if it equals the value the text states exactly.</summary>
    /// <exception cref="InvalidOperationException">The computed value is not the one the text states.</exception>
    public static T Exactly<T>(T actual, T stated)
    {
        if (!EqualityComparer<T>.Default.Equals(actual, stated))
        {
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"The text says {Shown(stated)} but the code computed {Shown(actual)}: correct the text or the code."));
        }

        return actual;
    }

    /// <summary>A value as a message shows it: invariant, and "null" for null.</summary>
    private static string Shown<T>(T value) => value is null ? "null" : string.Format(CultureInfo.InvariantCulture, "{0}", value);
}
