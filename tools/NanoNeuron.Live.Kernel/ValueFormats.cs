using System.Globalization;
using System.Runtime.CompilerServices;

namespace NanoNeuron.Live.Kernel;

/// <summary>How a cell's value is shown: a chart as its figure, a table as HTML, anything else as text.</summary>
public static class ValueFormats
{
    /// <summary>The value in every format the page may show.</summary>
    public static MimeBundle Format(object? value)
    {
        if (value is null)
        {
            return MimeBundle.Text("<null>");
        }

        if (IsChart(value))
        {
            return Chart(value);
        }

        string text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        string? html = ValueHtml.Table(value);
        return html is null
            ? MimeBundle.Text(text)
            : new MimeBundle(new Dictionary<string, string> { ["text/html"] = html, ["text/plain"] = text });
    }

    /// <summary>
    /// Whether the value is a Plotly.NET chart, decided by name: the chart libraries may not be loaded, and naming
    /// their types here would load them.
    /// </summary>
    private static bool IsChart(object value) =>
        value.GetType().FullName is { } name && name.StartsWith("Plotly.NET.GenericChart", StringComparison.Ordinal);

    // Its own method, so that the chart types are resolved only when a chart is shown.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static MimeBundle Chart(object chart) => new(new Dictionary<string, string>
    {
        [MimeBundle.PlotlyJson] = FigureJson.Write((Plotly.NET.GenericChart)chart),
        ["text/plain"] = "a chart (Plotly)",
    });
}
