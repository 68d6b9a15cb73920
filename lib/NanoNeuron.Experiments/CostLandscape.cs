namespace NanoNeuron.Experiments;

/// <summary>A window of (w, b) over which the cost of a neuron is measured; the default holds the original start and the answer.</summary>
/// <param name="WeightFrom">Smallest w.</param>
/// <param name="WeightTo">Largest w.</param>
/// <param name="BiasFrom">Smallest b.</param>
/// <param name="BiasTo">Largest b.</param>
public sealed record CostLandscape(double WeightFrom = 0.5, double WeightTo = 3.4, double BiasFrom = -10, double BiasTo = 45)
{
    /// <summary>How many weights and biases a surface measures along each side by default.</summary>
    public const int GridSize = 80;

    /// <summary>The default window.</summary>
    public static CostLandscape Default { get; } = new();

    /// <summary>The window in which the optimizers' race runs: wide enough for momentum's and Adam's overshoots.</summary>
    public static CostLandscape Race { get; } = new(-0.5, 5.5, -10, 45);

    /// <summary><paramref name="count"/> evenly spaced weights across the window.</summary>
    public ImmutableArray<double> Weights(int count) => Spaced(WeightFrom, WeightTo, count);

    /// <summary><paramref name="count"/> evenly spaced biases across the window.</summary>
    public ImmutableArray<double> Biases(int count) => Spaced(BiasFrom, BiasTo, count);

    /// <summary>The cost on <paramref name="data"/> at every point of a <paramref name="size"/> × <paramref name="size"/> grid over the window.</summary>
    /// <remarks>On a log₁₀ scale, so that the valley shows: <c>log₁₀ J(w, b)</c>.</remarks>
    public CostSurface Surface(DataSet data, int size = GridSize)
    {
        ArgumentNullException.ThrowIfNull(data);
        var weights = Weights(size);
        var biases = Biases(size);
        return new CostSurface(this, weights, biases,
            [.. biases.Select(b => weights.Select(w => Math.Log10(Propagation.ForwardPropagation(new Neuron(w, b), data).Cost)).ToImmutableArray())]);
    }

    /// <summary>
    /// The gradient at the inner points of a (<paramref name="perSide"/> + 2)² grid over the window (its edges left out),
    /// where arrows pointing downhill are drawn.
    /// </summary>
    public ImmutableArray<(Neuron Point, Gradients Gradients)> Gradients(DataSet data, int perSide = 6)
    {
        ArgumentNullException.ThrowIfNull(data);
        return [.. from w in Weights(perSide + 2)[1..^1]
                   from b in Biases(perSide + 2)[1..^1]
                   let point = new Neuron(w, b)
                   select (point, Propagation.BackwardPropagation(Propagation.ForwardPropagation(point, data), data))];
    }

    /// <summary>The cost on <paramref name="data"/> as the weight changes from <paramref name="weightFrom"/> to <paramref name="weightTo"/>, the bias held fixed.</summary>
    public static CostCurve AlongWeight(DataSet data, double bias = Temperature.Bias, double weightFrom = 0, double weightTo = 3.6, int count = 200)
    {
        ArgumentNullException.ThrowIfNull(data);
        var weights = Spaced(weightFrom, weightTo, count);
        return new CostCurve(bias, weights, [.. weights.Select(w => Propagation.ForwardPropagation(new Neuron(w, bias), data).Cost)]);
    }

    /// <summary>The slope of the cost along w at each of <paramref name="weights"/> (bias held fixed), measured by nudging w.</summary>
    /// <remarks>slope ≈ (J(w + h) − J(w)) / h, with h = <paramref name="nudge"/>: rise over run.</remarks>
    public static ImmutableArray<Tangent> Tangents(DataSet data, IReadOnlyList<double> weights, double bias = Temperature.Bias, double nudge = 1e-4)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(weights);
        double Cost(double w) => Propagation.ForwardPropagation(new Neuron(w, bias), data).Cost;
        return [.. weights.Select(w => new Tangent(w, Cost(w), (Cost(w + nudge) - Cost(w)) / nudge))];
    }

    private static ImmutableArray<double> Spaced(double from, double to, int count) =>
        [.. Enumerable.Range(0, count).Select(i => from + (to - from) * i / (count - 1))];
}
