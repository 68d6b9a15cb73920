namespace NanoNeuron.Experiments;

/// <summary>Learning rates side by side: the same start and data, trained at several step sizes.</summary>
public static class LearningRates
{
    /// <summary>The learning rates the course compares: slow, the original's, faster, and too large.</summary>
    public static ImmutableArray<double> Compared { get; } = [0.0001, 0.0005, 0.0006, 0.0007];

    /// <summary>The most learning rates <see cref="Compare"/> trains at: 1,000 (each a full training run).</summary>
    public const int MaxCompared = 1_000;

    /// <summary>Trains from the same start at each learning rate, keeping a divergence as the run's outcome instead of failing.</summary>
    /// <remarks>
    /// Each run is the original's gradient descent (<see cref="Training.TrainModel"/>'s arithmetic, bit for bit). Every
    /// argument is checked before the first run; at most <see cref="MaxCompared"/> + 1 rates are read, so an endless sequence is refused.
    /// </remarks>
    /// <exception cref="ArgumentException">
    /// More than <see cref="MaxCompared"/> learning rates, one that is not positive and finite, a start that is not finite,
    /// or epochs below 0 or above <see cref="TrainingOptions.MaxEpochs"/>.
    /// </exception>
    public static ImmutableArray<LearningRateRun> Compare(
        Neuron start, DataSet train, IEnumerable<double> learningRates, int epochs = Hyperparameters.Epochs)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(learningRates);
        NeuronGuard.Finite(start, nameof(start));
        var options = TrainingOptions.ForEpochs(epochs);
        GradientDescent[] optimizers = [.. Guard.AtMost(learningRates, MaxCompared,
            Invariant($"a comparison trains at most {MaxCompared:N0} learning rates (LearningRates.MaxCompared), each a full run"), nameof(learningRates))
            .Select(rate => new GradientDescent(rate))];
        return [.. optimizers.Select(optimizer => new LearningRateRun(optimizer.LearningRate,
            Trainer.TryTrain(new NeuronObjective(train), start, optimizer, options)))];
    }
}
