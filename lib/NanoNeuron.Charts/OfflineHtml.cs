namespace NanoNeuron.Charts;

/// <summary>Writes charts as self-contained HTML pages that work offline.</summary>
public static class OfflineHtml
{
    /// <summary>The whole page for a chart, with plotly.js embedded (no CDN reference).</summary>
    public static string Render(GenericChart chart, string title)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var options = DisplayOptions.init(
            DocumentTitle: title,
            DocumentCharset: "utf-8",
            DocumentDescription: null,
            DocumentFavicon: null,
            AdditionalHeadTags: null,
            ChartDescription: null,
            PlotlyJSReference: PlotlyJSReference.Full);
        return GenericChart.toEmbeddedHTML(Plotly.NET.Chart.withDisplayOptions(options).Invoke(chart));
    }

    /// <summary>Checks that a chart can be saved at <paramref name="path"/> and returns its full path.</summary>
    /// <exception cref="ArgumentException">The path does not end in .html or .htm, or its folder does not exist.</exception>
    public static string CheckPath(string path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new ArgumentException("The chart path is empty: pass a file name ending in .html, such as training.html.", nameof(path));
        }

        string fullPath = Path.GetFullPath(path);
        string extension = Path.GetExtension(fullPath);
        if (!extension.Equals(".html", StringComparison.OrdinalIgnoreCase) && !extension.Equals(".htm", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The chart path '{path}' does not end in .html: name an HTML file, such as training.html.", nameof(path));
        }

        string? folder = Path.GetDirectoryName(fullPath);
        if (folder is null || !Directory.Exists(folder))
        {
            throw new ArgumentException($"The folder of the chart path '{path}' does not exist: create it first or choose another path.", nameof(path));
        }

        if (Directory.Exists(fullPath))
        {
            throw new ArgumentException($"The chart path '{path}' is a folder: name a file inside it, such as {Path.Combine(path, "training.html")}.", nameof(path));
        }

        return fullPath;
    }
}
