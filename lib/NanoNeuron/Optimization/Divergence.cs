using System.Collections.Immutable;
using System.Globalization;

namespace NanoNeuron.Optimization;

/// <summary>How a training run diverged: at which epoch, with which learning rate, and the costs it recorded before.</summary>
/// <remarks>
/// Both shapes a divergence reaches callers in carry one of these: <see cref="TrainingOutcome{TModel}.Divergence"/>
/// (from <see cref="Trainer.TryTrain"/>) and <see cref="TrainingDivergedException.Divergence"/> (from <see cref="Trainer.Train"/>).
/// </remarks>
public sealed record Divergence
{
    /// <summary>Describes a divergence.</summary>
    /// <param name="epoch">The epoch (0-based) whose cost or parameters were no longer acceptable.</param>
    /// <param name="learningRate">The learning rate that diverged.</param>
    /// <param name="largestStableLearningRate">2/λmax of the training data, or NaN when the model or optimizer has no such known limit.</param>
    /// <param name="costHistory">The costs recorded before <paramref name="epoch"/>, starting with the cost before training: exactly <paramref name="epoch"/> of them.</param>
    /// <exception cref="ArgumentException">
    /// A negative epoch, a learning rate that is not positive and finite, a limit that is neither NaN nor positive and
    /// finite, or a history whose length is not the epoch.
    /// </exception>
    public Divergence(int epoch, double learningRate, double largestStableLearningRate, ImmutableArray<double> costHistory)
    {
        costHistory = costHistory.IsDefault ? [] : costHistory;
        if (epoch < 0)
        {
            throw new ArgumentException($"epoch is {epoch}: a divergence happens at epoch 0 (the start) or later.", nameof(epoch));
        }

        Guard.LearningRate(learningRate);
        if (!double.IsNaN(largestStableLearningRate) && !(largestStableLearningRate >= 0 && double.IsFinite(largestStableLearningRate)))
        {
            throw new ArgumentException(
                $"largestStableLearningRate is {Guard.Format(largestStableLearningRate)}: pass 2/λmax (0 or more, finite), or NaN when no limit is known.",
                nameof(largestStableLearningRate));
        }

        if (costHistory.Length != epoch)
        {
            throw new ArgumentException(
                $"costHistory holds {costHistory.Length} costs, but a divergence at epoch {epoch} has recorded exactly {epoch} before it (the cost before training, then one per epoch).",
                nameof(costHistory));
        }

        Epoch = epoch;
        LearningRate = learningRate;
        LargestStableLearningRate = largestStableLearningRate;
        CostHistory = costHistory;
    }

    /// <summary>The epoch (0-based) whose cost or parameters were no longer acceptable.</summary>
    public int Epoch { get; }

    /// <summary>The learning rate that diverged.</summary>
    public double LearningRate { get; }

    /// <summary>2/λmax of the training data (learning rates strictly below it converge), or NaN when the model or optimizer has no such known limit.</summary>
    public double LargestStableLearningRate { get; }

    /// <summary>The costs recorded before the divergence, starting with the cost before training (empty at epoch 0).</summary>
    public ImmutableArray<double> CostHistory { get; }

    /// <summary>
    /// What went wrong and what to do. At epoch 0 no step has been taken, so the start is to blame; later, the learning
    /// rate, which for plain gradient descent on a line must be strictly below 2/λmax (printed to 5 significant digits,
    /// 0.00060897 for the original's data). For other models and optimizers that limit is not known, and the message just
    /// asks for a smaller rate.
    /// </summary>
    public string Message => Epoch == 0
        ? "Training cannot start: the cost of the starting point is already not a finite number (for the squared error, its errors overflow when squared), " +
          "so the start or the data are too large for a double. Begin from values of moderate size, such as Neuron.RandomStart(), or scale the inputs (Standardizer)."
        : double.IsNaN(LargestStableLearningRate)
            ? string.Create(CultureInfo.InvariantCulture,
                $"Training diverged at epoch {Epoch}: with learning rate {LearningRate:R} the cost or the parameters grew until they were no longer finite numbers. " +
                $"Use a smaller learning rate (try a tenth of it), or scale the inputs (Standardizer).")
            : string.Create(CultureInfo.InvariantCulture,
                $"Training diverged at epoch {Epoch}: with learning rate {LearningRate:R} the cost grew until it was no longer a finite number. " +
                $"For this data the learning rate must be below 2/λmax ≈ {LargestStableLearningRate:G5} (a strict upper limit); use a smaller one.");

    /// <summary>The <see cref="Message"/>.</summary>
    public override string ToString() => Message;
}
