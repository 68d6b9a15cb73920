namespace NanoNeuron.Experiments;

/// <summary>Where a tangent line touches the cost along w, from <see cref="CostLandscape.Tangents"/>.</summary>
/// <param name="Weight">The weight.</param>
/// <param name="Cost">The cost there.</param>
/// <param name="Slope">The slope there, measured by nudging w.</param>
public sealed record Tangent(double Weight, double Cost, double Slope);
