namespace NanoNeuron.Course;

public static partial class Charts
{
    /// <summary>
    /// Lesson 04: the cost along w (bias held fixed) with a short tangent line at each of
    /// <paramref name="weights"/>, labelled with its slope measured by nudging w.
    /// </summary>
    /// <remarks>slope ≈ (J(w + h) − J(w)) / h, with h = <paramref name="nudge"/>: rise over run.</remarks>
    /// <param name="data">The examples.</param>
    /// <param name="weights">Where to touch the curve.</param>
    /// <param name="bias">The bias held fixed.</param>
    /// <param name="nudge">The small h by which w is nudged to measure each slope.</param>
    /// <param name="halfWidth">How far each tangent line reaches either side of its point, in units of w.</param>
    public static GenericChart CostTangents(DataSet data, IReadOnlyList<double> weights, double bias = Temperature.Bias, double nudge = 1e-4, double halfWidth = 0.3)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(weights);
        double Cost(double w) => Propagation.ForwardPropagation(new Neuron(w, bias), data).Cost;
        var tangents = weights.Select(w =>
        {
            double cost = Cost(w), slope = (Cost(w + nudge) - cost) / nudge;
            double[] ends = [w - halfWidth, w + halfWidth];
            return Chart.Line<double, double, string>(ends, ends.Select(e => cost + slope * (e - w)),
                Name: SlopeLabel(w, slope), LineDash: StyleParam.DrawingStyle.Dash, LineWidth: 2);
        });
        var touches = Chart.Point<double, double, string>(weights, weights.Select(Cost), Name: "where the lines touch",
            MultiText: weights.Select(w => SlopeLabel(w, (Cost(w + nudge) - Cost(w)) / nudge)).ToArray(), TextPosition: StyleParam.TextPosition.TopCenter);
        return Chart.Combine([CostAlongWeight(data, bias), .. tangents, touches])
            .Titled($"Tangent lines: the slope of the cost at {weights.Count} weights (b = {bias.ToString(CultureInfo.InvariantCulture)})", "weight w", "average cost J");
    }

    private static string SlopeLabel(double weight, double slope) =>
        FormattableString.Invariant($"w = {weight}: slope {slope:F0}");
}
