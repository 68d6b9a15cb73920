using System.Collections.Immutable;

namespace NanoNeuron;

/// <summary>Examples for the neuron: inputs <see cref="X"/> and their targets <see cref="Y"/>.</summary>
/// <remarks>
/// Validated once when built: at least one example and at most <see cref="MaxCount"/>, as many targets as inputs, all finite.
/// </remarks>
public sealed record DataSet
{
    /// <summary>The most examples a data set holds: 10,000,000 (two arrays of doubles, 160 MB).</summary>
    public const int MaxCount = 10_000_000;

    /// <summary>Builds a data set after checking it.</summary>
    /// <remarks>Reads at most <see cref="MaxCount"/> + 1 values of each sequence, so an endless one is refused instead of filling memory.</remarks>
    /// <exception cref="ArgumentException">Empty, more than <see cref="MaxCount"/> values, mismatched lengths, or a value that is not finite.</exception>
    public DataSet(IEnumerable<double> x, IEnumerable<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        X = [.. Guard.AtMost(x, MaxCount, Limit, nameof(x))];
        Y = [.. Guard.AtMost(y, MaxCount, Limit, nameof(y))];
        Guard.Examples(X.AsSpan(), Y.AsSpan());
    }

    private static readonly string Limit = Invariant($"a data set holds at most {MaxCount:N0} examples (DataSet.MaxCount)");

    /// <summary>The inputs (°C in this course).</summary>
    public ImmutableArray<double> X { get; }

    /// <summary>The targets (°F in this course).</summary>
    public ImmutableArray<double> Y { get; }

    /// <summary>m, the number of examples.</summary>
    public int Count => X.Length;

    /// <summary>
    /// Simulates a data set: <paramref name="count"/> examples, each from one call of <paramref name="draw"/> on a
    /// <see cref="Random"/> with <paramref name="seed"/>, so the same seed always gives the same examples.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A seed outside 0 to <see cref="Hyperparameters.MaxSeed"/>.</exception>
    internal static DataSet Draw(int count, int seed, Func<Random, (double X, double Y)> draw)
    {
        Guard.Seed(seed);
        var random = new Random(seed);
        var x = new double[count];
        var y = new double[count];
        for (int i = 0; i < count; i++)
        {
            (x[i], y[i]) = draw(random);
        }

        return new DataSet(x, y);
    }
}
