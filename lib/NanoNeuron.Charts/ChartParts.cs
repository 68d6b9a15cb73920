using Plotly.NET.LayoutObjects;

namespace NanoNeuron.Charts;

/// <summary>Pieces several charts share: colours, the true line, thinning long lines, a slider through epochs.</summary>
internal static class ChartParts
{
    /// <summary>The most points a line keeps; more add nothing a reader can see and slow the page down.</summary>
    public const int MaxPointsPerLine = 2_000;

    public static readonly Color TrueLineColor = Color.fromString("#2ca02c");

    public static readonly Color ErrorColor = Color.fromString("#d62728");

    /// <summary>The range of °C the course's charts show.</summary>
    public static readonly double[] CelsiusRange = [0, 100];

    /// <summary>The line every neuron should learn, °F = 1.8·°C + 32, from <paramref name="from"/> to <paramref name="to"/> °C.</summary>
    public static GenericChart TrueLine(double from = 0, double to = 100)
    {
        double[] ends = [from, to];
        return Chart.Line<double, double, string>(ends, ends.Select(Temperature.CelsiusToFahrenheit),
            Name: "°F = 1.8·°C + 32", LineColor: TrueLineColor, LineWidth: 3);
    }

    /// <summary>Keeps every k-th point (and always the last) so a line has at most <paramref name="maxPoints"/> points.</summary>
    public static (int[] Indices, double[] Values) Downsample(IReadOnlyList<double> values, int maxPoints)
    {
        int step = Math.Max(1, (values.Count + maxPoints - 1) / maxPoints);
        var indices = Enumerable.Range(0, values.Count).Where(i => i % step == 0 || i == values.Count - 1).ToArray();
        return (indices, indices.Select(i => values[i]).ToArray());
    }

    /// <summary>A marker of size 4 in <paramref name="colour"/>.</summary>
    public static Plotly.NET.TraceObjects.Marker SmallMarker(string colour)
    {
        var marker = new Plotly.NET.TraceObjects.Marker();
        marker.SetProperty("size", 4);
        marker.SetProperty("color", colour);
        return marker;
    }

    /// <summary>
    /// A slider through epochs that needs no kernel: its step <c>f</c>, labelled <c>epochs[f]</c>, shows exactly the traces
    /// for which <paramref name="visible"/>(trace, f) holds, by restyling the chart in the page itself.
    /// </summary>
    public static Slider EpochSlider(IReadOnlyList<int> epochs, int traceCount, Func<int, int, bool> visible)
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

    /// <summary>Adds <paramref name="slider"/> to <paramref name="chart"/> and shows, to begin with, the traces its first step shows.</summary>
    public static GenericChart WithSlider(GenericChart chart, Slider slider, Func<int, bool> shownFirst)
    {
        var styled = Plotly.NET.Chart.withSlider(slider, null).Invoke(chart);
        foreach (var (trace, index) in GenericChart.getTraces(styled).Select((t, i) => (t, i)))
        {
            trace.SetProperty("visible", shownFirst(index));
        }

        return styled;
    }
}
