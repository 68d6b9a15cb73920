namespace NanoNeuron.Experiments;

/// <summary>The cost as the weight changes, the bias held fixed, from <see cref="CostLandscape.AlongWeight"/>.</summary>
/// <param name="Bias">The bias held fixed.</param>
/// <param name="Weights">The weights, increasing.</param>
/// <param name="Costs">The cost at each weight.</param>
public sealed record CostCurve(double Bias, ImmutableArray<double> Weights, ImmutableArray<double> Costs);
