namespace NanoNeuron.Course;

public static partial class Charts
{
    /// <summary>
    /// Lesson 07: gradient descent on a one-dimensional bowl, <c>J(w) = λ·w²/2</c>: the weight after each step,
    /// one line per learning rate.
    /// </summary>
    /// <remarks>
    /// The slope of the bowl at <c>w</c> is <c>λ·w</c>, so each step <c>w ← w − α·λ·w</c> multiplies <c>w</c> by
    /// <c>(1 − α·λ)</c>: the steps shrink while that factor lies between −1 and 1, bounce forever at −1
    /// (<c>α = 2/λ</c>) and grow beyond.
    /// </remarks>
    /// <param name="curvature">λ, how sharply the bowl curves.</param>
    /// <param name="learningRates">The learning rates α, one line each.</param>
    /// <param name="walks">For each learning rate, the weight before the first step and after each step.</param>
    public static GenericChart BowlSteps(double curvature, IReadOnlyList<double> learningRates, IReadOnlyList<IReadOnlyList<double>> walks)
    {
        ArgumentNullException.ThrowIfNull(learningRates);
        ArgumentNullException.ThrowIfNull(walks);
        if (learningRates.Count != walks.Count)
        {
            throw new ArgumentException($"walks has {walks.Count} lines but learningRates has {learningRates.Count}: give one walk per learning rate.", nameof(walks));
        }

        var lines = learningRates.Zip(walks, (rate, walk) => Chart.Line<int, double, string>(
            Enumerable.Range(0, walk.Count), walk, ShowMarkers: true,
            Name: FormattableString.Invariant($"α = {rate}: factor 1 − αλ = {1 - rate * curvature}")));
        string lambda = curvature.ToString(CultureInfo.InvariantCulture);
        return Chart.Combine(lines)
            .Titled($"Steps on the bowl J(w) = λ·w²/2 with λ = {lambda} (the bottom is w = 0)", "step", "w");
    }
}
