namespace NanoNeuron.Charts;

/// <summary>Small styling helpers so every course chart reads the same way.</summary>
public static class ChartStyle
{
    /// <summary>Sets a chart's title and axis titles; optionally a logarithmic y axis.</summary>
    public static GenericChart Titled(this GenericChart chart, string title, string xTitle, string yTitle, bool logY = false)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var titled = Plotly.NET.Chart.withTitle(title, null).Invoke(chart);
        return titled
            .WithXAxisStyle<double, double, string>(TitleText: xTitle)
            .WithYAxisStyle<double, double, string>(
                TitleText: yTitle,
                AxisType: logY ? StyleParam.AxisType.Log : StyleParam.AxisType.Linear);
    }
}
