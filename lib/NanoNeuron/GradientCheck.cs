using System.Collections.Immutable;

namespace NanoNeuron;

/// <summary>One parameter's gradient, computed two ways.</summary>
/// <param name="Parameter">"w" or "b".</param>
/// <param name="Analytic">From <see cref="Propagation.BackwardPropagation(ForwardResult, DataSet)"/>.</param>
/// <param name="FiniteDifference">From nudging the parameter both ways and measuring the cost.</param>
/// <param name="RelativeError">
/// |Analytic − FiniteDifference| / max(|Analytic|, |FiniteDifference|, 1): the relative error for gradients above 1
/// and the plain difference below, so that two gradients that are both zero up to rounding (at the minimum) count as
/// agreeing instead of reporting 1 or NaN.
/// </param>
public sealed record GradientComparison(string Parameter, double Analytic, double FiniteDifference, double RelativeError);

/// <summary>Checks the calculus with arithmetic: the slope of the cost, measured.</summary>
public static class GradientCheck
{
    /// <summary>The nudge used by default.</summary>
    public const double DefaultStep = 1e-5;

    /// <summary>Compares the analytic gradients with central finite differences at <paramref name="model"/>.</summary>
    /// <remarks><c>∂J/∂w ≈ (J(w + h, b) − J(w − h, b)) / 2h</c>, and likewise for b.</remarks>
    /// <exception cref="ArgumentException">Bad data, a model that is not finite, a step that is not positive and finite, or a cost or slope that overflows.</exception>
    public static ImmutableArray<GradientComparison> Compare(Neuron model, DataSet data, double step = DefaultStep)
    {
        ArgumentNullException.ThrowIfNull(data);
        CheckStep(step);

        var gradients = Propagation.BackwardPropagation(Propagation.ForwardPropagation(model, data), data);
        double Cost(Neuron neuron) => Propagation.ForwardPropagation(neuron, data).Cost;
        double dW = (Cost(model with { Weight = model.Weight + step }) - Cost(model with { Weight = model.Weight - step })) / (2 * step);
        double dB = (Cost(model with { Bias = model.Bias + step }) - Cost(model with { Bias = model.Bias - step })) / (2 * step);
        ImmutableArray<GradientComparison> rows = [Row("w", gradients.DW, dW), Row("b", gradients.DB, dB)];
        foreach (var row in rows)
        {
            if (!double.IsFinite(row.Analytic) || !double.IsFinite(row.FiniteDifference) || !double.IsFinite(row.RelativeError))
            {
                throw new ArgumentException(
                    $"At w = {Guard.Format(model.Weight)}, b = {Guard.Format(model.Bias)} with step {Guard.Format(step)}, the slope for {row.Parameter} is {Guard.Format(row.Analytic)} derived and {Guard.Format(row.FiniteDifference)} measured: not finite numbers, because the cost overflows a double. Use a model, data and step of ordinary size (for example step {Guard.Format(DefaultStep)}).",
                    nameof(step));
            }
        }

        return rows;
    }

    /// <summary>Refuses a step that is not positive and finite.</summary>
    internal static void CheckStep(double step)
    {
        if (!(step > 0) || !double.IsFinite(step))
        {
            throw new ArgumentException($"step is {Guard.Format(step)}: it must be a small positive number such as {Guard.Format(DefaultStep)}.", nameof(step));
        }
    }

    private static GradientComparison Row(string parameter, double analytic, double finiteDifference) =>
        new(parameter, analytic, finiteDifference,
            Math.Abs(analytic - finiteDifference) / Math.Max(1, Math.Max(Math.Abs(analytic), Math.Abs(finiteDifference))));
}
