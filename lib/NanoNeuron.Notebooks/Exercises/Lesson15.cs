namespace NanoNeuron.Notebooks;

/// <summary>Lesson 15's checkers.</summary>
public static partial class TryIt
{
    /// <summary>Lesson 15: the least-squares line of <see cref="NoisySplit"/>'s training readings, computed from the averages.</summary>
    public static Feedback LeastSquares(double weight, double bias)
    {
        var train = NoisySplit().Train;
        var expected = NanoNeuron.LeastSquares.Fit(train);
        if (Close(weight, expected.Weight) && Close(bias, expected.Bias))
        {
            return Feedback.Right($"w = {Format(expected.Weight)}, b = {Format(expected.Bias)}: the exact minimum, in one pass over the data.");
        }

        // The ratio upside down, mean((x − x̄)²) / mean((x − x̄)(y − ȳ)), is 1/w.
        if (Close(weight, 1 / expected.Weight))
        {
            return Feedback.Hint("the ratio is upside down: w = mean((x − x̄)(y − ȳ)) / mean((x − x̄)²).");
        }

        return Close(weight, expected.Weight)
            ? Feedback.Hint($"w is right; the best line passes through the averages (x̄, ȳ), so b = ȳ − w·x̄ = {Format(expected.Bias)}.")
            : Feedback.Hint($"w should be mean((x − x̄)(y − ȳ)) / mean((x − x̄)²) = {Format(expected.Weight)}, not {Format(weight)}.");
    }
}
