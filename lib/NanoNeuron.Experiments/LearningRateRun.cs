namespace NanoNeuron.Experiments;

/// <summary>One training run at one learning rate: completed, or diverged (see <see cref="TrainingOutcome{TModel}"/>).</summary>
/// <param name="LearningRate">α.</param>
/// <param name="Outcome">How the run ended: the trained neuron and its costs, or the divergence and the costs before it.</param>
public sealed record LearningRateRun(double LearningRate, TrainingOutcome<Neuron> Outcome);
