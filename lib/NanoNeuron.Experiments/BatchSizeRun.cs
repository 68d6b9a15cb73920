namespace NanoNeuron.Experiments;

/// <summary>One row of the batch-size comparison: one training run with one batch size.</summary>
/// <param name="BatchSize">Examples per step (the whole data set for a full batch).</param>
/// <param name="StepsPerEpoch">How many times the parameters move in one epoch.</param>
/// <param name="Result">The run itself: its cost history and the steps it made.</param>
/// <param name="EpochsToTarget">The first epoch after which the cost was below the target, or null if it never was.</param>
/// <param name="Milliseconds">The run's wall time, measured once (it varies from run to run and machine to machine).</param>
public sealed record BatchSizeRun(int BatchSize, int StepsPerEpoch, TrainingResult<Neuron> Result, int? EpochsToTarget, double Milliseconds);
