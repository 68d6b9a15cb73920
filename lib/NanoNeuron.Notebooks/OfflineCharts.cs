using Microsoft.FSharp.Core;
using Plotly.NET;

namespace NanoNeuron.Notebooks;

/// <summary>Charts that draw with no network: plotly.js once per kernel session, then each chart as a div and a script.</summary>
/// <remarks>
/// Plotly.NET.Interactive's chart HTML loads require.js and plotly.js from public CDNs, so an executed notebook
/// opened offline shows blank charts. Here the setup cell shows plotly.js once (the copy Plotly.NET embeds), and every
/// chart is Plotly.NET's own HTML with no reference to plotly.js: a <c>&lt;div&gt;</c> and a <c>Plotly.newPlot</c> call.
/// </remarks>
public static class OfflineCharts
{
    /// <summary>The plotly.js that Plotly.NET embeds, by its resource name in Plotly.NET.dll.</summary>
    public const string PlotlyResource = "Plotly.NET.plotly-2.28.0.min.js";

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(GenericChart).Assembly.GetManifestResourceStream(PlotlyResource)
            ?? throw new InvalidOperationException($"Plotly.NET.dll holds no {PlotlyResource}");
        using var reader = new StreamReader(stream);
        // plotly.js registers with require.js or CommonJS when the page has them (Jupyter's pages may load
        // require.js); hiding them makes it always set window.Plotly, which the charts' scripts call.
        return "<script type=\"text/javascript\">(function (define, module, exports) {\n" + reader.ReadToEnd() + "\n})();</script>";
    });

    /// <summary>plotly.js for the page, shown as one script element (about 3.6 MB): show it once per kernel session.</summary>
    public static PlotlyScript PlotlyScript { get; } = new(() => Script.Value);

    /// <summary>A chart as a <c>&lt;div&gt;</c> and the script that draws it with the page's <c>Plotly</c>; nothing is loaded from a network.</summary>
    public static string ChartHtml(GenericChart chart) => GenericChart.toChartHTML(GenericChart.addDisplayOptions(NoReference, chart));

    // DisplayOptions.init's F# options: null is None; only the reference to plotly.js is set.
    private static readonly DisplayOptions NoReference =
        DisplayOptions.init(null, null, null, null, null, null, FSharpOption<PlotlyJSReference>.Some(PlotlyJSReference.NoReference));
}

