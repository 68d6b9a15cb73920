using NanoNeuron.Data;
using NanoNeuron.Networks;

namespace NanoNeuron.Charts;

/// <summary>A network of neurons: its curve as it learns, and its output over the XOR square.</summary>
public static class NetworkCharts
{
    private static readonly string[] XorLabels = ["0", "1", "1", "0"];

    /// <summary>The network's curve at several epochs of training, over the examples.</summary>
    public static GenericChart NetworkLearning(DataSet data, Standardizer inputs, TrainingResult<Network> result, string xTitle, string yTitle)
    {
        ArgumentNullException.ThrowIfNull(result);
        var models = result.Snapshots.Select(s => (
            FormattableString.Invariant($"epoch {s.Epoch:N0}"),
            (Func<double, double>)(x => s.Model.Predict(inputs.Transform(x))))).ToList();
        return FitCharts.Fits(data, models, "The network's curve as it learns", xTitle, yTitle);
    }

    /// <summary>A two-input network's output over the unit square, with the four XOR examples.</summary>
    public static GenericChart XorSurface(Network network, string title)
    {
        ArgumentNullException.ThrowIfNull(network);
        double[] grid = [.. Enumerable.Range(0, 41).Select(i => -0.25 + i * 0.0375)];
        var output = grid.Select(b => grid.Select(a => network.Predict([a, b])[0]).ToArray());
        double[] xs = [0, 0, 1, 1];
        double[] ys = [0, 1, 0, 1];
        var heatmap = Chart.Heatmap<double, double, double, string>(output, X: grid, Y: grid, Name: "network output");
        // One colour scale for every network, so that a flat output looks flat instead of stretched to fill the scale.
        foreach (var trace in GenericChart.getTraces(heatmap))
        {
            trace.SetProperty("zmin", -0.25);
            trace.SetProperty("zmax", 1.25);
        }

        return Chart.Combine(
            [
                heatmap,
                Chart.Point<double, double, string>(xs, ys, Name: "XOR examples",
                    MultiText: XorLabels, TextPosition: StyleParam.TextPosition.TopRight, MarkerColor: Color.fromString("white")),
            ])
            .Titled(title, "input 1", "input 2");
    }
}
