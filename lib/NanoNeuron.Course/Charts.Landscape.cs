using Plotly.NET.LayoutObjects;

namespace NanoNeuron.Course;

public static partial class Charts
{
    private const int GridSize = 80;

    /// <summary>Lesson 04: the cost as the weight changes, with the bias held fixed.</summary>
    public static GenericChart CostAlongWeight(DataSet data, double bias = Temperature.Bias, double weightFrom = 0, double weightTo = 3.6)
    {
        ArgumentNullException.ThrowIfNull(data);
        var landscape = new CostLandscape(weightFrom, weightTo);
        double[] weights = landscape.Weights(200);
        return Chart.Line<double, double, string>(weights, weights.Select(w => Propagation.ForwardPropagation(new Neuron(w, bias), data).Cost),
                Name: $"J(w, b = {bias})")
            .Titled($"The cost as w changes (b = {bias.ToString(CultureInfo.InvariantCulture)})", "weight w", "average cost J");
    }

    /// <summary>Lesson 04: contour lines of the cost over (w, b), on a log scale so the valley shows.</summary>
    public static GenericChart CostSurface(DataSet data, CostLandscape? landscape = null, string title = "The cost over (w, b), log₁₀ scale: a long, narrow valley")
    {
        ArgumentNullException.ThrowIfNull(data);
        landscape ??= CostLandscape.Default;
        double[] weights = landscape.Weights(GridSize);
        double[] biases = landscape.Biases(GridSize);
        var log10Cost = biases.Select(b => weights.Select(w => Math.Log10(Propagation.ForwardPropagation(new Neuron(w, b), data).Cost)).ToArray());
        return Chart.Contour<double, double, double, string>(log10Cost, X: weights, Y: biases, Name: "log₁₀ J", NContours: 30)
            .Titled(title, "weight w", "bias b");
    }

    /// <summary>Lesson 06: arrows pointing downhill (against the gradient) on the cost contour.</summary>
    public static GenericChart GradientArrows(DataSet data, CostLandscape? landscape = null, int perSide = 6)
    {
        ArgumentNullException.ThrowIfNull(data);
        landscape ??= CostLandscape.Default;
        double weightSpan = landscape.WeightTo - landscape.WeightFrom;
        double biasSpan = landscape.BiasTo - landscape.BiasFrom;
        var points = from w in landscape.Weights(perSide + 2)[1..^1]
                     from b in landscape.Biases(perSide + 2)[1..^1]
                     select new Neuron(w, b);

        var x = new List<double>();
        var y = new List<double>();
        foreach (var point in points)
        {
            var g = Propagation.BackwardPropagation(Propagation.ForwardPropagation(point, data), data);
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

        return Chart.Combine([CostSurface(data, landscape), Chart.Line<double, double, string>(x, y, Name: "downhill: −gradient", LineColor: Color.fromString("white"), LineWidth: 2)])
            .Titled("Which way is downhill? Arrows point against the gradient", "weight w", "bias b");
    }

    /// <summary>Lesson 07: the path (w, b) takes while training, over the cost contour.</summary>
    public static GenericChart TrainingPath(DataSet data, IReadOnlyList<Snapshot<Neuron>> snapshots, CostLandscape? landscape = null)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        return Chart.Combine(
            [
                CostSurface(data, landscape),
                Chart.Line<double, double, string>(snapshots.Select(s => s.Model.Weight), snapshots.Select(s => s.Model.Bias),
                    ShowMarkers: true, Name: "gradient descent", LineColor: Color.fromString("white"),
                    MultiText: snapshots.Select(s => $"epoch {s.Epoch}").ToArray()),
            ])
            .Titled("The path of gradient descent: across the valley fast, along it slowly", "weight w", "bias b");
    }

    /// <summary>Lesson 07: the cost histories of several learning rates side by side, with the stability bound.</summary>
    public static GenericChart LearningRates(IReadOnlyList<LearningRateRun> runs, double largestStableLearningRate)
    {
        ArgumentNullException.ThrowIfNull(runs);
        string bound = largestStableLearningRate.ToString("G3", CultureInfo.InvariantCulture);
        var titles = runs.Select(run => run.DivergedAtEpoch is { } epoch
            ? FormattableString.Invariant($"α = {run.LearningRate} > {bound}: diverges at epoch {epoch}")
            : FormattableString.Invariant($"α = {run.LearningRate}: cost {run.CostHistory[^1]:G3} after {run.CostHistory.Length - 1:N0} epochs")).ToArray();
        var charts = runs.Select(run => CostHistory(run.CostHistory, $"α = {run.LearningRate.ToString(CultureInfo.InvariantCulture)}"));
        return Chart.Grid(charts, 2, (runs.Count + 1) / 2, SubPlotTitles: titles)
            .WithSize(1100, 700)
            .Titled($"Learning rates side by side (stable below 2/λmax ≈ {bound})", "epoch", "cost (log scale)", logY: true);
    }

    /// <summary>
    /// Lesson 07: the fitted line at each snapshot, with a slider to scrub through the epochs. The slider
    /// works in the saved page too: every line is in the chart, the slider only shows one at a time.
    /// </summary>
    public static GenericChart LearningScrubber(DataSet data, IReadOnlyList<Snapshot<Neuron>> snapshots)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(snapshots);
        double[] ends = [data.X.Min(), data.X.Max()];
        var lines = snapshots.Select((s, i) => Chart.Line<double, double, string>(ends, ends.Select(s.Model.Predict),
            Name: $"epoch {s.Epoch}", ShowLegend: false, LineWidth: 3)).ToList();
        int traces = lines.Count + 1;
        var chart = Chart.Combine([Chart.Point<double, double, string>(data.X, data.Y, Name: "examples"), .. lines]);

        var slider = EpochSlider([.. snapshots.Select(s => s.Epoch)], traces, (t, i) => t == 0 || t == i + 1);

        // Start with only the first line shown, as the slider's first step does.
        var styled = Plotly.NET.Chart.withSlider(slider, null).Invoke(chart);
        foreach (var (trace, index) in GenericChart.getTraces(styled).Select((t, i) => (t, i)))
        {
            trace.SetProperty("visible", index <= 1);
        }

        return styled.Titled("Scrub through training: the line the neuron has learned by each epoch", "°C", "°F");
    }

    /// <summary>
    /// A slider through epochs that needs no kernel: its step <c>f</c>, labelled <c>epochs[f]</c>, shows exactly the traces
    /// for which <paramref name="visible"/>(trace, f) holds, by restyling the chart in the page itself.
    /// </summary>
    private static Slider EpochSlider(IReadOnlyList<int> epochs, int traceCount, Func<int, int, bool> visible)
    {
        var steps = epochs.Select((epoch, f) =>
        {
            var step = new SliderStep();
            step.SetProperty("method", "restyle");
            step.SetProperty("label", epoch.ToString("N0", CultureInfo.InvariantCulture));
            bool[] shown = [.. Enumerable.Range(0, traceCount).Select(t => visible(t, f))];
            step.SetProperty("args", new object[] { new Dictionary<string, object> { ["visible"] = shown } });
            return step;
        }).ToArray();
        var slider = new Slider();
        slider.SetProperty("steps", steps);
        slider.SetProperty("active", 0);
        slider.SetProperty("currentvalue", new Dictionary<string, object> { ["prefix"] = "epoch " });
        return slider;
    }
}
