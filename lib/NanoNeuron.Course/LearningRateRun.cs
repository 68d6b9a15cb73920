using System.Collections.Immutable;

namespace NanoNeuron.Course;

/// <summary>One training run at one learning rate.</summary>
/// <param name="LearningRate">α.</param>
/// <param name="CostHistory">The costs recorded: all of them, or those before the divergence.</param>
/// <param name="Model">The trained neuron, or null if training diverged.</param>
/// <param name="DivergedAtEpoch">The epoch at which training stopped because it diverged (<see cref="Divergence.Epoch"/>), or null.</param>
public sealed record LearningRateRun(double LearningRate, ImmutableArray<double> CostHistory, Neuron? Model, int? DivergedAtEpoch);
