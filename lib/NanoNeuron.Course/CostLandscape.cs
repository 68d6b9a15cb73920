namespace NanoNeuron.Course;

/// <summary>The window of (w, b) the course's cost charts show: it holds the original start and the answer.</summary>
/// <param name="WeightFrom">Smallest w.</param>
/// <param name="WeightTo">Largest w.</param>
/// <param name="BiasFrom">Smallest b.</param>
/// <param name="BiasTo">Largest b.</param>
public sealed record CostLandscape(double WeightFrom = 0.5, double WeightTo = 3.4, double BiasFrom = -10, double BiasTo = 45)
{
    /// <summary>The default window.</summary>
    public static CostLandscape Default { get; } = new();

    /// <summary><paramref name="count"/> evenly spaced weights across the window.</summary>
    public double[] Weights(int count) => Spaced(WeightFrom, WeightTo, count);

    /// <summary><paramref name="count"/> evenly spaced biases across the window.</summary>
    public double[] Biases(int count) => Spaced(BiasFrom, BiasTo, count);

    private static double[] Spaced(double from, double to, int count) =>
        [.. Enumerable.Range(0, count).Select(i => from + (to - from) * i / (count - 1))];
}
