using static NanoNeuron.Charts.ChartParts;

namespace NanoNeuron.Charts;

/// <summary>Training: cost histories, the path through (w, b), learning rates side by side, and steps on a bowl.</summary>
public static class TrainingCharts
{
    private static readonly string[] TrainingReportTitles = ["Cost while training", "What NanoNeuron has learned"];

    /// <summary>The cost after each epoch, on a logarithmic scale.</summary>
    /// <param name="costHistory">The cost before training, then after each update.</param>
    /// <param name="name">The legend entry.</param>
    public static GenericChart CostHistory(IReadOnlyList<double> costHistory, string name = "cost")
    {
        ArgumentNullException.ThrowIfNull(costHistory);
        return CostLine(costHistory, name)
            .Titled("Cost while training", "epoch", "average cost J (log scale)", logY: true);
    }

    /// <summary>Several training runs' costs after every epoch, one line each, on a logarithmic scale.</summary>
    /// <param name="runs">Each run's name and its cost history.</param>
    /// <param name="title">The chart's title.</param>
    public static GenericChart CostHistories(IReadOnlyList<(string Name, IReadOnlyList<double> CostHistory)> runs, string title)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return Chart.Combine([.. runs.Select(run => CostLine(run.CostHistory, run.Name))])
            .Titled(title, "epoch", "average cost J (log scale)", logY: true);
    }

    private static GenericChart CostLine(IReadOnlyList<double> costHistory, string name)
    {
        var (epochs, costs) = Downsample(costHistory, MaxPointsPerLine);
        return Chart.Line<int, double, string>(epochs, costs, Name: name);
    }

    /// <summary>The cost history and the fitted line of one training run, side by side.</summary>
    public static GenericChart TrainingReport(TrainingResult<Neuron> result, DataSet data)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Chart.Grid(
                [CostHistory(result.CostHistory), NeuronCharts.FittedLine(result.Model, data)], 1, 2,
                SubPlotTitles: TrainingReportTitles)
            .WithSize(1100, 450);
    }

    /// <summary>The path (w, b) takes while training, over the cost contour.</summary>
    /// <param name="surface">The cost contour (<see cref="CostLandscape.Surface"/>).</param>
    /// <param name="snapshots">Where training was, in epoch order.</param>
    public static GenericChart TrainingPath(CostSurface surface, IReadOnlyList<Snapshot<Neuron>> snapshots)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        return Chart.Combine(
            [
                CostCharts.CostSurface(surface),
                Chart.Line<double, double, string>(snapshots.Select(s => s.Model.Weight), snapshots.Select(s => s.Model.Bias),
                    ShowMarkers: true, Name: "gradient descent", LineColor: Color.fromString("white"),
                    MultiText: snapshots.Select(s => $"epoch {s.Epoch}").ToArray()),
            ])
            .Titled("The path of gradient descent: across the valley fast, along it slowly", "weight w", "bias b");
    }

    /// <summary>
    /// The fitted line at each snapshot, with a slider to scrub through the epochs. The slider works in the saved page
    /// too: every line is in the chart, the slider only shows one at a time.
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
        return WithSlider(chart, slider, index => index <= 1)
            .Titled("Scrub through training: the line the neuron has learned by each epoch", "°C", "°F");
    }

    /// <summary>
    /// Gradient descent on a one-dimensional bowl, <c>J(w) = λ·w²/2</c>: the weight after each step, one line per
    /// learning rate.
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

    /// <summary>The cost histories of several learning rates side by side (<see cref="NanoNeuron.Experiments.LearningRates.Compare"/>), with the stability bound.</summary>
    public static GenericChart LearningRates(IReadOnlyList<LearningRateRun> runs, double largestStableLearningRate)
    {
        ArgumentNullException.ThrowIfNull(runs);
        string bound = largestStableLearningRate.ToString("G3", CultureInfo.InvariantCulture);
        var titles = runs.Select(run => run.Outcome.Match(
            result => FormattableString.Invariant($"α = {run.LearningRate}: cost {result.CostAfter:G3} after {result.Epochs:N0} epochs"),
            divergence => FormattableString.Invariant($"α = {run.LearningRate} > {bound}: diverges at epoch {divergence.Epoch}"))).ToArray();
        var charts = runs.Select(run => CostHistory(run.Outcome.CostHistory, $"α = {run.LearningRate.ToString(CultureInfo.InvariantCulture)}"));
        return Chart.Grid(charts, 2, (runs.Count + 1) / 2, SubPlotTitles: titles)
            .WithSize(1100, 700)
            .Titled($"Learning rates side by side (stable below 2/λmax ≈ {bound})", "epoch", "cost (log scale)", logY: true);
    }
}
