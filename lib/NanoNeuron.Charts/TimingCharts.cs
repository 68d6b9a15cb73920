namespace NanoNeuron.Charts;

/// <summary>Timings measured side by side.</summary>
public static class TimingCharts
{
    /// <summary>How long each approach took, as bars, described with the times this run measured.</summary>
    public static GenericChart Timings(IReadOnlyList<Timing> timings, string title)
    {
        ArgumentNullException.ThrowIfNull(timings);
        // Horizontal bars: the names stay on a category axis (Titled would make both axes numeric).
        var bars = Chart.Bar<double, string, string>(timings.Select(t => t.Milliseconds), Keys: timings.Select(t => t.Name).ToArray(),
            MultiText: timings.Select(t => Milliseconds(t) + " ms").ToArray());
        return Plotly.NET.Chart.withTitle(title, null).Invoke(bars)
            .WithXAxisStyle<double, double, string>(TitleText: "milliseconds (log scale)", AxisType: StyleParam.AxisType.Log)
            .Described("One bar per way, its median time in this run on a log scale: "
                + string.Join("; ", timings.Select(t => $"{t.Name}, {Milliseconds(t)} ms")) + ".");
    }

    /// <summary>Three significant digits, without an exponent: 0.0434, 1.34, 431, 5,373.</summary>
    private static string Milliseconds(Timing timing) =>
        timing.Milliseconds.ToString(timing.Milliseconds >= 1000 ? "N0" : "G3", CultureInfo.InvariantCulture);
}
