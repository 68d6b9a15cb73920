using static NanoNeuron.Charts.ChartParts;

namespace NanoNeuron.Charts;

/// <summary>Mini-batches: noisy paths through (w, b), and how close the cost settles to the best line's.</summary>
public static class MiniBatchCharts
{
    /// <summary>
    /// Several training paths through (w, b) over the cost contour, one line per run (for example a full batch, a
    /// mini-batch and single examples), with a marker after every snapshot.
    /// </summary>
    /// <param name="surface">The cost contour of the training examples (<see cref="CostLandscape.Surface"/>).</param>
    /// <param name="paths">Each run's name and its snapshots, in epoch order.</param>
    public static GenericChart BatchPaths(CostSurface surface, IReadOnlyList<(string Name, IReadOnlyList<Snapshot<Neuron>> Snapshots)> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        string[] colours = ["white", "orange", "magenta", "cyan"];
        // The first path is drawn last, on top: the full batch's short, smooth path stays visible over the noisy ones.
        var lines = paths.Select((path, i) => Chart.Line<double, double, string>(
                path.Snapshots.Select(s => s.Model.Weight), path.Snapshots.Select(s => s.Model.Bias),
                ShowMarkers: true, Name: path.Name, LineColor: Color.fromString(colours[i % colours.Length]), LineWidth: 1,
                Marker: SmallMarker(colours[i % colours.Length]),
                MultiText: path.Snapshots.Select(s => FormattableString.Invariant($"epoch {s.Epoch}: cost {s.Cost:G4}")).ToArray()))
            .Reverse();
        return Chart.Combine([CostCharts.CostSurface(surface), .. lines])
            .WithLegendStyle(BGColor: Color.fromString("#bbbbbb"), X: 0, Y: -0.35)
            .Titled("The same number of epochs: few smooth steps, or many noisy ones", "weight w", "bias b");
    }

    /// <summary>
    /// How far each run's cost stays above the lowest cost any line can reach (<paramref name="floor"/>),
    /// epoch by epoch, on a log scale so that both the fall and the jitter near the floor show.
    /// </summary>
    /// <param name="runs">Each run's name and cost history (epochs + 1 costs).</param>
    /// <param name="floor">The lowest cost, such as the least-squares line's on the same examples.</param>
    /// <param name="title">The chart's title.</param>
    public static GenericChart CostAboveFloor(IReadOnlyList<(string Name, IReadOnlyList<double> CostHistory)> runs, double floor, string title)
    {
        ArgumentNullException.ThrowIfNull(runs);
        // A cost can land on the floor to the last bit; a log axis cannot show 0, so such points sit at 1e-12.
        var lines = runs.Select(run => Chart.Line<int, double, string>(
            Enumerable.Range(0, run.CostHistory.Count), run.CostHistory.Select(cost => Math.Max(cost - floor, 1e-12)), Name: run.Name));
        return Chart.Combine(lines)
            .Titled(title, "epoch", string.Create(CultureInfo.InvariantCulture, $"cost − {floor:G5} (log scale)"), logY: true);
    }
}
