namespace NanoNeuron.Experiments;

/// <summary>The optimizers' race's tuned settings, the best of each search (<see cref="OptimizerComparison"/> lists what was searched).</summary>
/// <param name="FastestGradientDescent">The fastest gradient descent: the largest round α below the limit 2/λmax ≈ 0.000609.</param>
/// <param name="Momentum">Momentum's α and β (the share of the last step kept in the next one), the best pair together.</param>
/// <param name="Adam">Adam's α and β₁, the best pair together (the usual β₁ is 0.9; β₂ and ε are the usual ones).</param>
/// <param name="StandardizedRate">Gradient descent's α on standardized inputs: one step lands on the bottom of the round bowl (input normalization).</param>
/// <param name="NormalizationRate">The α that input normalization first uses on standardized inputs.</param>
public sealed record RaceSettings(GradientDescent FastestGradientDescent, Momentum Momentum, Adam Adam, double StandardizedRate, double NormalizationRate);
