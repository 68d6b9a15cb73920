namespace NanoNeuron.Exercises;

/// <summary>The cost, and its slope found by nudging. The predict-then-run questions and the "Try it" checker.</summary>
public static class CostExercises
{
    /// <summary>
    /// The slope of J along b at the original start, estimated by nudging b alone
    /// (the lesson measures the slope along w).
    /// </summary>
    /// <remarks>slope ≈ (J(w, b + h) − J(w, b)) / h for a small h; right within 1 % of the true slope.</remarks>
    [TryIt]
    public static Feedback SlopeAlongBias(double slope)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        var start = Neuron.OriginalStart;
        var forward = Propagation.ForwardPropagation(start, train);
        var truth = Propagation.BackwardPropagation(forward, train);
        bool Near(double value, double target, double fraction) => Math.Abs(value - target) <= fraction * Math.Abs(target);

        if (double.IsNaN(slope))
        {
            return Feedback.Hint("compute the slope (rise over run) and pass it in place of double.NaN.");
        }

        if (Near(slope, truth.DB, 0.01))
        {
            return Feedback.Right($"about {truth.DB:F2}: negative, so raising b lowers the cost (the untrained line is too low everywhere), and b should go up. "
                + "With the slope along w, it makes the pair of slopes, the gradient.");
        }

        if (Near(slope, -truth.DB, 0.01))
        {
            return Feedback.Hint("the sign is flipped: the rise is the cost after the nudge minus the cost before, J(b + h) − J(b). Here the cost falls as b grows.");
        }

        if (Near(slope, truth.DW, 0.05))
        {
            return Feedback.Hint("that is the slope along w. Keep w as it is and nudge b: new Neuron(start.Weight, start.Bias + h).");
        }

        if (Near(slope, forward.Cost, 0.01))
        {
            return Feedback.Hint("that is the cost itself. The slope is how much the cost changes per unit of b: (J(b + h) − J(b)) / h.");
        }

        if (Near(slope, truth.DB, 0.2))
        {
            return Feedback.Hint($"close ({Judge.Format(slope)}), but the nudge is too big: make h smaller (say 0.001) until the slope stops changing.");
        }

        return slope < 0 && slope > truth.DB * 0.5
            ? Feedback.Hint($"{Judge.Format(slope)} looks like the rise alone: divide it by the run, h.")
            : Feedback.Hint($"{Judge.Format(slope)} is not it: nudge b by a small h, keep w, and divide the change in J by h.");
    }

    /// <summary>The nudge with which the questions measure a slope.</summary>
    private const double Nudge = 1e-4;

    /// <summary>The weights at which the slope is measured, as the letters of <see cref="SmallestStep"/>.</summary>
    private static readonly double[] SlopeWeights = [1.0, 1.5, 2.0, 2.5];

    /// <summary>What ŷ = 16 costs when y = 10 (ŷ = 13 costs 4.5).</summary>
    [Question]
    public static Feedback CostOfDoubleError(double cost) =>
        Judge.Number(cost, Cost.PredictionCost(10, 16), 1e-9, "the error doubled (3 → 6), so its square, and the cost, grew four times: 6²/2 = 18.",
            (9, "that doubles the cost, but the cost squares the error: twice the error costs four times as much."),
            (4.5, "the error is 6 now, not 3: only a guess the same distance from 10 (7 or 13) costs the same."));

    /// <summary>The slope along w at w = 2.6, b = 32 (at w = 1 it is about −2627).</summary>
    [Question]
    public static Feedback SlopeOnTheOtherSide(double slope) =>
        Judge.Number(slope, SlopeAt(2.6), 5, "2.6 is as far above 1.8 as 1 is below it, and the parabola is symmetric: just as steep, but uphill to the right, so positive.",
            (SlopeAt(1.0), "it is just as steep, but past the bottom the cost rises as w grows, so the slope is positive."),
            (0, "the slope is zero only at the bottom, w = 1.8; at 2.6 the curve is as steep as at 1."));

    /// <summary>At which of w = 1, 1.5, 2, 2.5 (b = 32) the step α·slope is smallest.</summary>
    [Question]
    public static Feedback SmallestStep(char answer)
    {
        double[] slopes = [.. SlopeWeights.Select(SlopeAt)];
        int smallest = Array.IndexOf(slopes, slopes.MinBy(Math.Abs));
        char truth = (char)('a' + smallest);
        var wrong = SlopeWeights.Select((w, i) => ((char)('a' + i), $"at w = {w} the slope is about {slopes[i]:F0}; look for the smallest slope, whatever its sign.")).ToArray();
        return Judge.Choice(answer, truth, $"w = {SlopeWeights[smallest]} is nearest the bottom (1.8), where the curve is flattest: the smallest slope ({slopes[smallest]:F0}) gives the smallest step.", wrong);
    }

    /// <summary>The slope along w at <paramref name="weight"/> (b = 32), measured by nudging w as the lesson does.</summary>
    private static double SlopeAt(double weight) =>
        CostLandscape.Tangents(NanoNeuron.DataSets.GenerateDataSets().Train, [weight], Temperature.Bias, Nudge)[0].Slope;
}
