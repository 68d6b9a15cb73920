using System.Collections.Immutable;
using System.Globalization;

namespace NanoNeuron.Optimization;

/// <summary>How long and in what portions <see cref="Trainer.Train"/> trains. The defaults are the original's: 70,000 epochs, every example in every step.</summary>
public sealed record TrainingOptions
{
    private readonly int epochs = Hyperparameters.Epochs;
    private readonly int batchSize;
    private readonly double learningRateDecay;
    private readonly ImmutableArray<int> snapshotsAt = [];

    /// <summary>The original's settings.</summary>
    public static TrainingOptions Default { get; } = new();

    /// <summary>How many passes over the training examples (epochs) to make; 0 to 100,000,000.</summary>
    /// <exception cref="ArgumentException">Below 0 or above <see cref="Training.MaxEpochs"/>.</exception>
    public int Epochs
    {
        get => epochs;
        init
        {
            Guard.HistoryEpochs(value, nameof(Epochs));
            epochs = value;
        }
    }

    /// <summary>
    /// How many examples each step looks at: 0 (the default) means all of them, one step per epoch (batch
    /// gradient descent); 1 means one example per step (stochastic gradient descent); anything between is a mini-batch.
    /// </summary>
    /// <remarks>With batches, the examples are shuffled at the start of every epoch, from <see cref="ShuffleSeed"/>; the last batch of an epoch may be smaller.</remarks>
    /// <exception cref="ArgumentException">Below 0.</exception>
    public int BatchSize
    {
        get => batchSize;
        init => batchSize = value >= 0
            ? value
            : throw new ArgumentException(
                $"BatchSize is {value}: use 0 for every example in each step, 1 for one example per step, or any number in between.", nameof(BatchSize));
    }

    /// <summary>Seeds the shuffle of the examples before each epoch, so that a run with batches can be repeated exactly.</summary>
    public int ShuffleSeed { get; init; } = Hyperparameters.Seed;

    /// <summary>
    /// How fast the learning rate falls: in epoch k the step size is <c>α/(1 + decay·k)</c>. 0 (the default) keeps it constant.
    /// </summary>
    /// <remarks><see cref="Trainer.Train"/> refuses a decay so large that the step size of the last epoch rounds to 0.</remarks>
    /// <exception cref="ArgumentException">Below 0 or not finite.</exception>
    public double LearningRateDecay
    {
        get => learningRateDecay;
        init => learningRateDecay = value >= 0 && double.IsFinite(value)
            ? value
            : throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"LearningRateDecay is {Guard.Format(value)}: use 0 for a constant learning rate, or a small positive number such as 0.01."),
                nameof(LearningRateDecay));
    }

    /// <summary>Epochs at which to keep the model for charts (before the first and after the last update are always kept).</summary>
    /// <remarks>From 0 to <see cref="Epochs"/>: <see cref="Trainer.Train"/> refuses an epoch it would never reach.</remarks>
    /// <exception cref="ArgumentException">A negative epoch.</exception>
    public ImmutableArray<int> SnapshotsAt
    {
        get => snapshotsAt;
        init => snapshotsAt = value.IsDefault
            ? []
            : value.Any(epoch => epoch < 0)
                ? throw new ArgumentException(
                    $"SnapshotsAt holds {value.First(epoch => epoch < 0)}: epochs count from 0 (before the first update).", nameof(SnapshotsAt))
                : value;
    }

    /// <summary>The step size in epoch <paramref name="epoch"/>: <c>α/(1 + decay·epoch)</c>.</summary>
    /// <remarks>A huge decay can make it 0 (the division underflows); <see cref="Trainer.Train"/> refuses such a decay before it starts.</remarks>
    /// <exception cref="ArgumentException">α ≤ 0 or not finite, or a negative epoch.</exception>
    public double LearningRateAt(double learningRate, int epoch)
    {
        Guard.LearningRate(learningRate);
        Guard.Epochs(epoch, nameof(epoch));
        return learningRate / (1 + LearningRateDecay * epoch);
    }
}
