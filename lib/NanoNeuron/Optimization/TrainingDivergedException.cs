using System.Collections.Immutable;
using System.Globalization;

namespace NanoNeuron.Optimization;

/// <summary>
/// Training stopped because the cost stopped being a finite number: the learning rate is too large.
/// </summary>
public sealed class TrainingDivergedException : Exception
{
    /// <summary>Describes a divergence.</summary>
    public TrainingDivergedException(int epoch, double learningRate, double largestStableLearningRate, ImmutableArray<double> costHistory)
        : base(Describe(epoch, learningRate, largestStableLearningRate))
    {
        Epoch = epoch;
        LearningRate = learningRate;
        LargestStableLearningRate = largestStableLearningRate;
        CostHistory = costHistory.IsDefault ? [] : costHistory;
    }

    /// <summary>
    /// At epoch 0 no step has been taken, so the start is to blame; later, the learning rate, which for plain gradient
    /// descent on a line must be strictly below 2/λmax (printed to 5 significant digits, 0.00060897 for the original's
    /// data). For other models and optimizers that limit is not known, and the message just asks for a smaller rate.
    /// </summary>
    private static string Describe(int epoch, double learningRate, double largestStableLearningRate) => epoch == 0
        ? "Training cannot start: the cost of the starting point is already not a finite number (for the squared error, its errors overflow when squared), " +
          "so the start or the data are too large for a double. Begin from values of moderate size, such as Neuron.RandomStart(), or scale the inputs (Standardizer)."
        : double.IsNaN(largestStableLearningRate)
            ? string.Create(CultureInfo.InvariantCulture,
                $"Training diverged at epoch {epoch}: with learning rate {learningRate:R} the cost or the parameters grew until they were no longer finite numbers. " +
                $"Use a smaller learning rate (try a tenth of it), or scale the inputs (Standardizer).")
            : string.Create(CultureInfo.InvariantCulture,
                $"Training diverged at epoch {epoch}: with learning rate {learningRate:R} the cost grew until it was no longer a finite number. " +
                $"For this data the learning rate must be below 2/λmax ≈ {largestStableLearningRate:G5} (a strict upper limit); use a smaller one.");

    /// <summary>The epoch (0-based) whose cost was not finite.</summary>
    public int Epoch { get; }

    /// <summary>The learning rate that diverged.</summary>
    public double LearningRate { get; }

    /// <summary>2/λmax of the training data (learning rates strictly below it converge), or NaN when the model or optimizer has no such known limit.</summary>
    public double LargestStableLearningRate { get; }

    /// <summary>The finite costs recorded before the divergence, starting with the cost before training (empty at epoch 0, or when given a default array).</summary>
    public ImmutableArray<double> CostHistory { get; }
}
