namespace NanoNeuron.Notebooks;

/// <summary>Lesson 04's checkers.</summary>
public static partial class TryIt
{
    /// <summary>Lesson 04: write the cost of one prediction, <c>(y, ŷ) => cost</c>.</summary>
    public static Feedback PredictionCost(Func<double, double, double> cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        foreach (var (y, prediction) in new[] { (10.0, 7.0), (7.0, 10.0), (5.0, 5.0), (0.5, -1.5) })
        {
            double answer = cost(y, prediction), expected = Cost.PredictionCost(y, prediction);
            if (!Close(answer, expected))
            {
                double error = y - prediction;
                string hint = Close(answer, error * error) ? "you forgot to halve the square."
                    : Close(answer, error / 2) || Close(answer, -error / 2) ? "square the error before halving it, so that too high and too low both cost."
                    : $"it should be (y − ŷ)²/2 = {Format(expected)}.";
                return Feedback.Hint($"for y = {y}, ŷ = {prediction} you return {Format(answer)}: {hint}");
            }
        }

        return Feedback.Right("(y − ŷ)²/2: zero when right, growing fast as the error grows, the same above and below.");
    }
}
