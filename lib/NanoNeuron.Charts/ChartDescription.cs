namespace NanoNeuron.Charts;

/// <summary>
/// A chart's text alternative, for readers who cannot see it: a title and one sentence of what it shows. It travels
/// inside the chart's figure, as Plotly's layout <c>meta</c> (<c>{"title": …, "description": …}</c>), so every page
/// that draws the chart can give it as the chart's accessible name and description (the course site does, in a
/// <c>&lt;figure&gt;</c> with a caption).
/// </summary>
public static class ChartDescription
{
    /// <summary>The key of the text alternative in the layout's <c>meta</c>.</summary>
    public const string DescriptionKey = "description";

    /// <summary>The key of the title in the layout's <c>meta</c> (when the chart's own title is not the one to read).</summary>
    public const string TitleKey = "title";

    /// <summary>
    /// The chart with its text alternative: <paramref name="description"/>, one sentence of what it shows (what a reader
    /// would learn from looking at it), and optionally a <paramref name="title"/> to read instead of the chart's own.
    /// </summary>
    /// <exception cref="ArgumentException">The description (or a title given) is blank.</exception>
    public static GenericChart Described(this GenericChart chart, string description, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(chart);
        if (string.IsNullOrWhiteSpace(description))
        {
            throw new ArgumentException("A chart's description is one sentence of what it shows; it cannot be blank.", nameof(description));
        }

        if (title is not null && string.IsNullOrWhiteSpace(title))
        {
            throw new ArgumentException("A chart's title cannot be blank: leave it out to read the chart's own title.", nameof(title));
        }

        var meta = new Dictionary<string, string> { [DescriptionKey] = description.Trim() };
        if (title is not null)
        {
            meta[TitleKey] = title.Trim();
        }

        var layout = new Layout();
        layout.SetProperty("meta", meta);
        return GenericChart.addLayout(layout, chart);
    }
}
