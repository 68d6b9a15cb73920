using NanoNeuron.Activations;

namespace NanoNeuron.Charts;

/// <summary>Activation functions, their slopes, and the chain rule.</summary>
public static class ActivationCharts
{
    private static readonly double[] ActivationRange = [.. Enumerable.Range(0, 201).Select(i => -5 + i * 0.05)];

    /// <summary>Each activation function beside its derivative.</summary>
    public static GenericChart Activations(IReadOnlyList<Activation>? activations = null)
    {
        activations ??= Activation.All;
        var charts = activations.Select(a => Chart.Combine(
            [
                Chart.Line<double, double, string>(ActivationRange, ActivationRange.Select(a.Function), Name: $"{a.Name}(z)", LineWidth: 3),
                Chart.Line<double, double, string>(ActivationRange, ActivationRange.Select(a.Derivative), Name: $"{a.Name}′(z)", LineDash: StyleParam.DrawingStyle.Dash),
            ]));
        return Chart.Grid(charts, 1, activations.Count, SubPlotTitles: activations.Select(a => $"{a.Name}: g(z) solid, g′(z) dashed").ToArray())
            .WithSize(1100, 400)
            .Titled("Activation functions and their derivatives", "z", "");
    }

    /// <summary>
    /// Rates multiply. The slope of σ(2x + 1) measured by nudging x, beside 2·σ′(2x + 1) (the chain rule)
    /// and σ′(2x + 1) alone (the inner rate forgotten).
    /// </summary>
    /// <remarks>Measured slope: <c>(f(x + h) − f(x − h)) / 2h</c> with h = 10⁻⁵, at every quarter from −4 to 3.</remarks>
    public static GenericChart ChainRule()
    {
        const double h = 1e-5;
        static double F(double x) => Activation.SigmoidOf(2 * x + 1);
        double[] xs = [.. Enumerable.Range(0, 141).Select(i => -4 + i * 0.05)];
        double[] nudged = [.. Enumerable.Range(0, 29).Select(i => -4 + i * 0.25)];
        return Chart.Combine(
            [
                Chart.Line<double, double, string>(xs, xs.Select(F), Name: "σ(2x + 1)", LineWidth: 3),
                Chart.Line<double, double, string>(xs, xs.Select(x => 2 * Activation.Sigmoid.Derivative(2 * x + 1)), Name: "2 × σ′(2x + 1): the rates multiplied"),
                Chart.Line<double, double, string>(xs, xs.Select(x => Activation.Sigmoid.Derivative(2 * x + 1)), Name: "σ′(2x + 1) alone: the inner rate forgotten",
                    LineDash: StyleParam.DrawingStyle.Dash),
                Chart.Point<double, double, string>(nudged, nudged.Select(x => (F(x + h) - F(x - h)) / (2 * h)), Name: "slope measured by nudging x"),
            ])
            .Titled("Rates multiply: the measured slope of σ(2x + 1) sits on 2 × σ′(2x + 1)", "x", "σ(2x + 1), and slopes per unit of x");
    }
}
