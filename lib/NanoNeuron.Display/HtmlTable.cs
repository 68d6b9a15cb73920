using System.Collections;
using System.Globalization;
using System.Net;
using System.Text;

namespace NanoNeuron.Display;

/// <summary>
/// The course's HTML tables: a header cell per column, numbers right-aligned in figures of one width, text to the left,
/// and every text HTML-encoded. Alignment is set on each cell, so it holds in VS Code, Jupyter and the site alike.
/// </summary>
public static class HtmlTable
{
    /// <summary>The most rows a table shows; a last row says how many more there are.</summary>
    public const int MaxRows = 20;

    private const string NumberStyle = "text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap";
    private const string TextStyle = "text-align:left";

    /// <summary>A table with a column per header and a row per item of <paramref name="rows"/> (at most <see cref="MaxRows"/>).</summary>
    /// <param name="headers">The columns' names.</param>
    /// <param name="rows">The cells of each row, in the columns' order: numbers, text or any value (see <see cref="CellText"/>).</param>
    /// <param name="numericColumns">Which columns hold numbers (right-aligned, header too); by default, those whose shown cells are all numbers.</param>
    public static string Columns(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, IReadOnlyList<bool>? numericColumns = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        var (shown, more) = Take(rows);
        var numeric = numericColumns ?? [.. headers.Select((_, column) => shown.Count > 0 && shown.All(row => column < row.Count && DisplayNumber.TryFormat(row[column]) is not null))];
        var html = new StringBuilder("<table><thead><tr>");
        for (int column = 0; column < headers.Count; column++)
        {
            html.Append($"<th scope=\"col\" style=\"{(numeric[column] ? NumberStyle : TextStyle)}\">{Encode(headers[column])}</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in shown)
        {
            html.Append("<tr>");
            for (int column = 0; column < headers.Count; column++)
            {
                html.Append(Cell("td", column < row.Count ? row[column] : null));
            }

            html.Append("</tr>");
        }

        if (more is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"{headers.Count}\" style=\"{TextStyle}\"><i>{Encode(more)}</i></td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>A small two-column table: each row a name (a row header) and its value.</summary>
    public static string Pairs(IEnumerable<(string Name, object? Value)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var html = new StringBuilder("<table><tbody>");
        foreach (var (name, value) in pairs)
        {
            html.Append($"<tr><th scope=\"row\" style=\"{TextStyle}\">{Encode(name)}</th>{Cell("td", value)}</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>
    /// How a value reads in a cell: a number by <see cref="DisplayNumber"/>, true and false as C# writes them, null as
    /// "null", a list as its count and first values, anything else as its text.
    /// </summary>
    public static string CellText(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        string s => s,
        IEnumerable sequence => Summary(sequence),
        _ => DisplayNumber.TryFormat(value) ?? value.ToString() ?? "",
    };

    private static string Cell(string tag, object? value) =>
        $"<{tag} style=\"{(DisplayNumber.TryFormat(value) is null ? TextStyle : NumberStyle)}\">{Encode(CellText(value))}</{tag}>";

    private const int SummaryValues = 4;

    private static string Summary(IEnumerable sequence)
    {
        var values = new List<string>();
        int count = 0;
        foreach (object? item in sequence)
        {
            if (count < SummaryValues)
            {
                values.Add(item is IEnumerable and not string ? "…" : CellText(item));
            }

            if (++count > 10_000)
            {
                return $"more than 10,000 values: {string.Join(", ", values)}, …";
            }
        }

        string counted = count == 1 ? "1 value" : string.Create(CultureInfo.InvariantCulture, $"{count:N0} values");
        return count == 0 ? "no values" : $"{counted}: {string.Join(", ", values)}{(count > SummaryValues ? ", …" : "")}";
    }

    private static (List<IReadOnlyList<object?>> Shown, string? More) Take(IEnumerable<IReadOnlyList<object?>> rows)
    {
        var shown = new List<IReadOnlyList<object?>>();
        using var enumerator = rows.GetEnumerator();
        while (shown.Count < MaxRows && enumerator.MoveNext())
        {
            shown.Add(enumerator.Current);
        }

        if (!enumerator.MoveNext())
        {
            return (shown, null);
        }

        int more = 1;
        while (more <= 10_000 && enumerator.MoveNext())
        {
            more++;
        }

        return (shown, more > 10_000
            ? "… and more than 10,000 more rows"
            : string.Create(CultureInfo.InvariantCulture, $"… and {more:N0} more {(more == 1 ? "row" : "rows")}"));
    }

    /// <summary>Text made safe inside HTML: every &lt;, &gt;, &amp; and quote encoded.</summary>
    public static string Encode(string text) => WebUtility.HtmlEncode(text);
}
