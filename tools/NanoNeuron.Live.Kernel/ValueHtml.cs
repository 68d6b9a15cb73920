using System.Collections;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;

namespace NanoNeuron.Live.Kernel;

/// <summary>
/// Values as HTML tables, as the notebook shows them: an object as one row of its properties, a sequence as a row
/// per item. The one place that turns values into HTML, until the course's display library takes its place.
/// </summary>
/// <remarks>Every text is HTML-encoded: no value can become markup.</remarks>
internal static class ValueHtml
{
    private const int MaxRows = 100;
    private const int MaxItemsInCell = 10;

    /// <summary>The value as a table, or null when plain text shows it best (numbers, strings).</summary>
    public static string? Table(object value)
    {
        if (IsScalar(value))
        {
            return null;
        }

        if (Feedback(value) is { } feedback)
        {
            return feedback;
        }

        if (value is IEnumerable sequence)
        {
            return Rows(sequence.Cast<object?>());
        }

        var properties = Properties(value.GetType());
        return properties.Length == 0 ? null : Html(properties.Select(p => p.Name), [[.. properties.Select(p => Cell(p.GetValue(value)))]], 0);
    }

    private static string Rows(IEnumerable<object?> items)
    {
        var list = items.Take(MaxRows + 1).ToList();
        var shown = list.Take(MaxRows).ToList();
        int more = list.Count > MaxRows ? 1 : 0;
        var first = shown.FirstOrDefault(i => i is not null);
        if (first is null || IsScalar(first))
        {
            return Html(["index", "value"], shown.Select((item, i) => new[] { i.ToString(CultureInfo.InvariantCulture), Cell(item) }), more);
        }

        var properties = Properties(first.GetType());
        return Html(
            properties.Select(p => p.Name),
            shown.Select(item => item is null ? [.. properties.Select(_ => "")] : properties.Select(p => Cell(p.GetValue(item))).ToArray()),
            more);
    }

    private static string Html(IEnumerable<string> headers, IEnumerable<string[]> rows, int more)
    {
        var html = new StringBuilder("<table><thead><tr>");
        foreach (string header in headers)
        {
            html.Append("<th>").Append(WebUtility.HtmlEncode(header)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (string cell in row)
            {
                html.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
        if (more > 0)
        {
            html.Append($"<p>(the first {MaxRows} rows)</p>");
        }

        return html.ToString();
    }

    private static string Cell(object? value) => value switch
    {
        null => "<null>",
        double number => number.ToString("G10", CultureInfo.InvariantCulture),
        string text => text,
        IEnumerable sequence => "[" + string.Join(", ", sequence.Cast<object?>().Take(MaxItemsInCell).Select(Cell))
            + (sequence.Cast<object?>().Skip(MaxItemsInCell).Any() ? ", …]" : "]"),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>An exercise's verdict (✓ or a hint) as a line of its own colour, read out when it appears.</summary>
    private static string? Feedback(object value)
    {
        var type = value.GetType();
        if (type.Name != "Feedback" || type.GetProperty("Passed")?.GetValue(value) is not bool passed)
        {
            return null;
        }

        string text = WebUtility.HtmlEncode(value.ToString() ?? "");
        return $"<div class=\"feedback {(passed ? "passed" : "not-yet")}\">{text}</div>";
    }

    private static bool IsScalar(object value) =>
        value is string or decimal or DateTime or DateTimeOffset or TimeSpan or Guid or Enum || value.GetType().IsPrimitive;

    private static PropertyInfo[] Properties(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0)];
}
