namespace NanoNeuron.Exercises;

/// <summary>The cost, and its slope found by nudging. The predict-then-run questions and the "Try it" checker.</summary>
public static class CostExercises
{
    /// <summary>
    /// The slope of J along b at the original start, estimated by nudging b alone
    /// (the lesson measures the slope along w).
    /// </summary>
    // Solution: slope ≈ (J(w, b + h) − J(w, b)) / h for a small h; right within 1 % of the true slope.
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
            return Feedback.Right(Invariant($"about {truth.DB:F2}: negative, so raising b lowers the cost (the untrained line is too low everywhere), and b should go up. ")
                + "Lesson 06 puts this slope beside the one along w.");
        }

        if (Near(slope, -truth.DB, 0.01))
        {
            return Feedback.Hint("check the sign: the rise is the cost after the nudge minus the cost before, J(b + h) − J(b), in that order.");
        }

        if (Near(slope, truth.DW, 0.05))
        {
            return Feedback.Hint("that is the slope along w. Keep w as it is and nudge b instead.");
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

    /// <summary>What ŷ = 16 costs when y = 10 (ŷ = 13 costs 4.5).</summary>
    [Question]
    public static Feedback CostOfSixteen(double cost) =>
        Judge.Number(cost, Cost.PredictionCost(10, 16), 1e-9, "the error doubled (3 → 6), so its square, and the cost, grew four times: 6²/2 = 18.",
            (9, "that doubles the cost, but the cost does not follow the error in step: it squares it first. What does doubling a number do to its square?"),
            (36, "6² = 36 is the squared error; the cost's formula above does one more thing to it."),
            (4.5, "the error is 6 now, not 3: only a guess the same distance from 10 (7 or 13) costs the same."));

    /// <summary>The slope along w at w = 2.6, b = 32 (at w = 1 it is about −2627).</summary>
    [Question]
    public static Feedback SlopeAtTwoPointSix(double slope) =>
        Judge.Number(slope, SlopeAt(2.6), 5, "2.6 is as far above 1.8 as 1 is below it, and the parabola is symmetric: just as steep, but uphill to the right, so positive.",
            (SlopeAt(1.0), "that is the slope at w = 1. Which side of the bottom, w = 1.8, is 2.6 on, and does the cost rise or fall there as w grows?"),
            (0, "the slope is zero only at the bottom, w = 1.8, and 2.6 is 0.8 away from it."));

    /// <summary>The run of <see cref="CostRiseFromSlope"/>: w moves from 2 to 2.001.</summary>
    public const double RiseRun = 0.001;

    /// <summary>
    /// By how much J rises when w moves from 2 to 2.001 (b = 32), predicted from the slope at w = 2.
    /// </summary>
    // Answer: rise ≈ slope × run = 657 × 0.001 ≈ 0.6569; the cost measured at both ends differs by 0.6583 (the curve bends over the run).
    [Question]
    public static Feedback CostRiseFromSlope(double rise)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        double Cost(double w) => Propagation.ForwardPropagation(new Neuron(w, Temperature.Bias), train).Cost;
        double slope = SlopeAt(2.0), measured = Cost(2.0 + RiseRun) - Cost(2.0);
        const string WholeUnit = "that is the slope, the rise for a whole unit of w; w moves by only 0.001, so J rises by a thousandth of it.";
        return Judge.Number(rise, measured, 0.01,
            Invariant($"the slope is the rise per unit of w, so a run of {Judge.Format(RiseRun)} rises by about {slope:F0} × {Judge.Format(RiseRun)} ≈ {slope * RiseRun:F4}; measured, J rises by {measured:F4}."),
            (slope, WholeUnit),
            (Math.Round(slope), WholeUnit),
            (-slope * RiseRun, "check the sign: at w = 2, does the cost rise or fall as w grows?"),
            (RiseRun, "that is the run, how far w moves; the rise is the run times the slope."));
    }

    /// <summary>The slope along w at <paramref name="weight"/> (b = 32), measured by nudging w as the lesson does.</summary>
    private static double SlopeAt(double weight) =>
        CostLandscape.Tangents(NanoNeuron.DataSets.GenerateDataSets().Train, [weight], Temperature.Bias, Nudge)[0].Slope;
}
