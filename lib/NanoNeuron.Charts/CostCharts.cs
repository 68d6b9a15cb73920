namespace NanoNeuron.Charts;

/// <summary>The cost: along one parameter, over both, its slopes, and which way is downhill.</summary>
public static class CostCharts
{
    private static readonly string[] SlopeSharesTitles = ["along w: each error times its input x", "along b: each error as it is"];

    /// <summary>The cost as the weight changes, with the bias held fixed (<see cref="CostLandscape.AlongWeight"/>).</summary>
    public static GenericChart CostAlongWeight(CostCurve curve)
    {
        ArgumentNullException.ThrowIfNull(curve);
        string bias = curve.Bias.ToString(CultureInfo.InvariantCulture);
        return Chart.Line<double, double, string>(curve.Weights, curve.Costs, Name: $"J(w, b = {bias})")
            .Titled($"The cost as w changes (b = {bias})", "weight w", "average cost J");
    }

    /// <summary>
    /// The cost along w (bias held fixed) with a short tangent line at each of <paramref name="tangents"/>, labelled with
    /// its slope (<see cref="CostLandscape.Tangents"/>, measured by nudging w).
    /// </summary>
    /// <param name="curve">The cost along w.</param>
    /// <param name="tangents">Where to touch the curve, with the cost and slope there.</param>
    /// <param name="halfWidth">How far each tangent line reaches either side of its point, in units of w.</param>
    public static GenericChart CostTangents(CostCurve curve, IReadOnlyList<Tangent> tangents, double halfWidth = 0.3)
    {
        ArgumentNullException.ThrowIfNull(curve);
        ArgumentNullException.ThrowIfNull(tangents);
        var lines = tangents.Select(t =>
        {
            double[] ends = [t.Weight - halfWidth, t.Weight + halfWidth];
            return Chart.Line<double, double, string>(ends, ends.Select(e => t.Cost + t.Slope * (e - t.Weight)),
                Name: SlopeLabel(t), LineDash: StyleParam.DrawingStyle.Dash, LineWidth: 2);
        });
        var touches = Chart.Point<double, double, string>(tangents.Select(t => t.Weight), tangents.Select(t => t.Cost), Name: "where the lines touch",
            MultiText: tangents.Select(SlopeLabel).ToArray(), TextPosition: StyleParam.TextPosition.TopCenter);
        return Chart.Combine([CostAlongWeight(curve), .. lines, touches])
            .Titled($"Tangent lines: the slope of the cost at {tangents.Count} weights (b = {curve.Bias.ToString(CultureInfo.InvariantCulture)})", "weight w", "average cost J");
    }

    private static string SlopeLabel(Tangent tangent) =>
        FormattableString.Invariant($"w = {tangent.Weight}: slope {tangent.Slope:F0}");

    /// <summary>Contour lines of the cost over (w, b) (<see cref="CostLandscape.Surface"/>), on a log scale so the valley shows.</summary>
    /// <param name="surface">The costs over a window of (w, b).</param>
    /// <param name="title">The chart's title.</param>
    /// <param name="weightTitle">The horizontal axis's title, such as "weight w′" for a neuron on standardized inputs.</param>
    /// <param name="biasTitle">The vertical axis's title.</param>
    public static GenericChart CostSurface(CostSurface surface, string title = "The cost over (w, b), log₁₀ scale: a long, narrow valley",
        string weightTitle = "weight w", string biasTitle = "bias b")
    {
        ArgumentNullException.ThrowIfNull(surface);
        return Chart.Contour<double, double, double, string>(surface.Log10Costs.Select(row => (IEnumerable<double>)row),
                X: surface.Weights, Y: surface.Biases, Name: "log₁₀ J", NContours: 30)
            .Titled(title, weightTitle, biasTitle);
    }

    /// <summary>Arrows pointing downhill (against the gradient) on the cost contour.</summary>
    /// <param name="surface">The cost contour.</param>
    /// <param name="gradients">The points and their gradients (<see cref="CostLandscape.Gradients"/> of the same window).</param>
    public static GenericChart GradientArrows(CostSurface surface, IReadOnlyList<(Neuron Point, Gradients Gradients)> gradients)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(gradients);
        double weightSpan = surface.Window.WeightTo - surface.Window.WeightFrom;
        double biasSpan = surface.Window.BiasTo - surface.Window.BiasFrom;
        var x = new List<double>();
        var y = new List<double>();
        foreach (var (point, g) in gradients)
        {
            // Work in fractions of the plot so every arrow has the same length on screen.
            double u = -g.DW / weightSpan, v = -g.DB / biasSpan, length = Math.Sqrt(u * u + v * v);
            if (length == 0)
            {
                continue;
            }

            (u, v) = (u / length * 0.07, v / length * 0.07);
            double tipW = point.Weight + u * weightSpan, tipB = point.Bias + v * biasSpan;
            x.AddRange([point.Weight, tipW, double.NaN]);
            y.AddRange([point.Bias, tipB, double.NaN]);
            foreach (double turn in new[] { 2.6, -2.6 })
            {
                double hu = (u * Math.Cos(turn) - v * Math.Sin(turn)) * 0.35, hv = (u * Math.Sin(turn) + v * Math.Cos(turn)) * 0.35;
                x.AddRange([tipW, tipW + hu * weightSpan, double.NaN]);
                y.AddRange([tipB, tipB + hv * biasSpan, double.NaN]);
            }
        }

        return Chart.Combine([CostSurface(surface), Chart.Line<double, double, string>(x, y, Name: "downhill: −gradient", LineColor: Color.fromString("white"), LineWidth: 2)])
            .Titled("Which way is downhill? Arrows point against the gradient", "weight w", "bias b");
    }

    /// <summary>
    /// Each example's share of the two slopes, one bar per example: <c>(ŷᵢ − yᵢ)·xᵢ</c> for the slope along w (top) and
    /// <c>(ŷᵢ − yᵢ)</c> for the slope along b (bottom). Each slope is the average of its bars.
    /// </summary>
    public static GenericChart SlopeShares(Neuron model, DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var errors = data.X.Zip(data.Y, (x, y) => model.Predict(x) - y).ToArray();
        var alongW = Chart.Column<double, double, string>(errors.Zip(data.X, (e, x) => e * x), Keys: data.X, Name: "share of ∂J/∂w: (ŷ − y)·x");
        var alongB = Chart.Column<double, double, string>(errors, Keys: data.X, Name: "share of ∂J/∂b: ŷ − y");
        return Chart.Grid([alongW, alongB], 2, 1, SubPlotTitles: SlopeSharesTitles)
            .WithSize(900, 650)
            .Titled("Each example's share of the two slopes (each slope is the average of its bars)", "input x (°C)", "share");
    }
}
