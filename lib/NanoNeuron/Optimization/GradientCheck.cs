using System.Collections.Immutable;

namespace NanoNeuron.Optimization;

/// <summary>Checks the calculus with arithmetic: the slope of the cost, measured. The one reference every gradient in the course is tested against.</summary>
public static class GradientCheck
{
    /// <summary>The nudge used by default.</summary>
    public const double DefaultStep = 1e-5;

    /// <summary>The gradient measured instead of derived: central differences of the cost, one parameter at a time.</summary>
    /// <remarks><c>∂J/∂θₚ ≈ (J(θ + h·eₚ) − J(θ − h·eₚ)) / 2h</c>, where eₚ nudges parameter p alone.</remarks>
    /// <exception cref="ArgumentException">
    /// An objective without parameters, a model that does not fit, a step that is not positive and finite (or so large
    /// that 2·step is not), or a step so large that a nudged parameter or the measured slope overflows.
    /// </exception>
    public static ImmutableArray<double> CentralDifferences<TModel>(IObjective<TModel> objective, TModel model, double step = DefaultStep)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ObjectiveGuard.Counts(objective, nameof(objective));
        CheckStep(step);
        var parameters = new double[objective.ParameterCount];
        objective.GetParameters(model, parameters);
        var slopes = new double[parameters.Length];
        for (int p = 0; p < parameters.Length; p++)
        {
            double original = parameters[p];
            if (!double.IsFinite(original + step) || !double.IsFinite(original - step))
            {
                throw new ArgumentException(
                    $"step is {Guard.Format(step)}: {objective.ParameterName(p)} ± step is not a finite number; use a small step such as {Guard.Format(DefaultStep)}.",
                    nameof(step));
            }

            parameters[p] = original + step;
            double up = objective.Cost(parameters);
            parameters[p] = original - step;
            double down = objective.Cost(parameters);
            parameters[p] = original;
            slopes[p] = (up - down) / (2 * step);
            if (!double.IsFinite(slopes[p]))
            {
                throw new ArgumentException(
                    $"step is {Guard.Format(step)}: nudging {objective.ParameterName(p)} by it made the cost {Guard.Format(up)} and {Guard.Format(down)}, so the measured slope is {Guard.Format(slopes[p])}: the cost overflows a double. Use a model, data and step of ordinary size (for example step {Guard.Format(DefaultStep)}).",
                    nameof(step));
            }
        }

        return [.. slopes];
    }

    /// <summary>Compares the objective's gradient with central differences at <paramref name="model"/>, parameter by parameter.</summary>
    /// <exception cref="ArgumentException">As <see cref="CentralDifferences"/>, or a derived gradient that is not finite.</exception>
    public static ImmutableArray<GradientComparison> Compare<TModel>(IObjective<TModel> objective, TModel model, double step = DefaultStep)
    {
        var measured = CentralDifferences(objective, model, step);
        var parameters = new double[objective.ParameterCount];
        objective.GetParameters(model, parameters);
        var derived = new double[parameters.Length];
        objective.CostAndGradient(parameters, [], derived);
        var rows = ImmutableArray.CreateBuilder<GradientComparison>(parameters.Length);
        for (int p = 0; p < parameters.Length; p++)
        {
            if (!double.IsFinite(derived[p]))
            {
                throw new ArgumentException(
                    $"The derived slope for {objective.ParameterName(p)} is {Guard.Format(derived[p])}: not a finite number, because the cost overflows a double. Use a model and data of ordinary size.",
                    nameof(model));
            }

            rows.Add(new GradientComparison(objective.ParameterName(p), derived[p], measured[p],
                Math.Abs(derived[p] - measured[p]) / Math.Max(1, Math.Max(Math.Abs(derived[p]), Math.Abs(measured[p])))));
        }

        return rows.MoveToImmutable();
    }

    /// <summary>Refuses a step that is not positive and finite.</summary>
    private static void CheckStep(double step)
    {
        // 2·step must be finite too: at 2·step = ∞ every measured slope would be a silent 0.
        if (!(step > 0) || !double.IsFinite(2 * step))
        {
            throw new ArgumentException($"step is {Guard.Format(step)}: it must be a small positive number such as {Guard.Format(DefaultStep)}.", nameof(step));
        }
    }
}
