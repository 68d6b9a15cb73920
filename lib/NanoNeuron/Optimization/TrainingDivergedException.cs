using System.Collections.Immutable;

namespace NanoNeuron.Optimization;

/// <summary>
/// Training stopped because the cost grows without bound (see <see cref="Optimization.Divergence"/> for the rule): the learning rate is too large.
/// </summary>
/// <remarks><see cref="Trainer.TryTrain"/> returns the same <see cref="Optimization.Divergence"/> as an outcome instead of throwing.</remarks>
public sealed class TrainingDivergedException : Exception
{
    /// <summary>Reports <paramref name="divergence"/>.</summary>
    public TrainingDivergedException(Divergence divergence)
        : base((divergence ?? throw new ArgumentNullException(nameof(divergence))).Message) => Divergence = divergence;

    /// <summary>Describes a divergence; see <see cref="Optimization.Divergence"/> for what each argument must be.</summary>
    /// <exception cref="ArgumentException">As <see cref="Optimization.Divergence"/>'s constructor.</exception>
    public TrainingDivergedException(int epoch, double learningRate, double largestStableLearningRate, ImmutableArray<double> costHistory, DivergenceReason reason = DivergenceReason.NotFinite)
        : this(new Divergence(epoch, learningRate, largestStableLearningRate, costHistory, reason))
    {
    }

    /// <summary>Where and how training diverged.</summary>
    public Divergence Divergence { get; }

    /// <summary>The epoch (0-based) at which training stopped; see <see cref="Optimization.Divergence.Epoch"/>.</summary>
    public int Epoch => Divergence.Epoch;

    /// <summary>The learning rate that diverged.</summary>
    public double LearningRate => Divergence.LearningRate;

    /// <summary>2/λmax of the training data (learning rates strictly below it converge), or NaN when the model or optimizer has no such known limit.</summary>
    public double LargestStableLearningRate => Divergence.LargestStableLearningRate;

    /// <summary>The finite costs recorded before the divergence, starting with the cost before training (empty at epoch 0).</summary>
    public ImmutableArray<double> CostHistory => Divergence.CostHistory;

    /// <summary>Which part of the rule stopped the run.</summary>
    public DivergenceReason Reason => Divergence.Reason;
}
