namespace NanoNeuron.Notebooks;

/// <summary>plotly.js as a script element; a cell that ends with it shows it (its formatter is registered by <see cref="Formatters"/>).</summary>
/// <remarks>Its own type, not an <c>HtmlString</c>: the kernel may load another copy of that type's assembly, and would then show it as an object.</remarks>
public sealed class PlotlyScript
{
    private readonly Func<string> html;

    internal PlotlyScript(Func<string> html) => this.html = html;

    /// <summary>The script element.</summary>
    public string Html => html();
}
