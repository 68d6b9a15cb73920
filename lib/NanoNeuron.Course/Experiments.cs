using System.Collections.Immutable;

namespace NanoNeuron.Course;

/// <summary>Small experiments the lessons run.</summary>
public static class Experiments
{
    /// <summary>The learning rates lesson 07 compares: slow, the original's, faster, and too large.</summary>
    public static ImmutableArray<double> LessonLearningRates { get; } = [0.0001, 0.0005, 0.0006, 0.0007];

    /// <summary>Trains from the same start at each learning rate, recording divergence instead of failing.</summary>
    /// <remarks>
    /// In the one training loop, which knows no model: a learning rate above the limit runs until the loop sees the cost
    /// keep rising (see <see cref="Divergence"/>), so its chart shows the growth. <c>Training.TrainModel</c> would refuse it
    /// before the first epoch.
    /// </remarks>
    public static ImmutableArray<LearningRateRun> CompareLearningRates(
        Neuron start, DataSet train, IEnumerable<double> learningRates, int epochs = Hyperparameters.Epochs)
    {
        ArgumentNullException.ThrowIfNull(learningRates);
        return [.. learningRates.Select(rate =>
            Trainer.TryTrain(new NeuronObjective(train), start, new GradientDescent(rate), new TrainingOptions { Epochs = epochs }).Match(
                result => new LearningRateRun(rate, result.CostHistory, result.Model, null),
                diverged => new LearningRateRun(rate, diverged.CostHistory, null, diverged.Epoch)))];
    }
}
