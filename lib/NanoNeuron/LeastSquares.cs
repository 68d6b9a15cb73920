namespace NanoNeuron;

/// <summary>The best line in one step, without gradient descent (lesson 15).</summary>
public static class LeastSquares
{
    /// <summary>The neuron with the lowest average cost on <paramref name="data"/>, computed in closed form.</summary>
    /// <remarks>
    /// Setting both gradients to zero gives <c>w = mean((x − x̄)(y − ȳ)) / mean((x − x̄)²)</c> and
    /// <c>b = ȳ − w·x̄</c>: ordinary least squares. The formula needs two passes over the data (the means, then the centred sums) instead of 70,000;
    /// this reuses the sufficient statistics, which add a third (the scatter around the line, unused here).
    /// </remarks>
    /// <exception cref="ArgumentException">Bad data, or all inputs equal (then no single line is best).</exception>
    public static Neuron Fit(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var statistics = SufficientStatistics.Of(data.X.AsSpan(), data.Y.AsSpan());
        if (!(statistics.VarianceX > 0))
        {
            throw new ArgumentException(
                $"Every input equals {Guard.Format(statistics.MeanX)}: every line through their mean target fits equally well, so there is no single best line. Use inputs that vary.",
                nameof(data));
        }

        return new Neuron(statistics.Slope, statistics.MeanY - statistics.Slope * statistics.MeanX);
    }
}
