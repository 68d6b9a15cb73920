namespace NanoNeuron.Notebooks;

/// <summary>Lesson 13's checkers.</summary>
public static partial class TryIt
{
    /// <summary>Lesson 13: the cross-entropy cost of one prediction, <c>(y, p) => cost</c>.</summary>
    public static Feedback CrossEntropy(Func<double, double, double> cost)
    {
        ArgumentNullException.ThrowIfNull(cost);
        foreach (var (y, p) in new[] { (1.0, 0.8), (0.0, 0.8), (1.0, 0.1), (0.0, 0.3) })
        {
            double answer = cost(y, p), expected = Logistic.CrossEntropy(y, p);
            if (!Close(answer, expected))
            {
                string hint = Close(answer, -expected) ? "a cost must not be negative: put a minus sign in front, −[y·ln p + (1 − y)·ln(1 − p)]."
                    : Close(answer, expected / Math.Log(10)) ? "use the natural logarithm, Math.Log, not Math.Log10."
                    : Close(answer, y == 1 ? -Math.Log(1 - p) : -Math.Log(p)) ? "the two cases are swapped: when y = 1 the cost is −ln p."
                    : $"for y = {y}, p = {p} it should be {Format(expected)}.";
                return Feedback.Hint($"for y = {y}, p = {p} you return {Format(answer)}: {hint}");
            }
        }

        return Feedback.Right("−[y·ln p + (1 − y)·ln(1 − p)]: small when the probability given to the right answer is high.");
    }
}
