namespace NanoNeuron.Fast;

/// <summary>
/// The five numbers of the data that the cost and the gradients of a line <c>ŷ = x·w + b</c> depend on:
/// with them, an epoch of gradient descent (<see cref="FastTraining"/>) costs O(1) instead of a pass
/// over the examples, and the best line (least squares) is one division.
/// </summary>
/// <remarks>
/// <para>With m examples, <c>x̄ = mean(x)</c>, <c>ȳ = mean(y)</c>, <c>Sxx = mean((x − x̄)²)</c>,
/// <c>β = mean((x − x̄)(y − ȳ))/Sxx</c> (the best slope; 0 when every x is the same) and
/// <c>R = mean((y − ȳ − β·(x − x̄))²)</c> (what no line can explain). Then, with <c>r̄ = x̄·w + b − ȳ</c> (the mean error):</para>
/// <para><c>J = (r̄² + Sxx·(w − β)² + R)/2</c>, <c>∂J/∂w = Sxx·(w − β) + x̄·r̄</c>, <c>∂J/∂b = r̄</c>.</para>
/// <para>They are computed in three passes (the means, the centred sums, the scatter around the best line). The
/// centred form never subtracts large, nearly equal sums, so it stays accurate near the minimum.</para>
/// </remarks>
/// <param name="MeanX">x̄, the mean input.</param>
/// <param name="MeanY">ȳ, the mean target.</param>
/// <param name="VarianceX">Sxx, the mean squared distance of the inputs from x̄.</param>
/// <param name="Slope">β, the slope of the best line.</param>
/// <param name="Unexplained">R, the mean squared distance of the targets from the best line: the cost of that line is R/2.</param>
/// <exception cref="ArgumentException">A statistic that is not a finite number, or a negative Sxx or R (also through <c>with</c>).</exception>
public readonly record struct SufficientStatistics(double MeanX, double MeanY, double VarianceX, double Slope, double Unexplained)
{
    private readonly double meanX = Checked(MeanX, nameof(MeanX));
    private readonly double meanY = Checked(MeanY, nameof(MeanY));
    private readonly double varianceX = CheckedSquare(VarianceX, nameof(VarianceX));
    private readonly double slope = Checked(Slope, nameof(Slope));
    private readonly double unexplained = CheckedSquare(Unexplained, nameof(Unexplained));

    /// <summary>x̄, the mean input.</summary>
    public double MeanX { get => meanX; init => meanX = Checked(value, nameof(MeanX)); }

    /// <summary>ȳ, the mean target.</summary>
    public double MeanY { get => meanY; init => meanY = Checked(value, nameof(MeanY)); }

    /// <summary>Sxx, the mean squared distance of the inputs from x̄.</summary>
    public double VarianceX { get => varianceX; init => varianceX = CheckedSquare(value, nameof(VarianceX)); }

    /// <summary>β, the slope of the best line.</summary>
    public double Slope { get => slope; init => slope = Checked(value, nameof(Slope)); }

    /// <summary>R, the mean squared distance of the targets from the best line: the cost of that line is R/2.</summary>
    public double Unexplained { get => unexplained; init => unexplained = CheckedSquare(value, nameof(Unexplained)); }

    /// <summary>How far, relatively, the rounding of the mean may move Sxx (and so the slope) before the statistics are refused.</summary>
    private const double MaxRelativeVarianceError = 1e-12;

    /// <summary>2^-1034: a subnormal variance below it has lost more than 40 of its 52 bits.</summary>
    private static readonly double MinVarianceX = Math.ScaleB(1.0, -1034);

    /// <summary>The statistics of the examples (<paramref name="x"/>[i], <paramref name="y"/>[i]).</summary>
    /// <exception cref="ArgumentException">No examples, inputs and targets of different lengths, a value that is not finite, values so large that a statistic overflows a double, inputs that differ by so little that their variance underflows below 2^-1034, or inputs whose spread is so small against their size that the rounding of their mean would change Sxx by more than a relative 1e-12.</exception>
    public static SufficientStatistics Of(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        Guard.Examples(x, y);
        bool constant = Guard.AllEqual(x);

        // Equal inputs have that value as their mean, exactly; summing them could round it, and give a variance above 0.
        double meanX = constant ? x[0] : Mean(x);
        double meanY = Mean(y);
        double sxx = 0;
        double sxy = 0;
        double offset = 0;
        for (int i = 0; i < x.Length; i++)
        {
            offset += x[i] - meanX;
            sxx += (x[i] - meanX) * (x[i] - meanX);
            sxy += (x[i] - meanX) * (y[i] - meanY);
        }

        sxx /= x.Length;
        sxy /= x.Length;
        offset /= x.Length;
        double slope = sxx > 0 ? sxy / sxx : 0;
        double unexplained = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double residual = y[i] - meanY - slope * (x[i] - meanX);
            unexplained += residual * residual;
        }

        unexplained /= x.Length;
        string? tooLarge =
            !double.IsFinite(meanX) || !double.IsFinite(sxx) ? Invariant($"the inputs are too large: their mean is {Guard.Format(meanX)} and their variance {Guard.Format(sxx)}")
            : !double.IsFinite(meanY) ? Invariant($"the targets are too large: their mean is {Guard.Format(meanY)}")
            : !double.IsFinite(sxy) || !double.IsFinite(slope) || !double.IsFinite(unexplained) ? Invariant($"the inputs and targets are too large together: their covariance is {Guard.Format(sxy)}, the best slope {Guard.Format(slope)} and the unexplained scatter {Guard.Format(unexplained)}")
            : null;
        // Deep in the subnormals a variance has lost significant bits (at 0, all of them).
        if (tooLarge is null && sxx < MinVarianceX && !constant)
        {
            throw new ArgumentException(
                Invariant($"The statistics cannot be computed: the inputs are too small. They differ, but by so little that their variance underflows to {Guard.Format(sxx)} (below 2^-1034, a double keeps too few significant bits), so the best slope would be wrong. Standardize the inputs first (Standardizer.Fit(data).Transform(data)) or bring the values to an ordinary size (|x| from about 0.001 to 1,000)."),
                nameof(x));
        }

        // The deviations from the rounded mean should average 0; their offset adds offset² to Sxx (the slope's relative error).
        if (tooLarge is null && offset * offset > MaxRelativeVarianceError * sxx)
        {
            throw new ArgumentException(
                Invariant($"The statistics cannot be computed: the inputs differ by too little for their size. Their mean, {Guard.Format(meanX)}, rounds in a double by {Guard.Format(Math.Abs(offset))}, against a spread (standard deviation) of only {Guard.Format(Math.Sqrt(sxx))}, so the best slope would be wrong. Standardize the inputs first (Standardizer.Fit(data).Transform(data)) or subtract their mean from them first."),
                nameof(x));
        }

        if (tooLarge is not null)
        {
            throw new ArgumentException(
                Invariant($"The statistics cannot be computed: {tooLarge}, which is not a finite number in a double, so the best line would be wrong. Standardize the inputs first (Standardizer.Fit(data).Transform(data)) or bring the values to an ordinary size (|x| up to about 1,000)."),
                !double.IsFinite(meanX) || !double.IsFinite(sxx) ? "x" : "y");
        }

        return new SufficientStatistics(meanX, meanY, sxx, slope, unexplained);
    }

    /// <summary>The best line, <c>w = β</c>, <c>b = ȳ − β·x̄</c>: where both gradients are zero.</summary>
    /// <exception cref="InvalidOperationException">Every input is the same (Sxx = 0): every line through (x̄, ȳ) fits equally well.</exception>
    public Neuron BestLine => VarianceX > 0
        ? OneBestLine
        : throw new InvalidOperationException(
            Invariant($"Every input equals {Guard.Format(MeanX)}: every line through their mean target ({Guard.Format(MeanY)}) fits equally well, so there is no single best line. Use inputs that vary."));

    /// <summary>The line <c>w = β</c>, <c>b = ȳ − β·x̄</c>: the best one, or, when every input is the same, one of the equally good ones (w = 0).</summary>
    internal Neuron OneBestLine => new(Slope, MeanY - Slope * MeanX);

    /// <summary>The statistics without <see cref="BestLine"/>, which there may be no single one of.</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append(Invariant($"MeanX = {MeanX}, MeanY = {MeanY}, VarianceX = {VarianceX}, Slope = {Slope}, Unexplained = {Unexplained}"));
        return true;
    }

    /// <summary>The average cost of <paramref name="model"/> on the examples, without visiting them.</summary>
    /// <remarks>
    /// <para><c>J = (r̄² + Sxx·(w − β)² + R)/2</c> with <c>r̄ = x̄·w + b − ȳ</c>.</para>
    /// <para>It reports a cost, so it refuses a model that is not finite and a cost that overflows, as
    /// <see cref="Propagation.ForwardPropagation(Neuron, DataSet)"/> does.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">A weight or bias that is not finite, or a cost too large for a double.</exception>
    public double CostAt(Neuron model)
    {
        NeuronGuard.Finite(model);
        double meanError = MeanX * model.Weight + model.Bias - MeanY;
        double slopeError = model.Weight - Slope;
        return Guard.FiniteResult((meanError * meanError + VarianceX * slopeError * slopeError + Unexplained) / 2,
            "The cost", Propagation.Overflow(model), nameof(model));
    }

    /// <summary>The gradients of the average cost at <paramref name="model"/>, without visiting the examples.</summary>
    /// <remarks>
    /// <para><c>∂J/∂w = Sxx·(w − β) + x̄·r̄</c>, <c>∂J/∂b = r̄</c>, with <c>r̄ = x̄·w + b − ȳ</c>.</para>
    /// <para>It reports gradients, so it refuses a model that is not finite and a gradient that overflows.</para>
    /// </remarks>
    /// <exception cref="ArgumentException">A weight or bias that is not finite, or a gradient too large for a double.</exception>
    public Gradients GradientsAt(Neuron model)
    {
        NeuronGuard.Finite(model);
        double meanError = MeanX * model.Weight + model.Bias - MeanY;
        string why = Propagation.Overflow(model);
        return new Gradients(
            Guard.FiniteResult(VarianceX * (model.Weight - Slope) + MeanX * meanError, "∂J/∂w", why, nameof(model)),
            Guard.FiniteResult(meanError, "∂J/∂b", why, nameof(model)));
    }

    private static double Checked(double value, string name) =>
        double.IsFinite(value)
            ? value
            : throw new ArgumentException(Invariant($"{name} is {Guard.Format(value)}: it must be a finite number; use SufficientStatistics.Of(x, y) to measure it."), name);

    private static double CheckedSquare(double value, string name) =>
        value >= 0 && double.IsFinite(value)
            ? value
            : throw new ArgumentException(Invariant($"{name} is {Guard.Format(value)}: it is a mean of squares, so it must be a finite number, 0 or more; use SufficientStatistics.Of(x, y) to measure it."), name);

    private static double Mean(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (double value in values)
        {
            sum += value;
        }

        return sum / values.Length;
    }
}
