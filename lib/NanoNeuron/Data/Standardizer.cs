namespace NanoNeuron.Data;

/// <summary>
/// Standardizes inputs to mean 0 and standard deviation 1, and maps a neuron trained on them back to the
/// original units.
/// </summary>
/// <remarks>
/// <para><c>x′ = (x − μ)/σ</c> with the population mean μ and standard deviation σ of the training inputs.</para>
/// <para>
/// On standardized inputs the Hessian of the average cost is the identity (mean x′ = 0, mean x′² = 1): the
/// long valley becomes a round bowl, every direction converges at the same rate, and any α &lt; 2 is stable.
/// </para>
/// <para>A neuron <c>ŷ = w′·x′ + b′</c> is the neuron <c>w = w′/σ</c>, <c>b = b′ − w′·μ/σ</c> on the raw inputs.</para>
/// </remarks>
/// <param name="Mean">μ, the mean of the inputs it was fitted on.</param>
/// <param name="StandardDeviation">σ, their population standard deviation (dividing by m).</param>
/// <exception cref="ArgumentException">μ not finite, or σ not positive and finite (also through <c>with</c>).</exception>
public readonly record struct Standardizer(double Mean, double StandardDeviation)
{
    private readonly double mean = CheckedMean(Mean, nameof(Mean));
    private readonly double standardDeviation = CheckedDeviation(StandardDeviation, nameof(StandardDeviation));

    /// <summary>μ, the mean of the inputs it was fitted on.</summary>
    public double Mean { get => mean; init => mean = CheckedMean(value, nameof(Mean)); }

    /// <summary>σ, their population standard deviation (dividing by m).</summary>
    public double StandardDeviation { get => standardDeviation; init => standardDeviation = CheckedDeviation(value, nameof(StandardDeviation)); }

    /// <summary>Measures μ and σ of <paramref name="x"/>.</summary>
    /// <remarks>
    /// The inputs are first scaled by a power of two so that the largest is between 1 and 2: exact, so the result has
    /// the same bits as without scaling, but the squares no longer overflow for inputs near ±1e200.
    /// </remarks>
    /// <exception cref="ArgumentException">Empty inputs, a value that is not finite, all inputs equal (σ = 0), or inputs so close that σ underflows to 0.</exception>
    public static Standardizer Fit(ReadOnlySpan<double> x)
    {
        Guard.Examples(x, x);
        int exponent = Guard.ScaleExponent(x);
        double mean = 0;
        foreach (double value in x)
        {
            mean += Math.ScaleB(value, -exponent);
        }

        mean /= x.Length;
        double variance = 0;
        foreach (double value in x)
        {
            double centred = Math.ScaleB(value, -exponent) - mean;
            variance += centred * centred;
        }

        double scaledDeviation = Math.Sqrt(variance / x.Length);
        double deviation = Math.ScaleB(scaledDeviation, exponent);
        mean = Math.ScaleB(mean, exponent);
        if (scaledDeviation > 0 && !(deviation > 0))
        {
            throw new ArgumentException(
                Invariant($"The inputs differ by less than a double can measure: their standard deviation, about 2^{Math.ILogB(scaledDeviation) + exponent}, underflows to 0, so they cannot be standardized. Scale them up first (multiply them by a power of ten, such as 1e300)."),
                nameof(x));
        }

        if (!(deviation > 0))
        {
            throw new ArgumentException(
                Invariant($"Every input equals {Guard.Format(mean)}, so their standard deviation is 0 and they cannot be standardized: use inputs that vary."),
                nameof(x));
        }

        return new Standardizer(mean, deviation);
    }

    /// <inheritdoc cref="Fit(ReadOnlySpan{double})"/>
    public static Standardizer Fit(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Fit(data.X.AsSpan());
    }

    /// <summary>One standardized input, <c>(x − μ)/σ</c>.</summary>
    /// <exception cref="InvalidOperationException">A <c>default</c> standardizer (σ = 0): build one with <see cref="Fit(DataSet)"/>.</exception>
    /// <exception cref="ArgumentException">A result that is not a finite number (x far from μ compared with σ, or x not finite).</exception>
    public double Transform(double x)
    {
        EnsureFitted();
        double standardized = (x - Mean) / StandardDeviation;
        if (!double.IsFinite(standardized))
        {
            throw new ArgumentException(
                Invariant($"x = {Guard.Format(x)} standardizes to {Guard.Format(standardized)}: (x − μ)/σ with μ = {Guard.Format(Mean)} and σ = {Guard.Format(StandardDeviation)} is not a finite number. Fit the standardizer on data like x (Standardizer.Fit)."),
                nameof(x));
        }

        return standardized;
    }

    /// <summary>The same examples with standardized inputs; the targets are unchanged.</summary>
    public DataSet Transform(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new DataSet(data.X.Select(Transform), data.Y);
    }

    /// <summary>The neuron on raw inputs that predicts what <paramref name="model"/> predicts on standardized ones.</summary>
    /// <remarks><c>w = w′/σ</c>, <c>b = b′ − w′·μ/σ</c>.</remarks>
    /// <exception cref="InvalidOperationException">A <c>default</c> standardizer (σ = 0): build one with <see cref="Fit(DataSet)"/>.</exception>
    /// <exception cref="ArgumentException">A model that is not finite, or one whose raw-input weight or bias overflows.</exception>
    public Neuron ToOriginal(Neuron model)
    {
        EnsureFitted();
        var original = new Neuron(model.Weight / StandardDeviation, model.Bias - model.Weight * Mean / StandardDeviation);
        if (!original.IsFinite)
        {
            throw new ArgumentException(
                Invariant($"On raw inputs this neuron would be w = {Guard.Format(original.Weight)}, b = {Guard.Format(original.Bias)}, not finite numbers: w′ = {Guard.Format(model.Weight)} is too large for σ = {Guard.Format(StandardDeviation)} and μ = {Guard.Format(Mean)}."),
                nameof(model));
        }

        return original;
    }

    private static double CheckedMean(double mean, string parameter) =>
        double.IsFinite(mean)
            ? mean
            : throw new ArgumentException(Invariant($"Mean is {Guard.Format(mean)}: it must be a finite number; use Standardizer.Fit(data) to measure it."), parameter);

    private static double CheckedDeviation(double deviation, string parameter) =>
        deviation > 0 && double.IsFinite(deviation)
            ? deviation
            : throw new ArgumentException(
                Invariant($"StandardDeviation is {Guard.Format(deviation)}: it must be a positive finite number, because every input is divided by it; use Standardizer.Fit(data) to measure it."),
                parameter);

    // default(Standardizer) skips every constructor; it is the one way to get σ = 0.
    private void EnsureFitted()
    {
        if (!(StandardDeviation > 0))
        {
            throw new InvalidOperationException(
                "This Standardizer was never fitted (it is default, with σ = 0, and every input would be divided by 0): build one with Standardizer.Fit(data) or new Standardizer(μ, σ).");
        }
    }
}
