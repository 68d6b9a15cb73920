namespace NanoNeuron.Experiments;

/// <summary>Learning rates side by side: the same start and data, trained at several step sizes.</summary>
public static class LearningRates
{
    /// <summary>The learning rates the course compares: slow, the original's, faster, and too large.</summary>
    public static ImmutableArray<double> Compared { get; } = [0.0001, 0.0005, 0.0006, 0.0007];

    /// <summary>Trains from the same start at each learning rate, keeping a divergence as the run's outcome instead of failing.</summary>
    /// <remarks>Each run is the original's gradient descent (<see cref="Training.TrainModel"/>'s arithmetic, bit for bit).</remarks>
    public static ImmutableArray<LearningRateRun> Compare(
        Neuron start, DataSet train, IEnumerable<double> learningRates, int epochs = Hyperparameters.Epochs)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(learningRates);
        return [.. learningRates.Select(rate => new LearningRateRun(rate,
            Trainer.TryTrain(new NeuronObjective(train), start, new GradientDescent(rate), new TrainingOptions { Epochs = epochs })))];
    }
}
