using System.Collections;
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
    /// Two sequences (arrays, lists, nested ones; not strings) are equal when their elements are, one by one; two sets when
    /// they hold the same elements, in any order. Nesting deeper than <see cref="MaxDepth"/> levels (a list that holds
    /// itself) is not equal.
    /// </remarks>
    /// <exception cref="InvalidOperationException">The computed value is not the one the text states.</exception>
    public static T Exactly<T>(T actual, T stated)
    {
        if (!EqualityComparer<T>.Default.Equals(actual, stated) && !Same(actual, stated, 0))
        {
            string where = FirstDifference(actual, stated) is { } index
                ? string.Create(CultureInfo.InvariantCulture, $" (element {index + 1} differs)")
                : "";
            throw new InvalidOperationException(
                string.Create(CultureInfo.InvariantCulture, $"The text says {Shown(stated)} but the code computed {Shown(actual)}{where}: correct the text or the code."));
        }

        return actual;
    }

    /// <summary>How deep sequences inside sequences are compared and shown: a list that holds itself would go on for ever.</summary>
    public const int MaxDepth = 8;

    /// <summary>Whether two values are equal, or are sequences with equal elements in the same order (sets: in any order).</summary>
    private static bool Same(object? actual, object? stated, int depth) =>
        Equals(actual, stated)
        || (depth < MaxDepth && actual is IEnumerable computed and not string && stated is IEnumerable text and not string
            && (IsSet(actual) && IsSet(stated)
                ? computed.Cast<object?>().ToHashSet().SetEquals(text.Cast<object?>())
                : Sequences(computed, text).All(pair => pair.Both && Same(pair.Actual, pair.Stated, depth + 1))));

    private static bool IsSet(object value) =>
        value.GetType().GetInterfaces().Any(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ISet<>));

    /// <summary>The two sequences side by side, to the end of the longer (<c>Both</c> is false past the end of either).</summary>
    private static IEnumerable<(object? Actual, object? Stated, bool Both)> Sequences(IEnumerable actual, IEnumerable stated)
    {
        var a = actual.GetEnumerator();
        var s = stated.GetEnumerator();
        try
        {
            while (true)
            {
                bool hasA = a.MoveNext(), hasS = s.MoveNext();
                if (!hasA && !hasS)
                {
                    yield break;
                }

                yield return (hasA ? a.Current : null, hasS ? s.Current : null, hasA && hasS);
            }
        }
        finally
        {
            (a as IDisposable)?.Dispose();
            (s as IDisposable)?.Dispose();
        }
    }

    /// <summary>The index of the first element where two ordered sequences differ, or null (not sequences, or sets).</summary>
    private static int? FirstDifference(object? actual, object? stated)
    {
        if (actual is not IEnumerable computed || actual is string || stated is not IEnumerable text || stated is string || IsSet(actual) || IsSet(stated))
        {
            return null;
        }

        int index = 0;
        foreach (var pair in Sequences(computed, text))
        {
            if (!pair.Both || !Same(pair.Actual, pair.Stated, 1))
            {
                return index;
            }

            index++;
        }

        return null;
    }

    /// <summary>A value as a message shows it: invariant (records too, whose ToString uses the current culture), "null" for null, a sequence as [a, b, …].</summary>
    /// <remarks>Characters a reader would not see (control and format characters, other spaces) are written as \uXXXX.</remarks>
    private static string Shown(object? value, int depth = 0)
    {
        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            return NanoNeuron.Tools.PrintableText.Escape(value switch
            {
                null => "null",
                string text => text,
                IEnumerable when depth >= MaxDepth => "[…]",
                IEnumerable items => ShownElements(items.Cast<object?>(), depth),
                _ => string.Format(CultureInfo.InvariantCulture, "{0}", value),
            });
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    private static string ShownElements(IEnumerable<object?> items, int depth)
    {
        const int MaxShown = 10;
        object?[] first = [.. items.Take(MaxShown + 1)];
        string elements = string.Join(", ", first.Take(MaxShown).Select(item => Shown(item, depth + 1)));
        return first.Length > MaxShown ? $"[{elements}, …]" : $"[{elements}]";
    }
}
