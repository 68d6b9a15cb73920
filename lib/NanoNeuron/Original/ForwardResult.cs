using System.Collections.Immutable;

namespace NanoNeuron;

/// <summary>The result of a forward pass.</summary>
/// <param name="Predictions">ŷ for every example, in order.</param>
/// <param name="Cost">J, the average of the examples' costs.</param>
public sealed record ForwardResult(ImmutableArray<double> Predictions, double Cost);
