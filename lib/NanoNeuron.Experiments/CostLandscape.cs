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

    /// <summary>The most points a curve or a row of weights or biases has: 1,000,000 (each a cost over every example).</summary>
    public const int MaxPoints = 1_000_000;

    /// <summary>The most weights and biases a surface (or a field of gradients) measures along each side: 1,000 (a million points).</summary>
    public const int MaxGridSize = 1_000;

    /// <summary>The default window.</summary>
    public static CostLandscape Default { get; } = new();

    /// <summary>The window in which the optimizers' race runs: wide enough for momentum's and Adam's overshoots.</summary>
    public static CostLandscape Race { get; } = new(-0.5, 5.5, -10, 45);

    /// <summary><paramref name="count"/> evenly spaced weights across the window.</summary>
    /// <exception cref="ArgumentException">A count below 2 or above <see cref="MaxPoints"/>.</exception>
    public ImmutableArray<double> Weights(int count) => Spaced(WeightFrom, WeightTo, Points(count, nameof(count)));

    /// <summary><paramref name="count"/> evenly spaced biases across the window.</summary>
    /// <exception cref="ArgumentException">A count below 2 or above <see cref="MaxPoints"/>.</exception>
    public ImmutableArray<double> Biases(int count) => Spaced(BiasFrom, BiasTo, Points(count, nameof(count)));

    /// <summary>The cost on <paramref name="data"/> at every point of a <paramref name="size"/> × <paramref name="size"/> grid over the window.</summary>
    /// <remarks>On a log₁₀ scale, so that the valley shows: <c>log₁₀ J(w, b)</c>.</remarks>
    /// <exception cref="ArgumentException">A size below 2 or above <see cref="MaxGridSize"/>.</exception>
    public CostSurface Surface(DataSet data, int size = GridSize)
    {
        ArgumentNullException.ThrowIfNull(data);
        Guard.Count(size, 2, MaxGridSize, Invariant($"a surface needs from 2 to {MaxGridSize:N0} points along each side (CostLandscape.MaxGridSize), such as {GridSize}"),
            Invariant($"a surface has from 2 to {MaxGridSize:N0} points along each side (CostLandscape.MaxGridSize), such as {GridSize}"), nameof(size));
        var weights = Weights(size);
        var biases = Biases(size);
        return new CostSurface(this, weights, biases,
            [.. biases.Select(b => weights.Select(w => Math.Log10(Propagation.ForwardPropagation(new Neuron(w, b), data).Cost)).ToImmutableArray())]);
    }

    /// <summary>
    /// The gradient at the inner points of a (<paramref name="perSide"/> + 2)² grid over the window (its edges left out),
    /// where arrows pointing downhill are drawn.
    /// </summary>
    /// <exception cref="ArgumentException">perSide below 1 or above <see cref="MaxGridSize"/>.</exception>
    public ImmutableArray<(Neuron Point, Gradients Gradients)> Gradients(DataSet data, int perSide = 6)
    {
        ArgumentNullException.ThrowIfNull(data);
        Guard.Count(perSide, 1, MaxGridSize, Invariant($"pass from 1 to {MaxGridSize:N0} arrows along each side (CostLandscape.MaxGridSize), such as 6"),
            Invariant($"pass from 1 to {MaxGridSize:N0} arrows along each side (CostLandscape.MaxGridSize), such as 6"), nameof(perSide));
        return [.. from w in Weights(perSide + 2)[1..^1]
                   from b in Biases(perSide + 2)[1..^1]
                   let point = new Neuron(w, b)
                   select (point, Propagation.BackwardPropagation(Propagation.ForwardPropagation(point, data), data))];
    }

    /// <summary>The cost on <paramref name="data"/> as the weight changes from <paramref name="weightFrom"/> to <paramref name="weightTo"/>, the bias held fixed.</summary>
    /// <exception cref="ArgumentException">A count below 2 or above <see cref="MaxPoints"/>.</exception>
    public static CostCurve AlongWeight(DataSet data, double bias = Temperature.Bias, double weightFrom = 0, double weightTo = 3.6, int count = 200)
    {
        ArgumentNullException.ThrowIfNull(data);
        var weights = Spaced(weightFrom, weightTo, Points(count, nameof(count)));
        return new CostCurve(bias, weights, [.. weights.Select(w => Propagation.ForwardPropagation(new Neuron(w, bias), data).Cost)]);
    }

    /// <summary>The slope of the cost along w at each of <paramref name="weights"/> (bias held fixed), measured by nudging w.</summary>
    /// <remarks>
    /// slope ≈ (J(w + h) − J(w)) / h, with h = <paramref name="nudge"/>: rise over run. The nudge follows
    /// <see cref="GradientCheck"/>'s rule: positive and finite, and large enough to measure (not lost in rounding against w,
    /// not leaving the cost unchanged to the last bit where a nudge of ordinary size changes it, and not so small that the
    /// cost's own rounding could move the slope by more than 0.1 %).
    /// </remarks>
    /// <exception cref="ArgumentException">A nudge that is not positive and finite, or too small to measure at one of the weights.</exception>
    public static ImmutableArray<Tangent> Tangents(DataSet data, IReadOnlyList<double> weights, double bias = Temperature.Bias, double nudge = DefaultNudge)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(weights);
        GradientCheck.CheckStep(nudge, nameof(nudge), DefaultNudge);
        double Cost(double w) => Propagation.ForwardPropagation(new Neuron(w, bias), data).Cost;
        return [.. weights.Select(w =>
        {
            double cost = Cost(w);
            GradientCheck.CheckResolved("w", w, nudge, nameof(nudge), DefaultNudge);
            double nudged;
            try
            {
                nudged = Cost(w + nudge);
            }
            catch (ArgumentException) // the cost at w itself was fine: the nudge took the weight too far
            {
                throw new ArgumentException(
                    Invariant($"nudge is {Guard.Format(nudge)}: nudging w = {Guard.Format(w)} by it gives w = {Guard.Format(w + nudge)}, where the cost overflows a double. Use a small nudge such as {Guard.Format(DefaultNudge)}."),
                    nameof(nudge));
            }

            if (nudged == cost && nudge < GradientCheck.ProbeStep(w))
            {
                GradientCheck.CheckMeasurable(Cost, "w", w, nudge, nudged, nameof(nudge), DefaultNudge);
            }

            double slope = Guard.FiniteResult((nudged - cost) / nudge, Invariant($"The slope at w = {Guard.Format(w)}"),
                Invariant($"the cost overflows a double. Use weights, a bias and a nudge of ordinary size (for example nudge {Guard.Format(DefaultNudge)})."), nameof(nudge));
            GradientCheck.CheckAboveRounding(cost, slope, nudge, "w", nameof(nudge), DefaultNudge);
            return new Tangent(w, cost, slope);
        })];
    }

    /// <summary>The nudge <see cref="Tangents"/> measures slopes with by default.</summary>
    public const double DefaultNudge = 1e-4;

    /// <summary>Refuses a number of points that a curve cannot have.</summary>
    private static int Points(int count, string name)
    {
        string range = Invariant($"pass from 2 to {MaxPoints:N0} points (CostLandscape.MaxPoints), such as 200");
        Guard.Count(count, 2, MaxPoints, range, range, name);
        return count;
    }

    private static ImmutableArray<double> Spaced(double from, double to, int count) =>
        [.. Enumerable.Range(0, count).Select(i => from + (to - from) * i / (count - 1))];
}
