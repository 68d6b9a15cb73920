namespace NanoNeuron;

/// <summary>
/// Standardizes inputs to mean 0 and standard deviation 1, and maps a neuron trained on them back to the
/// original units (lesson 10).
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
public readonly record struct Standardizer(double Mean, double StandardDeviation)
{
    /// <summary>Measures μ and σ of <paramref name="x"/>.</summary>
    /// <exception cref="ArgumentException">Empty inputs, a value that is not finite, or all inputs equal (σ = 0).</exception>
    public static Standardizer Fit(ReadOnlySpan<double> x)
    {
        Guard.Examples(x, x);
        double mean = 0;
        foreach (double value in x)
        {
            mean += value;
        }

        mean /= x.Length;
        double variance = 0;
        foreach (double value in x)
        {
            variance += (value - mean) * (value - mean);
        }

        double deviation = Math.Sqrt(variance / x.Length);
        if (!(deviation > 0))
        {
            throw new ArgumentException(
                $"Every input equals {Guard.Format(mean)}, so their standard deviation is 0 and they cannot be standardized: use inputs that vary.",
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
    public double Transform(double x) => (x - Mean) / StandardDeviation;

    /// <summary>The same examples with standardized inputs; the targets are unchanged.</summary>
    public DataSet Transform(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new DataSet(data.X.Select(Transform), data.Y);
    }

    /// <summary>The neuron on raw inputs that predicts what <paramref name="model"/> predicts on standardized ones.</summary>
    /// <remarks><c>w = w′/σ</c>, <c>b = b′ − w′·μ/σ</c>.</remarks>
    public Neuron ToOriginal(Neuron model) =>
        new(model.Weight / StandardDeviation, model.Bias - model.Weight * Mean / StandardDeviation);
}
