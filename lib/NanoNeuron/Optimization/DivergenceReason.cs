namespace NanoNeuron.Optimization;

/// <summary>How a run was seen to diverge: the rule of <see cref="Divergence"/>, case by case.</summary>
public enum DivergenceReason
{
    /// <summary>The cost or a parameter is no longer a finite number (at epoch 0: the start's cost already overflows).</summary>
    NotFinite,

    /// <summary>The cost rose in each of the <see cref="Divergence.RisingEpochs"/> epochs before this one, to above the cost before training: the run stops before this epoch.</summary>
    KeepsRising,

    /// <summary>
    /// Known before the first epoch: the learning rate is not below <see cref="Divergence.LargestStableLearningRate"/>, so
    /// plain gradient descent on every example cannot settle. The model's own trainers say so (the one neuron's, the
    /// logistic neuron's); the engine itself knows no model and never reports this.
    /// </summary>
    AboveLimit,
}
