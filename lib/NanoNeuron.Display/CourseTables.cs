using System.Globalization;
using NanoNeuron.Optimization;

namespace NanoNeuron.Display;

/// <summary>The course's own values as small tables that say what each number is.</summary>
public static class CourseTables
{
    /// <summary>A neuron as its two parameters and its formula.</summary>
    public static string Neuron(Neuron neuron) => HtmlTable.Pairs(
    [
        ("w (Weight)", neuron.Weight),
        ("b (Bias)", neuron.Bias),
        ("prediction", $"ŷ = {DisplayNumber.Format(neuron.Weight)}·x + {DisplayNumber.Format(neuron.Bias)}"),
    ]);

    /// <summary>Gradients with their meaning.</summary>
    public static string Gradients(Gradients gradients) => HtmlTable.Pairs(
    [
        ("∂J/∂w (DW)", gradients.DW),
        ("∂J/∂b (DB)", gradients.DB),
    ]);

    /// <summary>A forward pass: its cost and its first predictions.</summary>
    public static string Forward(ForwardResult forward)
    {
        ArgumentNullException.ThrowIfNull(forward);
        string first = string.Join(", ", forward.Predictions.Take(5).Select(DisplayNumber.Format));
        return HtmlTable.Pairs(
        [
            ("average cost J", forward.Cost),
            ("examples m", forward.Predictions.Length),
            ("first predictions ŷ", forward.Predictions.Length > 5 ? first + ", …" : first),
        ]);
    }

    /// <summary>A training run: how far it went and where it ended.</summary>
    public static string Training(TrainingResult<Neuron> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return HtmlTable.Pairs(
        [
            ("epochs", result.Epochs),
            ("cost before", result.CostBefore),
            ("cost after", result.CostAfter),
            ("w (Weight)", result.Model.Weight),
            ("b (Bias)", result.Model.Bias),
        ]);
    }

    /// <summary>A gradient check: one row per parameter; the relative error to two significant digits.</summary>
    public static string GradientComparisons(IEnumerable<GradientComparison> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return HtmlTable.Columns(
            ["parameter", "analytic", "finite difference", "relative error"],
            rows.Select(r => (IReadOnlyList<object?>)[r.Parameter, r.Analytic, r.FiniteDifference, r.RelativeError.ToString("G2", CultureInfo.InvariantCulture)]),
            [false, true, true, true]);
    }
}
