using System.Globalization;

namespace NanoNeuron.Exercises;

/// <summary>
/// Ties a number in a lesson's text to the code: a cell that ends with <c>Expect.About(computed, stated)</c>
/// shows the value and fails loudly if the text and the computation ever disagree.
/// </summary>
public static class Expect
{
    /// <summary>Returns <paramref name="actual"/> if it is within <paramref name="tolerance"/> of the value the text states.</summary>
    /// <remarks>The tolerance may be at most <c>max(|stated|, 1)</c>: a larger one would let almost any value pass.</remarks>
    /// <exception cref="ArgumentException">A tolerance that is negative, not finite or above <c>max(|stated|, 1)</c>, or a stated value that is not finite: such a check could (almost) never fail, or never pass.</exception>
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

        if (tolerance > Math.Max(Math.Abs(stated), 1))
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"tolerance is {tolerance:R}, more than the stated value {stated:R} itself (and more than 1): such a check could hardly fail. Pass a tolerance at most |stated| (or at most 1 when |stated| is below 1), such as 0.001."), nameof(tolerance));
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
    /// <remarks>
    /// Two sequences (arrays, lists, nested ones; not strings) are equal when their elements are, one by one, and arrays of
    /// several dimensions have the same shape; two sets or dictionaries when they hold the same elements (entries), in any
    /// order. A sequence nested more than <see cref="ExactValue.MaxDepth"/> levels deep, or a value holding more than
    /// <see cref="ExactValue.MaxElements"/> elements in all (counting those of the sequences inside it), is not compared (a
    /// list that holds itself, an endless sequence): the check fails and says so. Sets and dictionaries of numbers, strings
    /// and other values whose hash agrees with their Equals are matched by hash; those holding other objects (records, say)
    /// one pair at a time, at most <see cref="ExactValue.MaxPairwise"/> elements in all, and above that the check fails and
    /// says to compare them as sorted lists.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The computed value is not the one the text states, or cannot be compared.</exception>
    public static T Exactly<T>(T actual, T stated)
    {
        if (EqualityComparer<T>.Default.Equals(actual, stated))
        {
            return actual;
        }

        var computed = ExactValue.Of(actual);
        var text = ExactValue.Of(stated);
        if ((text.Unread ?? computed.Unread) is { } unread)
        {
            throw new InvalidOperationException($"The text's value and the code's cannot be compared: {unread}. Compare a part of it, or its length.");
        }

        if (computed.Same(text))
        {
            return actual;
        }

        string shownText = Shown(text.ToString), shownCode = Shown(computed.ToString);
        bool alike = shownText == shownCode;
        string why = Shown(() => computed.FirstDifference(text, alike) is { Length: > 0 } where ? where : alike ? computed.WhyAlike(text) : "");
        // Long values are shown from a little before where they first differ, so that the difference is in the message.
        int from = shownText.Length > MaxShown || shownCode.Length > MaxShown ? Math.Max(0, shownText.AsSpan().CommonPrefixLength(shownCode) - (MaxShown / 3)) : 0;
        throw new InvalidOperationException($"The text says {Cut(shownText, from)} but the code computed {Cut(shownCode, from)}{Cut(why, 0)}: correct the text or the code.");
    }

    /// <summary>
    /// <paramref name="shown"/> from character <paramref name="from"/> on, at most <see cref="MaxShown"/> characters of it
    /// (never half of a pair of UTF-16 halves), saying what was left out: a message is read, not searched.
    /// </summary>
    private static string Cut(string shown, int from)
    {
        if (shown.Length <= MaxShown)
        {
            return shown;
        }

        from = Math.Min(from, shown.Length);
        from += from > 0 && from < shown.Length && char.IsLowSurrogate(shown[from]) ? 1 : 0;
        int end = Math.Min(shown.Length, from + MaxShown);
        end -= end < shown.Length && char.IsHighSurrogate(shown[end - 1]) ? 1 : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"{(from > 0 ? $"(from character {from:N0}) …" : "")}{shown.AsSpan(from, end - from)}{(end < shown.Length ? "…" : "")} ({shown.Length:N0} characters in all)");
    }

    /// <summary>The most characters of one value (or of where two differ) a message shows: 300.</summary>
    private const int MaxShown = 300;

    /// <summary>
    /// A value (or where two differ) as a message shows it: invariant (records too, whose ToString uses the current
    /// culture), "null" for null, a sequence as [a, b, …].
    /// </summary>
    /// <remarks>Characters a reader would not see (control and format characters, other spaces) are written as \uXXXX.</remarks>
    private static string Shown(Func<string> show)
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return NanoNeuron.Tools.PrintableText.Escape(show());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
