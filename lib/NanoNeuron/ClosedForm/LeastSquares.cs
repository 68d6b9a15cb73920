using NanoNeuron.Fast;

namespace NanoNeuron.ClosedForm;

/// <summary>The best line in one step, without gradient descent.</summary>
public static class LeastSquares
{
    /// <summary>The neuron with the lowest average cost on <paramref name="data"/>, computed in closed form.</summary>
    /// <remarks>
    /// <para>
    /// Setting both gradients to zero gives <c>w = mean((x − x̄)(y − ȳ)) / mean((x − x̄)²)</c> and
    /// <c>b = ȳ − w·x̄</c>: ordinary least squares. The formula needs two passes over the data (the means, then the centred sums) instead of 70,000;
    /// this reuses the sufficient statistics, which add a third (the scatter around the line, unused here).
    /// </para>
    /// <para>
    /// x and y are first scaled by powers of two so that the largest of each lies between 1 and 2, and the line is
    /// scaled back: exact, so ordinary data gives the same bits, but squares no longer overflow near ±1e200 (nor
    /// vanish near ±1e−170).
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentException">Bad data, all inputs equal (then no single line is best), or a best line whose slope or intercept is not a finite double.</exception>
    public static Neuron Fit(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        int xExponent = Guard.ScaleExponent(data.X.AsSpan());
        int yExponent = Guard.ScaleExponent(data.Y.AsSpan());
        double[] x = [.. data.X.Select(value => Math.ScaleB(value, -xExponent))];
        double[] y = [.. data.Y.Select(value => Math.ScaleB(value, -yExponent))];
        var statistics = SufficientStatistics.Of(x, y);
        if (!(statistics.VarianceX > 0))
        {
            throw new ArgumentException(
                Invariant($"Every input equals {Guard.Format(Math.ScaleB(statistics.MeanX, xExponent))}: every line through their mean target fits equally well, so there is no single best line. Use inputs that vary."),
                nameof(data));
        }

        var line = new Neuron(
            Math.ScaleB(statistics.Slope, yExponent - xExponent),
            Math.ScaleB(statistics.MeanY - statistics.Slope * statistics.MeanX, yExponent));
        if (!line.IsFinite)
        {
            throw new ArgumentException(
                Invariant($"The best line has slope {Guard.Format(line.Weight)} and intercept {Guard.Format(line.Bias)}, which is not a finite number: the targets change too steeply for a double (y spans about 2^{yExponent}, x about 2^{xExponent}). Rescale x or y."),
                nameof(data));
        }

        return line;
    }
}
