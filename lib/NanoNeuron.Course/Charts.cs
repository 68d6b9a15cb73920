namespace NanoNeuron.Course;

/// <summary>The course's charts: each one idea, built from the library's results.</summary>
public static partial class Charts
{
    /// <summary>The cost after each epoch, on a logarithmic scale.</summary>
    /// <param name="costHistory">The cost before training, then after each update.</param>
    /// <param name="name">The legend entry.</param>
    public static GenericChart CostHistory(IReadOnlyList<double> costHistory, string name = "cost")
    {
        ArgumentNullException.ThrowIfNull(costHistory);
        var (epochs, costs) = Downsample(costHistory, MaxPointsPerLine);
        return Chart.Line<int, double, string>(epochs, costs, Name: name)
            .Titled("Cost while training", "epoch", "average cost J (log scale)", logY: true);
    }

    /// <summary>The examples, the line a neuron has learned, and the true Celsius → Fahrenheit line.</summary>
    public static GenericChart FittedLine(Neuron model, DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        double[] ends = [data.X.Min(), data.X.Max()];
        return Chart.Combine(
            [
                Chart.Point<double, double, string>(data.X, data.Y, Name: "examples"),
                Chart.Line<double, double, string>(ends, ends.Select(model.Predict), Name: "NanoNeuron"),
                TrueLine(ends[0], ends[1]),
            ])
            .Titled("What NanoNeuron has learned", "°C", "°F");
    }

    /// <summary>The cost history and the fitted line of one training run, side by side.</summary>
    public static GenericChart TrainingReport(TrainingResult<Neuron> result, DataSet data)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Chart.Grid(
                [CostHistory(result.CostHistory), FittedLine(result.Model, data)], 1, 2,
                SubPlotTitles: TrainingReportTitles)
            .WithSize(1100, 450);
    }

    private static readonly string[] TrainingReportTitles = ["Cost while training", "What NanoNeuron has learned"];

    /// <summary>The most points a line keeps; more add nothing a reader can see and slow the page down.</summary>
    public const int MaxPointsPerLine = 2_000;

    /// <summary>Keeps every k-th point (and always the last) so a line has at most <paramref name="maxPoints"/> points.</summary>
    internal static (int[] Indices, double[] Values) Downsample(IReadOnlyList<double> values, int maxPoints)
    {
        int step = Math.Max(1, (values.Count + maxPoints - 1) / maxPoints);
        var indices = Enumerable.Range(0, values.Count).Where(i => i % step == 0 || i == values.Count - 1).ToArray();
        return (indices, indices.Select(i => values[i]).ToArray());
    }
}
