using System.Globalization;

namespace NanoNeuron.Exercises;

/// <summary>
/// Ties a number in a lesson's text to the code: a cell that ends with <c>Expect.About(computed, stated)</c>
/// shows the value and fails loudly if the text and the computation ever disagree.
/// </summary>
public static class Expect
{
    /// <summary>Returns <paramref name="actual"/> if it is within <paramref name="tolerance"/> of the value the text states.</summary>
    /// <exception cref="InvalidOperationException">The computed value is not the one the text states.</exception>
    public static double About(double actual, double stated, double tolerance)
    {
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
                string.Create(CultureInfo.InvariantCulture, $"The text says {stated} but the code computed {actual}: correct the text or the code."));
        }

        return actual;
    }
}
