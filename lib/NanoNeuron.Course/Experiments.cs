using System.Collections.Immutable;

namespace NanoNeuron.Course;

/// <summary>Small experiments the lessons run.</summary>
public static class Experiments
{
    /// <summary>The learning rates lesson 07 compares: slow, the original's, faster, and too large.</summary>
    public static ImmutableArray<double> LessonLearningRates { get; } = [0.0001, 0.0005, 0.0006, 0.0007];

    /// <summary>Trains from the same start at each learning rate, recording divergence instead of failing.</summary>
    public static ImmutableArray<LearningRateRun> CompareLearningRates(
        Neuron start, DataSet train, IEnumerable<double> learningRates, int epochs = Hyperparameters.Epochs)
    {
        ArgumentNullException.ThrowIfNull(learningRates);
        return [.. learningRates.Select(rate =>
        {
            try
            {
                var result = Training.TrainModel(start, train, epochs, rate);
                return new LearningRateRun(rate, result.CostHistory, result.Model, null);
            }
            catch (TrainingDivergedException diverged)
            {
                return new LearningRateRun(rate, diverged.CostHistory, null, diverged.Epoch);
            }
        })];
    }
}
