using Plotly.NET.LayoutObjects;
using static NanoNeuron.Charts.ChartParts;

namespace NanoNeuron.Charts;

/// <summary>Optimizers side by side: their paths through (w, b) from the same start.</summary>
public static class OptimizerCharts
{
    /// <summary>
    /// Several optimizers' paths through (w, b) over the cost contour, with a slider that shows each path up to an epoch.
    /// Like <see cref="TrainingCharts.LearningScrubber"/>, it works in the saved page with no kernel: every piece of
    /// every path is in the chart, and each slider step only chooses which pieces are visible.
    /// </summary>
    /// <param name="surface">The cost contour of the training data (for the race, <see cref="CostLandscape.Race"/>'s).</param>
    /// <param name="paths">The optimizers' paths; each must hold every epoch of <paramref name="frames"/>.</param>
    /// <param name="frames">The epochs the slider stops at, increasing, starting at 0.</param>
    /// <exception cref="ArgumentException">No frames, frames not increasing from 0, or a path without one of the frames' epochs.</exception>
    public static GenericChart OptimizerRace(CostSurface surface, IReadOnlyList<RacePath> paths, IReadOnlyList<int> frames)
    {
        ArgumentNullException.ThrowIfNull(surface);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(frames);
        if (frames.Count == 0 || frames[0] != 0 || frames.Zip(frames.Skip(1)).Any(pair => pair.Second <= pair.First))
        {
            throw new ArgumentException("The frames must start at epoch 0 and increase, such as [0, 1, 2, 5, 10].", nameof(frames));
        }

        foreach (var path in paths)
        {
            var epochs = path.Path.Select(s => s.Epoch).ToHashSet();
            if (frames.FirstOrDefault(frame => !epochs.Contains(frame), -1) is var missing and >= 0)
            {
                throw new ArgumentException($"The path '{path.Name}' has no neuron at epoch {missing}: take a snapshot at every frame's epoch.", nameof(paths));
            }
        }

        // Trace 0: the contour. Then, per path: a legend trace (the start, always shown), one piece of path per frame
        // (from the previous frame's epoch to this one's), and one marker per frame (where the path is at that epoch).
        var traces = new List<GenericChart> { CostCharts.CostSurface(surface, "The three paths over the cost (log₁₀ scale)") };
        var always = new List<bool> { true };    // for each trace: shown at every step
        var pieceOf = new List<int> { -1 };      // for each trace: the frame from whose step on it is shown (pieces), or −1
        var markerOf = new List<int> { -1 };     // for each trace: the frame at whose step alone it is shown (markers), or −1
        void Track(bool shownAlways, int piece, int marker)
        {
            always.Add(shownAlways);
            pieceOf.Add(piece);
            markerOf.Add(marker);
        }

        foreach (var path in paths)
        {
            var color = Color.fromString(path.Color);
            var start = path.Path[0].Model;
            traces.Add(Chart.Point<double, double, string>([start.Weight], [start.Bias], Name: path.Name, MarkerColor: color));
            Track(true, -1, -1);
            for (int f = 1; f < frames.Count; f++)
            {
                var piece = path.Path.Where(s => s.Epoch >= frames[f - 1] && s.Epoch <= frames[f]).ToList();
                traces.Add(Chart.Line<double, double, string>(piece.Select(s => s.Model.Weight), piece.Select(s => s.Model.Bias),
                    Name: path.Name, ShowLegend: false, LineColor: color, LineWidth: 1));
                Track(false, f, -1);
            }

            for (int f = 0; f < frames.Count; f++)
            {
                var here = path.Path.First(s => s.Epoch == frames[f]).Model;
                traces.Add(Chart.Point<double, double, string>([here.Weight], [here.Bias], Name: path.Name, ShowLegend: false, MarkerColor: color,
                    MultiText: new[] { $"{path.Name}, epoch {frames[f].ToString("N0", CultureInfo.InvariantCulture)}" }));
                Track(false, -1, f);
            }
        }

        bool Visible(int trace, int frame) => always[trace] || (pieceOf[trace] >= 1 && pieceOf[trace] <= frame) || markerOf[trace] == frame;
        var slider = EpochSlider(frames, traces.Count, Visible);

        // The legend above the plot, clear of the colour bar.
        var legend = new Legend();
        legend.SetProperty("orientation", "h");
        legend.SetProperty("x", 0);
        legend.SetProperty("y", 1.1);
        legend.SetProperty("bgcolor", "rgba(90, 90, 90, 0.5)");

        // Start as the slider's first step does.
        return WithSlider(Plotly.NET.Chart.withLegend(legend, null).Invoke(Chart.Combine(traces)), slider, index => Visible(index, 0))
            .WithSize(1000, 650)
            .Titled("Drag the slider: gradient descent, momentum and Adam from the same start", "weight w", "bias b");
    }
}
