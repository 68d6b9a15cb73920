using System.Collections.Immutable;
using System.Globalization;

namespace NanoNeuron;

/// <summary>
/// Training stopped because the cost stopped being a finite number: the learning rate is too large.
/// </summary>
public sealed class TrainingDivergedException : Exception
{
    /// <summary>Describes a divergence.</summary>
    public TrainingDivergedException(int epoch, double learningRate, double largestStableLearningRate, ImmutableArray<double> costHistory)
        : base(string.Create(CultureInfo.InvariantCulture,
            $"Training diverged at epoch {epoch}: with learning rate {learningRate:R} the cost grew until it was no longer a finite number. " +
            $"The largest stable learning rate for this data is 2/λmax ≈ {largestStableLearningRate:G3}; use a smaller one."))
    {
        Epoch = epoch;
        LearningRate = learningRate;
        LargestStableLearningRate = largestStableLearningRate;
        CostHistory = costHistory;
    }

    /// <summary>The epoch (0-based) whose cost was not finite.</summary>
    public int Epoch { get; }

    /// <summary>The learning rate that diverged.</summary>
    public double LearningRate { get; }

    /// <summary>2/λmax of the training data: learning rates below it converge.</summary>
    public double LargestStableLearningRate { get; }

    /// <summary>The finite costs recorded before the divergence, starting with the cost before training.</summary>
    public ImmutableArray<double> CostHistory { get; }
}
