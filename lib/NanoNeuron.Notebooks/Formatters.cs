using System.Globalization;
using Microsoft.DotNet.Interactive.Formatting;
using static Microsoft.DotNet.Interactive.Formatting.PocketViewTags;
using NanoNeuron.Exercises;
using NanoNeuron.Optimization;

namespace NanoNeuron.Notebooks;

/// <summary>How the library's values look when a cell ends with one: small tables instead of object dumps.</summary>
/// <remarks>The HTML is built with PocketView, which encodes every text it is given: no value can become markup.</remarks>
public static class Formatters
{
    private const string Html = "text/html";

    /// <summary>Registers the course's HTML formatters with .NET Interactive.</summary>
    public static void Register()
    {
        Formatter.Register<Neuron>(Neuron, Html);
        Formatter.Register<Gradients>(Gradients, Html);
        Formatter.Register<ForwardResult>(Forward, Html);
        Formatter.Register<TrainingResult<Neuron>>(Training, Html);
        Formatter.Register<Feedback>(Feedback, Html);
        Formatter.Register<IEnumerable<GradientComparison>>(GradientComparisons, Html);
        // Draws with the plotly.js that Install shows, never with one from a CDN (a kernel extension's would; the last registered wins).
        Formatter.Register<Plotly.NET.GenericChart>((chart, writer) => writer.Write(OfflineCharts.ChartHtml(chart)), Html);
        Formatter.Register<PlotlyScript>((script, writer) => writer.Write(script.Html), Html);
    }

    /// <summary>A neuron as its two parameters and its formula.</summary>
    public static string Neuron(Neuron neuron) => Table(
        ("w (Weight)", Number(neuron.Weight)),
        ("b (Bias)", Number(neuron.Bias)),
        ("prediction", $"ŷ = {Number(neuron.Weight)}·x + {Number(neuron.Bias)}"));

    /// <summary>Gradients with their meaning.</summary>
    public static string Gradients(Gradients gradients) => Table(
        ("∂J/∂w (DW)", Number(gradients.DW)),
        ("∂J/∂b (DB)", Number(gradients.DB)));

    /// <summary>A forward pass: its cost and its first predictions.</summary>
    public static string Forward(ForwardResult forward)
    {
        ArgumentNullException.ThrowIfNull(forward);
        string first = string.Join(", ", forward.Predictions.Take(5).Select(Number));
        return Table(
            ("average cost J", Number(forward.Cost)),
            ("examples m", forward.Predictions.Length.ToString(CultureInfo.InvariantCulture)),
            ("first predictions ŷ", forward.Predictions.Length > 5 ? first + ", …" : first));
    }

    /// <summary>A training run: how far it went and where it ended.</summary>
    public static string Training(TrainingResult<Neuron> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Table(
            ("epochs", result.Epochs.ToString("N0", CultureInfo.InvariantCulture)),
            ("cost before", Number(result.CostBefore)),
            ("cost after", Number(result.CostAfter)),
            ("w (Weight)", Number(result.Model.Weight)),
            ("b (Bias)", Number(result.Model.Bias)));
    }

    /// <summary>A gradient check: one row per parameter.</summary>
    public static string GradientComparisons(IEnumerable<GradientComparison> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return Rows(
            ["parameter", "analytic", "finite difference", "relative error"],
            rows.Select(r => new[] { r.Parameter, Number(r.Analytic), Number(r.FiniteDifference), r.RelativeError.ToString("G2", CultureInfo.InvariantCulture) }));
    }

    /// <summary>An exercise's verdict, green or red.</summary>
    public static string Feedback(Feedback feedback)
    {
        ArgumentNullException.ThrowIfNull(feedback);
        string color = feedback.Passed ? "#1a7f37" : "#b3261e";
        return div[style: $"color:{color};font-weight:600"](feedback.ToString()).ToString();
    }

    /// <summary>How the course shows a number (<see cref="Numbers.Format"/>).</summary>
    internal static string Number(double value) => Numbers.Format(value);

    private static string Table(params (string Name, string Value)[] columns) =>
        Rows([.. columns.Select(c => c.Name)], [[.. columns.Select(c => c.Value)]]);

    private static string Rows(string[] headers, IEnumerable<string[]> rows) =>
        table(
            thead(tr(headers.Select(header => th(header)))),
            tbody(rows.Select(row => tr(row.Select(value => td(value)))))).ToString();
}
