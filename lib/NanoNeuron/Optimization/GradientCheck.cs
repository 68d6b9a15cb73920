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
    /// An objective with no parameters, with more than one array holds or with a null ParameterName, a model that does not fit, a step that is not positive and finite (or so large
    /// that 2·step is not), a step so large that a nudged parameter or the measured slope overflows, or a step too small
    /// to measure: lost in rounding against a parameter (θ ± step is not θ moved by step to within 0.1 %), or leaving the
    /// cost unchanged to the last bit where a step of ordinary size (1e-5, or 1e-5·|θ|) changes it.
    /// </exception>
    public static ImmutableArray<double> CentralDifferences<TModel>(IObjective<TModel> objective, TModel model, double step = DefaultStep)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ObjectiveGuard.Counts(objective, nameof(objective));
        CheckStep(step, nameof(step), DefaultStep);
        var parameters = new double[objective.ParameterCount];
        objective.GetParameters(model, parameters);
        var slopes = new double[parameters.Length];
        for (int p = 0; p < parameters.Length; p++)
        {
            double original = parameters[p];
            string name = Shown(objective, p);
            CheckResolved(name, original, step, nameof(step), DefaultStep);
            double up = CostAt(objective, parameters, p, original + step);
            double down = CostAt(objective, parameters, p, original - step);
            if (up == down && step < ProbeStep(original))
            {
                CheckMeasurable(value => CostAt(objective, parameters, p, value), name, original, step, up, nameof(step), DefaultStep);
            }

            slopes[p] = (up - down) / (2 * step);
            if (!double.IsFinite(slopes[p]))
            {
                throw new ArgumentException(
                    Invariant($"step is {Guard.Format(step)}: nudging {name} by it made the cost {Guard.Format(up)} and {Guard.Format(down)}, so the measured slope is {Guard.Format(slopes[p])}: {(double.IsNaN(up) || double.IsNaN(down) ? "the cost is not a number there (check the objective's formula), or " : "")}the cost overflows a double. Use a model, data and step of ordinary size (for example step {Guard.Format(DefaultStep)})."),
                    nameof(step));
            }
        }

        return [.. slopes];
    }

    /// <summary>Compares the objective's gradient with central differences at <paramref name="model"/>, parameter by parameter.</summary>
    /// <remarks>
    /// A step too small for the cost's own rounding is refused rather than reported as a wrong gradient: a cost J is
    /// rounded to about ε·|J| (ε = 2⁻⁵² ≈ 2.2e-16), so the measured slope can be off by about ε·|J|/step, and a step
    /// for which that exceeds 0.1 % of the slope's scale (max(|∂J/∂θ|, 1), as in <see cref="GradientComparison.RelativeError"/>) cannot tell a right
    /// gradient from a wrong one.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// As <see cref="CentralDifferences"/>, a derived gradient that is not finite, or a step too small to measure against
    /// the cost's rounding (above).
    /// </exception>
    public static ImmutableArray<GradientComparison> Compare<TModel>(IObjective<TModel> objective, TModel model, double step = DefaultStep)
    {
        var measured = CentralDifferences(objective, model, step);
        var parameters = new double[objective.ParameterCount];
        objective.GetParameters(model, parameters);
        var derived = new double[parameters.Length];
        double cost = objective.CostAndGradient(parameters, [], derived);
        var rows = ImmutableArray.CreateBuilder<GradientComparison>(parameters.Length);
        for (int p = 0; p < parameters.Length; p++)
        {
            string name = Shown(objective, p);
            if (!double.IsFinite(derived[p]))
            {
                throw new ArgumentException(
                    Invariant($"The derived slope for {name} is {Guard.Format(derived[p])}: not a finite number, because {(double.IsNaN(derived[p]) ? "the objective's gradient is not a number there (check its formula), or " : "")}the cost overflows a double. Use a model and data of ordinary size."),
                    nameof(model));
            }

            CheckAboveRounding(cost, derived[p], step, name, nameof(step), DefaultStep);

            rows.Add(new GradientComparison(objective.ParameterName(p), derived[p], measured[p],
                Math.Abs(derived[p] - measured[p]) / Math.Max(1, Math.Max(Math.Abs(derived[p]), Math.Abs(measured[p])))));
        }

        return rows.MoveToImmutable();
    }

    /// <summary>Parameter <paramref name="p"/>'s name, escaped to be echoed (it is the objective's own text); a null name is refused.</summary>
    private static string Shown<TModel>(IObjective<TModel> objective, int p) =>
        objective.ParameterName(p) is { } name
            ? Tools.PrintableText.Escape(name)
            : throw new ArgumentException(
                Invariant($"The objective's ParameterName({p}) returned null: every parameter needs a name to be reported by (such as \"w\"); fix the objective's ParameterName."),
                nameof(objective));

    /// <summary>
    /// Refuses a step too small for the cost's own rounding: a cost J is rounded to about ε·|J|, so a slope measured over
    /// <paramref name="step"/> can be off by about ε·|J|/step; refused when that exceeds 0.1 % of the slope's scale,
    /// max(|<paramref name="slope"/>|, 1). Shared with every slope measured by nudging (the argument <paramref name="name"/>).
    /// </summary>
    internal static void CheckAboveRounding(double cost, double slope, double step, string parameter, string name, double usual)
    {
        double noise = Math.Abs(cost) * RoundingOfOne / step;
        double scale = Math.Max(1, Math.Abs(slope));
        if (!(noise <= MeasurableShare * scale))
        {
            throw new ArgumentException(
                Invariant($"{name} is {Guard.Format(step)}: too small to measure: the cost {Guard.Format(cost)} is rounded to about {Guard.Format(Math.Abs(cost) * RoundingOfOne)}, so a slope measured over this {name} could be off by {Guard.Format(noise)}, more than 0.1 % of {parameter}'s slope {Guard.Format(slope)}. Use a {name} of at least {Guard.Format(Math.Abs(cost) * RoundingOfOne / (MeasurableShare * scale))} (the default is {Guard.Format(usual)})."),
                name);
        }
    }

    /// <summary>ε, the gap between 1 and the next double: a cost J is rounded to about ε·|J|.</summary>
    private const double RoundingOfOne = 2.220446049250313e-16;

    /// <summary>The largest share of a slope's scale the cost's rounding may blur for a comparison to count: 0.1 %.</summary>
    private const double MeasurableShare = 1e-3;

    /// <summary>
    /// Refuses a step lost in rounding against the parameter: a double near |θ| is spaced about |θ|·2.2e-16 apart, so
    /// θ ± step lands on θ itself (1e-300 against 0.9492, 1e-5 against 1e150) or on a neighbour at a distance that differs
    /// from the step by more than 0.1 %, and the slope would be measured over a distance other than 2·step; also a step
    /// with which θ ± step is not finite. Shared with every slope measured by nudging (the argument <paramref name="name"/>,
    /// whose usual value is <paramref name="usual"/>).
    /// </summary>
    internal static void CheckResolved(string parameter, double original, double step, string name, double usual)
    {
        if (!double.IsFinite(original + step) || !double.IsFinite(original - step))
        {
            throw new ArgumentException(
                Invariant($"{name} is {Guard.Format(step)}: {parameter} ± {name} is not a finite number; use a small {name} such as {Guard.Format(usual)}."),
                name);
        }

        double moved = Math.Min((original + step) - original, original - (original - step));
        if (!(Math.Abs(moved - step) <= MeasurableShare * step))
        {
            throw new ArgumentException(
                Invariant($"{name} is {Guard.Format(step)}: too small to measure against {parameter} = {Guard.Format(original)}, which a double can only move in steps of about {Guard.Format(Math.BitIncrement(Math.Abs(original)) - Math.Abs(original))} (it moved {Guard.Format(moved)}). Use a {name} of at least {Guard.Format(ProbeStep(original))}, or a model of ordinary size."),
                name);
        }
    }

    /// <summary>
    /// When the cost came out the same after the nudge, tells a flat cost (a slope of 0, measured) from a step too small for
    /// the cost to notice (1e-300 or 5e-324 against a cost near 3,000): if the cost equals the one at θ (<paramref name="costAt"/>
    /// <paramref name="original"/>) to the last bit, nudges again by a step of ordinary size, and refuses the small step if that one sees a slope.
    /// </summary>
    internal static void CheckMeasurable(Func<double, double> costAt, string parameter, double original, double step, double nudged, string name, double usual)
    {
        double probe = ProbeStep(original);
        double cost = costAt(original);
        if (nudged != cost || !double.IsFinite(original + probe) || !double.IsFinite(original - probe))
        {
            return;
        }

        double up = costAt(original + probe);
        double down = costAt(original - probe);
        if (up != down)
        {
            throw new ArgumentException(
                Invariant($"{name} is {Guard.Format(step)}: too small to measure: nudging {parameter} = {Guard.Format(original)} by it leaves the cost {Guard.Format(cost)} unchanged to the last bit, while a nudge of {Guard.Format(probe)} changes it, so the slope would read 0 whatever it is. Use a {name} of at least {Guard.Format(probe)} (the default is {Guard.Format(usual)})."),
                name);
        }
    }

    /// <summary>The cost with parameter <paramref name="p"/> set to <paramref name="value"/>, the others as they are.</summary>
    private static double CostAt<TModel>(IObjective<TModel> objective, double[] parameters, int p, double value)
    {
        double original = parameters[p];
        parameters[p] = value;
        double cost = objective.Cost(parameters);
        parameters[p] = original;
        return cost;
    }

    /// <summary>A step of ordinary size for a parameter: the default, or 1e-5 of the parameter when that is larger.</summary>
    internal static double ProbeStep(double original) => Math.Max(DefaultStep, Math.Abs(original) * DefaultStep);

    /// <summary>Refuses a step (the argument <paramref name="name"/>, whose usual value is <paramref name="usual"/>) that is not positive and finite.</summary>
    internal static void CheckStep(double step, string name, double usual)
    {
        // 2·step must be finite too: at 2·step = ∞ every measured slope would be a silent 0.
        if (!(step > 0) || !double.IsFinite(2 * step))
        {
            throw new ArgumentException(Invariant($"{name} is {Guard.Format(step)}: it must be a small positive number such as {Guard.Format(usual)}."), name);
        }
    }
}
