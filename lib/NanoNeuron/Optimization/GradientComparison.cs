namespace NanoNeuron.Optimization;

/// <summary>One parameter's gradient, computed two ways.</summary>
/// <param name="Parameter">Its name, such as "w" or "b".</param>
/// <param name="Analytic">From the formula (<see cref="IObjective{TModel}.CostAndGradient"/>).</param>
/// <param name="FiniteDifference">From nudging the parameter both ways and measuring the cost.</param>
/// <param name="RelativeError">
/// |Analytic − FiniteDifference| / max(|Analytic|, |FiniteDifference|, 1): the relative error for gradients above 1
/// and the plain difference below, so that two gradients that are both zero up to rounding (at the minimum) count as
/// agreeing instead of reporting 1 or NaN.
/// </param>
public sealed record GradientComparison(string Parameter, double Analytic, double FiniteDifference, double RelativeError);
