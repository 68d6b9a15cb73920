namespace NanoNeuron.Experiments;

/// <summary>The cost of a neuron over a grid of (w, b), from <see cref="CostLandscape.Surface"/>.</summary>
/// <param name="Window">The window the grid covers.</param>
/// <param name="Weights">The grid's weights, increasing.</param>
/// <param name="Biases">The grid's biases, increasing.</param>
/// <param name="Log10Costs">For each bias (row), for each weight (column): log₁₀ of the cost there.</param>
public sealed record CostSurface(CostLandscape Window, ImmutableArray<double> Weights, ImmutableArray<double> Biases, ImmutableArray<ImmutableArray<double>> Log10Costs);
