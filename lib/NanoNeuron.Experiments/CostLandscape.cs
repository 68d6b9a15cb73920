namespace NanoNeuron.Experiments;

/// <summary>A window of (w, b) over which the cost of a neuron is measured; the default holds the original start and the answer.</summary>
/// <remarks>
/// Its ends are checked where it is measured: each a finite number, close enough that the points between them can be
/// spaced without overflow, and the cost finite at every point measured. A window that fails is refused
/// naming its ends, never as a model the caller did not pass.
/// </remarks>
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
    /// <exception cref="ArgumentException">A count below 2 or above <see cref="MaxPoints"/>, or ends that are not finite or too far apart.</exception>
    public ImmutableArray<double> Weights(int count) => Spaced(WeightFrom, WeightTo, Points(count, nameof(count)), nameof(WeightFrom), nameof(WeightTo), Default.WeightFrom, Default.WeightTo);

    /// <summary><paramref name="count"/> evenly spaced biases across the window.</summary>
    /// <exception cref="ArgumentException">A count below 2 or above <see cref="MaxPoints"/>, or ends that are not finite or too far apart.</exception>
    public ImmutableArray<double> Biases(int count) => Spaced(BiasFrom, BiasTo, Points(count, nameof(count)), nameof(BiasFrom), nameof(BiasTo), Default.BiasFrom, Default.BiasTo);

    /// <summary>The lowest cost <see cref="Surface"/> draws, 1e-12: a cost of 0 (a line through every example) is drawn there.</summary>
    public const double SmallestDrawnCost = 1e-12;

    /// <summary>The cost on <paramref name="data"/> at every point of a <paramref name="size"/> × <paramref name="size"/> grid over the window.</summary>
    /// <remarks>On a log₁₀ scale, so that the valley shows: <c>log₁₀ max(J(w, b), <see cref="SmallestDrawnCost"/>)</c>. A line
    /// through every example costs exactly 0, which has no logarithm; it is drawn at the floor, −12.</remarks>
    /// <exception cref="ArgumentException">A size below 2 or above <see cref="MaxGridSize"/>, or a window that cannot be measured (see the remarks of <see cref="CostLandscape"/>).</exception>
    public CostSurface Surface(DataSet data, int size = GridSize)
    {
        ArgumentNullException.ThrowIfNull(data);
        Guard.Count(size, 2, MaxGridSize, Invariant($"a surface needs from 2 to {MaxGridSize:N0} points along each side (CostLandscape.MaxGridSize), such as {GridSize}"),
            Invariant($"a surface has from 2 to {MaxGridSize:N0} points along each side (CostLandscape.MaxGridSize), such as {GridSize}"), nameof(size));
        var weights = Weights(size);
        var biases = Biases(size);
        return new CostSurface(this, weights, biases,
            [.. biases.Select(b => weights.Select(w => Math.Log10(Math.Max(CostAt(w, b, data, WindowAdvice), SmallestDrawnCost))).ToImmutableArray())]);
    }

    /// <summary>
    /// The gradient at the inner points of a (<paramref name="perSide"/> + 2)² grid over the window (its edges left out),
    /// where arrows pointing downhill are drawn.
    /// </summary>
    /// <exception cref="ArgumentException">perSide below 1 or above <see cref="MaxGridSize"/>, or a window that cannot be measured (see the remarks of <see cref="CostLandscape"/>).</exception>
    public ImmutableArray<(Neuron Point, Gradients Gradients)> Gradients(DataSet data, int perSide = 6)
    {
        ArgumentNullException.ThrowIfNull(data);
        Guard.Count(perSide, 1, MaxGridSize, Invariant($"pass from 1 to {MaxGridSize:N0} arrows along each side (CostLandscape.MaxGridSize), such as 6"),
            Invariant($"pass from 1 to {MaxGridSize:N0} arrows along each side (CostLandscape.MaxGridSize), such as 6"), nameof(perSide));
        return [.. from w in Weights(perSide + 2)[1..^1]
                   from b in Biases(perSide + 2)[1..^1]
                   let point = new Neuron(w, b)
                   select (point, Measured(() => Propagation.BackwardPropagation(Propagation.ForwardPropagation(point, data), data), w, b, WindowAdvice))];
    }

    /// <summary>The cost on <paramref name="data"/> as the weight changes from <paramref name="weightFrom"/> to <paramref name="weightTo"/>, the bias held fixed.</summary>
    /// <exception cref="ArgumentException">A count below 2 or above <see cref="MaxPoints"/>, a bias that is not finite, or weights that cannot be measured (see the remarks of <see cref="CostLandscape"/>).</exception>
    public static CostCurve AlongWeight(DataSet data, double bias = Temperature.Bias, double weightFrom = 0, double weightTo = 3.6, int count = 200)
    {
        ArgumentNullException.ThrowIfNull(data);
        FiniteBias(bias);
        var weights = Spaced(weightFrom, weightTo, Points(count, nameof(count)), nameof(weightFrom), nameof(weightTo), 0, 3.6);
        return new CostCurve(bias, weights, [.. weights.Select(w => CostAt(w, bias, data, "choose weightFrom, weightTo and bias of ordinary size, such as 0, 3.6 and 32"))]);
    }

    /// <summary>The slope of the cost along w at each of <paramref name="weights"/> (bias held fixed), measured by nudging w.</summary>
    /// <remarks>
    /// slope ≈ (J(w + h) − J(w)) / h, with h = <paramref name="nudge"/>: rise over run. The nudge follows
    /// <see cref="GradientCheck"/>'s rule: positive and finite, and large enough to measure (not lost in rounding against w,
    /// not leaving the cost unchanged to the last bit where a nudge of ordinary size changes it, and not so small that the
    /// cost's own rounding could move the slope by more than 0.1 %).
    /// </remarks>
    /// <exception cref="ArgumentException">More than <see cref="MaxPoints"/> weights (an endless sequence is refused once it passes that), a bias that is not finite, a nudge that is not positive and finite, or too small to measure at one of the weights.</exception>
    public static ImmutableArray<Tangent> Tangents(DataSet data, IReadOnlyList<double> weights, double bias = Temperature.Bias, double nudge = DefaultNudge)
    {
        ArgumentNullException.ThrowIfNull(data);
        weights = [.. Guard.AtMost(weights, MaxPoints, Invariant($"a row of tangents has at most {MaxPoints:N0} points (CostLandscape.MaxPoints)"), nameof(weights))];
        FiniteBias(bias);
        GradientCheck.CheckStep(nudge, nameof(nudge), DefaultNudge);
        double Cost(double w) => Propagation.ForwardPropagation(new Neuron(w, bias), data).Cost;
        return [.. weights.Select((w, i) =>
        {
            if (!double.IsFinite(w))
            {
                throw new ArgumentException(Invariant($"weights[{i}] is {Guard.Format(w)}: every weight must be a finite number, such as 1.8."), nameof(weights));
            }

            double cost = CostAt(w, bias, data, "choose weights and a bias of ordinary size, such as 1.8 and 32");
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

    /// <summary><paramref name="count"/> evenly spaced values from <paramref name="from"/> to <paramref name="to"/>, ends that are not finite or too far apart refused naming them.</summary>
    private static ImmutableArray<double> Spaced(double from, double to, int count, string fromName, string toName, double usualFrom, double usualTo)
    {
        if (!double.IsFinite(from) || !double.IsFinite(to) || !double.IsFinite((to - from) * (count - 1)))
        {
            throw new ArgumentException(
                Invariant($"{fromName} is {Guard.Format(from)} and {toName} is {Guard.Format(to)}: both must be finite numbers, close enough that their distance times {count - 1} (the points but one) stays below about 1.8E+308, such as {Guard.Format(usualFrom)} and {Guard.Format(usualTo)}."),
                double.IsFinite(from) ? toName : fromName);
        }

        return [.. Enumerable.Range(0, count).Select(i => from + (to - from) * i / (count - 1))];
    }

    private static void FiniteBias(double bias)
    {
        if (!double.IsFinite(bias))
        {
            throw new ArgumentException(Invariant($"bias is {Guard.Format(bias)}: it must be a finite number, such as {Guard.Format(Temperature.Bias)}."), nameof(bias));
        }
    }

    private static string WindowAdvice => Invariant(
        $"choose a window of ordinary size, such as the default one (w from {Guard.Format(Default.WeightFrom)} to {Guard.Format(Default.WeightTo)}, b from {Guard.Format(Default.BiasFrom)} to {Guard.Format(Default.BiasTo)})");

    private static double CostAt(double w, double b, DataSet data, string advice) =>
        Measured(() => Propagation.ForwardPropagation(new Neuron(w, b), data).Cost, w, b, advice);

    /// <summary>What <paramref name="measure"/> gives at (w, b), a cost or gradient that overflows refused as the caller's point, not a model's.</summary>
    private static T Measured<T>(Func<T> measure, double w, double b, string advice)
    {
        try
        {
            return measure();
        }
        catch (ArgumentException) // the data set was checked when built: only the point can be at fault, and the caller chose it as a window
        {
            throw new ArgumentException(
                Invariant($"At w = {Guard.Format(w)}, b = {Guard.Format(b)} the cost or its slope overflows a double: {advice}."));
        }
    }
}
