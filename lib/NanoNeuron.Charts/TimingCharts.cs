namespace NanoNeuron.Charts;

/// <summary>Timings measured side by side.</summary>
public static class TimingCharts
{
    /// <summary>How long each approach took, as bars.</summary>
    public static GenericChart Timings(IReadOnlyList<Timing> timings, string title)
    {
        ArgumentNullException.ThrowIfNull(timings);
        // Horizontal bars: the names stay on a category axis (Titled would make both axes numeric).
        var bars = Chart.Bar<double, string, string>(timings.Select(t => t.Milliseconds), Keys: timings.Select(t => t.Name).ToArray(),
            MultiText: timings.Select(t => t.Milliseconds.ToString("G3", CultureInfo.InvariantCulture) + " ms").ToArray());
        return Plotly.NET.Chart.withTitle(title, null).Invoke(bars)
            .WithXAxisStyle<double, double, string>(TitleText: "milliseconds (log scale)", AxisType: StyleParam.AxisType.Log);
    }
}
