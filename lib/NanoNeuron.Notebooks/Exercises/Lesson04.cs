namespace NanoNeuron.Notebooks;

/// <summary>Lesson 04's checkers.</summary>
public static partial class TryIt
{
    /// <summary>
    /// Lesson 04: the slope of J along b at the original start, estimated by nudging b alone
    /// (the lesson measures the slope along w).
    /// </summary>
    /// <remarks>slope ≈ (J(w, b + h) − J(w, b)) / h for a small h; right within 1 % of the true slope.</remarks>
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
            return Feedback.Hint($"close ({Format(slope)}), but the nudge is too big: make h smaller (say 0.001) until the slope stops changing.");
        }

        return slope < 0 && slope > truth.DB * 0.5
            ? Feedback.Hint($"{Format(slope)} looks like the rise alone: divide it by the run, h.")
            : Feedback.Hint($"{Format(slope)} is not it: nudge b by a small h, keep w, and divide the change in J by h.");
    }
}

/// <summary>Lesson 04's predict-then-run questions.</summary>
public static partial class Questions
{
    /// <summary>The nudge lesson 04 uses to measure a slope.</summary>
    private const double Lesson04Nudge = 1e-4;

    /// <summary>The weights at which lesson 04 measures the slope, as the letters of <see cref="SmallestStep"/>.</summary>
    private static readonly double[] Lesson04Weights = [1.0, 1.5, 2.0, 2.5];

    /// <summary>Lesson 04: what ŷ = 16 costs when y = 10 (ŷ = 13 costs 4.5).</summary>
    public static Feedback CostOfDoubleError(double cost) =>
        Number(cost, Cost.PredictionCost(10, 16), 1e-9, "the error doubled (3 → 6), so its square, and the cost, grew four times: 6²/2 = 18.",
            (9, "that doubles the cost, but the cost squares the error: twice the error costs four times as much."),
            (4.5, "the error is 6 now, not 3: only a guess the same distance from 10 (7 or 13) costs the same."));

    /// <summary>Lesson 04: the slope along w at w = 2.6, b = 32 (at w = 1 it is about −2627).</summary>
    public static Feedback SlopeOnTheOtherSide(double slope) =>
        Number(slope, Lesson04Slope(2.6), 5, "2.6 is as far above 1.8 as 1 is below it, and the parabola is symmetric: just as steep, but uphill to the right, so positive.",
            (Lesson04Slope(1.0), "it is just as steep, but past the bottom the cost rises as w grows, so the slope is positive."),
            (0, "the slope is zero only at the bottom, w = 1.8; at 2.6 the curve is as steep as at 1."));

    /// <summary>Lesson 04: at which of w = 1, 1.5, 2, 2.5 (b = 32) the step α·slope is smallest.</summary>
    public static Feedback SmallestStep(char answer)
    {
        double[] slopes = [.. Lesson04Weights.Select(Lesson04Slope)];
        int smallest = Array.IndexOf(slopes, slopes.MinBy(Math.Abs));
        char truth = (char)('a' + smallest);
        var wrong = Lesson04Weights.Select((w, i) => ((char)('a' + i), $"at w = {w} the slope is about {slopes[i]:F0}; look for the smallest slope, whatever its sign.")).ToArray();
        return Choice(answer, truth, $"w = {Lesson04Weights[smallest]} is nearest the bottom (1.8), where the curve is flattest: the smallest slope ({slopes[smallest]:F0}) gives the smallest step.", wrong);
    }

    private static double Lesson04Slope(double weight)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        double J(double w) => Propagation.ForwardPropagation(new Neuron(w, Temperature.Bias), train).Cost;
        return (J(weight + Lesson04Nudge) - J(weight)) / Lesson04Nudge;
    }
}
