namespace NanoNeuron.Experiments;

/// <summary>One row of the optimizers' race: a way of training and the epochs it needs to reach the original's test cost.</summary>
/// <param name="Method">How it trains.</param>
/// <param name="Settings">Its hyper-parameters.</param>
/// <param name="Epochs">The epochs it needs (see <see cref="OptimizerComparison.EpochsToReach(IReadOnlyList{double}, double)"/>), or null if it completed without staying at the target.</param>
public sealed record RaceResult(string Method, string Settings, int? Epochs);
