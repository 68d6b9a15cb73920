using static NanoNeuron.Charts.ChartParts;

namespace NanoNeuron.Charts;

/// <summary>The original program's mistakes, drawn.</summary>
public static class OriginalCharts
{
    /// <summary>
    /// The last updates of a training run, the cost history the original records against the fixed one.
    /// </summary>
    /// <remarks>
    /// The fixed history holds the cost after k updates for k = 0 … epochs. The original records the cost before
    /// each update, that is for k = 0 … epochs − 1: the same values, one short. Its "cost after the training" is
    /// the cost after epochs − 1 updates.
    /// </remarks>
    /// <param name="result">A training run (its history holds the cost before training and after every update).</param>
    /// <param name="last">How many of the final updates to show.</param>
    public static GenericChart OriginalAndFixedHistory(TrainingResult<Neuron> result, int last = 8)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(last);
        if (result.Epochs < 1)
        {
            throw new ArgumentException("The chart compares the costs around the last update: train for at least one epoch.", nameof(result));
        }

        int epochs = result.Epochs;
        int from = Math.Max(0, epochs - last);
        int[] updates = [.. Enumerable.Range(from, epochs - from + 1)];
        int[] recordedByTheOriginal = updates[..^1];
        return Chart.Combine(
            [
                Chart.Line<int, double, string>(updates, updates.Select(k => result.CostHistory[k]),
                    Name: "this library: before training, then after every update", ShowMarkers: true, LineColor: Color.fromString("#1f77b4")),
                Chart.Point<int, double, string>(recordedByTheOriginal, recordedByTheOriginal.Select(k => result.CostHistory[k]),
                    Name: "the original: before every update", MarkerSymbol: StyleParam.MarkerSymbol.Diamond, MarkerColor: Color.fromString("#ff7f0e")),
                Chart.Point<int, double, string>([epochs - 1], [result.CostHistory[^2]],
                    Name: "the original's \"cost after the training\"", MarkerSymbol: StyleParam.MarkerSymbol.X, MarkerColor: ErrorColor),
                Chart.Point<int, double, string>([epochs], [result.CostHistory[^1]],
                    Name: "the true cost after training", MarkerSymbol: StyleParam.MarkerSymbol.Star, MarkerColor: TrueLineColor),
            ])
            .Titled("The last updates: the original's history stops one cost short", "updates made so far", "average cost J");
    }
}
