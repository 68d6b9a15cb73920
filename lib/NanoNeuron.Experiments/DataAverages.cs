namespace NanoNeuron.Experiments;

/// <summary>
/// Five averages of a data set, all that the cost of a line <c>ŷ = w·x + b</c> on it needs.
/// </summary>
/// <param name="MeanX">x̄, the average input.</param>
/// <param name="MeanY">ȳ, the average target.</param>
/// <param name="XX">mean((x − x̄)²): how far the inputs spread around x̄.</param>
/// <param name="XY">mean((x − x̄)·(y − ȳ)): how the inputs and targets move together.</param>
/// <param name="YY">mean((y − ȳ)²): how far the targets spread around ȳ.</param>
/// <remarks>
/// With <c>d = w·x̄ + b − ȳ</c>, the cost is <c>J = (d² + w²·XX − 2·w·XY + YY)/2</c>: each error
/// <c>w·x + b − y</c> is <c>d + (w·(x − x̄) − (y − ȳ))</c>, and the second part averages to zero.
/// </remarks>
public sealed record DataAverages(double MeanX, double MeanY, double XX, double XY, double YY)
{
    /// <summary>The five averages of <paramref name="data"/>: two passes, the averages, then the centred ones.</summary>
    /// <exception cref="ArgumentException">Inputs or targets so large that an average (of their squares, most often) overflows a double.</exception>
    public static DataAverages Of(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        double meanX = data.X.Average();
        double meanY = data.Y.Average();
        var averages = new DataAverages(
            meanX,
            meanY,
            data.X.Average(x => (x - meanX) * (x - meanX)),
            data.X.Zip(data.Y, (x, y) => (x - meanX) * (y - meanY)).Average(),
            data.Y.Average(y => (y - meanY) * (y - meanY)));
        if (!(double.IsFinite(averages.MeanX) && double.IsFinite(averages.MeanY) && double.IsFinite(averages.XX) && double.IsFinite(averages.XY) && double.IsFinite(averages.YY)))
        {
            throw new ArgumentException(
                Invariant($"The averages cannot be computed: the inputs or targets are too large for a double (x̄ = {Guard.Format(averages.MeanX)}, ȳ = {Guard.Format(averages.MeanY)}, XX = {Guard.Format(averages.XX)}, XY = {Guard.Format(averages.XY)}, YY = {Guard.Format(averages.YY)}). Standardize the inputs first (Standardizer.Fit(data).Transform(data)) or bring the values to an ordinary size (|x| up to about 1,000)."),
                nameof(data));
        }

        return averages;
    }
}
