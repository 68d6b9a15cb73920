using System.Globalization;

namespace NanoNeuron;

/// <summary>Input checks with messages that say what is wrong and how to fix it.</summary>
internal static class Guard
{
    public static void Examples(ReadOnlySpan<double> x, ReadOnlySpan<double> y, string xName = "x", string yName = "y")
    {
        if (x.IsEmpty)
        {
            throw new ArgumentException(
                Invariant($"{xName} is empty: pass at least one example, for example DataSets.GenerateDataSets().Train."), xName);
        }

        if (x.Length != y.Length)
        {
            throw new ArgumentException(
                Invariant($"{xName} has {x.Length} values but {yName} has {y.Length}: every input needs exactly one target, so pass two sequences of the same length."),
                yName);
        }

        Finite(x, xName);
        Finite(y, yName);
    }

    public static void Finite(ReadOnlySpan<double> values, string name)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException(
                    Invariant($"{name}[{i}] is {Format(values[i])}: every value must be a finite number; remove or correct that example."), name);
            }
        }
    }

    /// <summary>
    /// Refuses a count below <paramref name="least"/> (an ArgumentException saying <paramref name="tooFew"/>) or above
    /// <paramref name="most"/> (an ArgumentOutOfRangeException saying <paramref name="tooMany"/>): "count is N: …".
    /// </summary>
    public static void Count(int count, int least, int most, string tooFew, string tooMany, string name = "count")
    {
        if (count < least)
        {
            throw new ArgumentException(Invariant($"{name} is {count}: {tooFew}."), name);
        }

        if (count > most)
        {
            throw new ArgumentOutOfRangeException(name, Invariant($"{name} is {count:N0}: {tooMany}."));
        }
    }

    /// <summary>Refuses a seed that would give the same numbers as another (the command line's --seed says the same).</summary>
    public static void Seed(int seed, string name = "seed")
    {
        if (seed is < 0 or > Hyperparameters.MaxSeed)
        {
            throw new ArgumentOutOfRangeException(name,
                Invariant($"{name} is {seed}: pass a seed from 0 to {Hyperparameters.MaxSeed} (Hyperparameters.MaxSeed); ") +
                (seed < 0
                    ? Invariant($"a negative seed would give the same numbers as {(seed == int.MinValue ? "0" : (-seed).ToString(CultureInfo.InvariantCulture))}.")
                    : "it would give the same numbers as 0."));
        }
    }

    /// <summary>
    /// <paramref name="values"/>, refused once it holds more than <paramref name="most"/> elements: reads at most
    /// <paramref name="most"/> + 1 of them, so an endless sequence fails with a reason instead of running until memory
    /// runs out. <paramref name="limit"/> says what the limit is and where it is named; the message names the sequence
    /// <paramref name="what"/> (by default the argument <paramref name="name"/>).
    /// </summary>
    /// <remarks>A collection that knows its count is refused before anything is read; other sequences as they are read (the refusal is then deferred).</remarks>
    public static IEnumerable<T> AtMost<T>(IEnumerable<T> values, int most, string limit, string name, string? what = null)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.TryGetNonEnumeratedCount(out int count))
        {
            return count <= most ? values : throw TooMany(most, limit, name, what);
        }

        return Read(values, most, limit, name, what);

        static IEnumerable<T> Read(IEnumerable<T> values, int most, string limit, string name, string? what)
        {
            int read = 0;
            foreach (var value in values)
            {
                if (++read > most)
                {
                    throw TooMany(most, limit, name, what);
                }

                yield return value;
            }
        }
    }

    private static ArgumentException TooMany(int most, string limit, string name, string? what) => new(
        Invariant($"{what ?? name} holds more than {most:N0} elements: {limit}. Is it an endless sequence (a generator that never stops, or Enumerable.Repeat(…, int.MaxValue))? Pass a finite list or array."),
        name);

    public static void Epochs(int epochs, string name = "epochs")
    {
        if (epochs < 0)
        {
            throw new ArgumentException(
                Invariant($"{name} is {Format(epochs)}: pass 0 or more (the original trains for {Hyperparameters.Epochs.ToString("N0", CultureInfo.InvariantCulture)})."), name);
        }
    }

    /// <summary>The power of two that brings the largest |value| into [1, 2) (0 if every value is 0).</summary>
    public static int ScaleExponent(ReadOnlySpan<double> values)
    {
        double largest = 0;
        foreach (double value in values)
        {
            largest = Math.Max(largest, Math.Abs(value));
        }

        return largest > 0 ? Math.ILogB(largest) : 0;
    }

    /// <summary>Whether every value equals the first, exactly (a mean of equal values may round, and differ from them).</summary>
    public static bool AllEqual(ReadOnlySpan<double> values)
    {
        foreach (double value in values)
        {
            if (value != values[0])
            {
                return false;
            }
        }

        return true;
    }

    public static void LearningRate(double learningRate, string name = "learningRate")
    {
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
        {
            throw new ArgumentException(
                Invariant($"{name} is {Format(learningRate)}: it must be a positive finite number, such as {Format(Hyperparameters.LearningRate)}."), name);
        }
    }

    /// <summary>
    /// Refuses a cost or gradient that came out infinite or NaN from finite inputs (the rule in the README: what
    /// measures, checks or reports never returns a number that is not finite); <paramref name="why"/> says what overflows.
    /// </summary>
    public static double FiniteResult(double value, string what, string why, string name)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException(Invariant($"{what} is {Format(value)}, not a finite number: {why}"), name);
        }

        return value;
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
