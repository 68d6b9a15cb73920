using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using NanoNeuron.Display;
using NanoNeuron.Exercises;

namespace NanoNeuron.Live.Kernel;

/// <summary>
/// How a cell's value is shown: as the notebook shows it. A chart as its figure; an exercise's verdict, a record, a list
/// of records and the course's own types as the HTML of lib/NanoNeuron.Display, which the notebooks' formatters use too;
/// anything else as text, or, for a list of plain values, a table of them (as the notebook kernel shows one).
/// </summary>
public static class ValueFormats
{
    /// <summary>The metadata key of an exercise's verdict: true for ✓, false for a hint (see <see cref="MimeBundle.Verdict"/>).</summary>
    public const string VerdictKey = "nanoneuron.verdict";

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

        string text = value as string ?? Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        if (value is Feedback feedback)
        {
            return new MimeBundle(Html(Verdict.Html(feedback.Passed, text), text)) { Verdict = feedback.Passed };
        }

        string? html = HtmlValues.ToHtml(value) ?? ValueList(value);
        return html is null ? MimeBundle.Text(text) : new MimeBundle(Html(html, text));
    }

    private static Dictionary<string, string> Html(string html, string text) => new() { ["text/html"] = html, ["text/plain"] = text };

    /// <summary>
    /// A list of numbers, text or other plain values as a table of index and value (at most
    /// <see cref="HtmlTable.MaxRows"/> rows): what the notebook kernel shows for one, with the course's numbers.
    /// </summary>
    private static string? ValueList(object value)
    {
        if (value is string or not IEnumerable)
        {
            return null;
        }

        return HtmlTable.Columns(
            ["index", "value"],
            ((IEnumerable)value).Cast<object?>().Select((item, index) => (IReadOnlyList<object?>)[index, item]));
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
