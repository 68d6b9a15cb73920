using System.Collections.Immutable;
using System.Globalization;

namespace NanoNeuron.Optimization;

/// <summary>How long and in what portions a training run goes. The defaults are the original's: 70,000 epochs, every example in every step.</summary>
/// <remarks>
/// Every trainer (<see cref="Trainer.Train"/> and the fast paths) takes these options and checks them once, before the
/// first epoch: what one property cannot know alone (a snapshot after the last epoch, a decay too strong for the number
/// of epochs) is refused there with an <see cref="ArgumentException"/>.
/// </remarks>
public sealed record TrainingOptions
{
    /// <summary>
    /// The most epochs one training run may make: 100,000,000. Each epoch keeps one cost in the history, so this
    /// many take 800 MB; beyond it, train in shorter runs, each starting from the model the last one returned.
    /// </summary>
    public const int MaxEpochs = 100_000_000;

    /// <summary>
    /// How often (in epochs) trainers report progress. They look at their <see cref="CancellationToken"/> more often:
    /// every epoch, and with mini-batches before every step, so that a cancelled run stops within one step, however
    /// large the data or the network (the O(1) epochs of <c>Summation.SufficientStatistics</c>, nanoseconds each, every
    /// <see cref="ProgressInterval"/> epochs).
    /// </summary>
    public const int ProgressInterval = 1024;

    private readonly int epochs = Hyperparameters.Epochs;
    private readonly int batchSize;
    private readonly double learningRateDecay;
    private readonly ImmutableArray<int> snapshotsAt = [];

    /// <summary>The original's settings.</summary>
    public static TrainingOptions Default { get; } = new();

    /// <summary>How many passes over the training examples (epochs) to make; 0 to <see cref="MaxEpochs"/>.</summary>
    /// <exception cref="ArgumentException">Below 0 or above <see cref="MaxEpochs"/>.</exception>
    public int Epochs
    {
        get => epochs;
        init => epochs = CheckedEpochs(value, nameof(Epochs));
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
                Invariant($"BatchSize is {value}: use 0 for every example in each step, 1 for one example per step, or any number in between."), nameof(BatchSize));
    }

    /// <summary>Seeds the shuffle of the examples before each epoch, so that a run with batches can be repeated exactly.</summary>
    /// <remarks>From 0 to <see cref="Hyperparameters.MaxSeed"/>: another seed would shuffle as one of those does.</remarks>
    public int ShuffleSeed
    {
        get => shuffleSeed;
        init
        {
            Guard.Seed(value, nameof(ShuffleSeed));
            shuffleSeed = value;
        }
    }

    private readonly int shuffleSeed = Hyperparameters.Seed;

    /// <summary>
    /// How fast the learning rate falls: in epoch k the step size is <c>α/(1 + decay·k)</c>. 0 (the default) keeps it constant.
    /// </summary>
    /// <remarks>
    /// Trainers refuse a decay that divides the step size of the last epoch by more than <see cref="MaxLearningRateFall"/>:
    /// <c>decay·(epochs − 1)</c> must stay below a million.
    /// </remarks>
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

    /// <summary>
    /// How far the learning rate may fall over a run: the step size of the last epoch must be at least a millionth of
    /// the first. A stronger decay would leave training apparently running while its parameters no longer move.
    /// </summary>
    public const double MaxLearningRateFall = 1e6;

    /// <summary>Epochs at which to keep the model for charts (before the first and after the last update are always kept).</summary>
    /// <remarks>From 0 to <see cref="Epochs"/>: trainers refuse an epoch they would never reach. To leave such epochs out instead, use <see cref="WithSnapshotsAt"/>.</remarks>
    /// <exception cref="ArgumentException">A negative epoch.</exception>
    public ImmutableArray<int> SnapshotsAt
    {
        get => snapshotsAt;
        init => snapshotsAt = value.IsDefault
            ? []
            : value.Any(epoch => epoch < 0)
                ? throw new ArgumentException(
                    Invariant($"SnapshotsAt holds {value.First(epoch => epoch < 0)}: epochs count from 0 (before the first update)."), nameof(SnapshotsAt))
                : value;
    }

    /// <summary>
    /// These options, keeping the model at those of <paramref name="epochs"/> that training reaches (0 to <see cref="Epochs"/>):
    /// the one way to ask for the snapshots of a chart, whose epochs may run past the end of a shorter run.
    /// </summary>
    /// <remarks>Reads at most <see cref="MaxEpochs"/> + 2 epochs, so an endless sequence is refused instead of running forever.</remarks>
    /// <exception cref="ArgumentException">More than <see cref="MaxEpochs"/> + 1 epochs (one for each epoch a run can reach).</exception>
    public TrainingOptions WithSnapshotsAt(IEnumerable<int> epochs)
    {
        ArgumentNullException.ThrowIfNull(epochs);
        var asked = Guard.AtMost(epochs, MaxEpochs + 1,
            Invariant($"a run has at most {MaxEpochs + 1:N0} epochs to keep a snapshot at (0 to TrainingOptions.MaxEpochs)"), nameof(epochs));
        return this with { SnapshotsAt = [.. asked.Where(epoch => epoch >= 0 && epoch <= Epochs)] };
    }

    /// <summary>The step size in epoch <paramref name="epoch"/>: <c>α/(1 + decay·epoch)</c>.</summary>
    /// <exception cref="ArgumentException">α ≤ 0 or not finite, or a negative epoch.</exception>
    public double LearningRateAt(double learningRate, int epoch)
    {
        Guard.LearningRate(learningRate);
        Guard.Epochs(epoch, nameof(epoch));
        return StepSize(learningRate, epoch);
    }

    /// <summary><see cref="LearningRateAt"/> for a trainer that checked its arguments before the first epoch.</summary>
    internal double StepSize(double learningRate, int epoch) =>
        LearningRateDecay == 0 ? learningRate : learningRate / (1 + LearningRateDecay * epoch);

    /// <summary>Whether every step sees every one of <paramref name="examples"/> examples.</summary>
    internal bool FullBatch(int examples) => BatchSize == 0 || BatchSize >= examples;

    /// <summary>The default options with <paramref name="epochs"/> epochs, refused as the argument <paramref name="name"/> of a trainer's own signature.</summary>
    /// <exception cref="ArgumentException">Below 0 or above <see cref="MaxEpochs"/>.</exception>
    internal static TrainingOptions ForEpochs(int epochs, string name = "epochs")
    {
        CheckedEpochs(epochs, name);
        return new() { Epochs = epochs };
    }

    private static int CheckedEpochs(int value, string name)
    {
        Guard.Epochs(value, name);
        if (value > MaxEpochs)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"{name} is {value:N0}, but at most {MaxEpochs:N0} epochs can be trained in one run: the cost history keeps one number per epoch, and {MaxEpochs:N0} already take 800 MB. Train in shorter runs, each starting from the model the last one returned."),
                name);
        }

        return value;
    }

    /// <summary>The checks that need more than one property: snapshots after the last epoch, and a decay too strong for the run.</summary>
    /// <exception cref="ArgumentException">Either of them; the parameter named is <paramref name="name"/>.</exception>
    internal void Check(string name = "options")
    {
        int beyond = SnapshotsAt.FirstOrDefault(epoch => epoch > Epochs, -1);
        if (beyond >= 0)
        {
            throw new ArgumentException(
                Invariant($"SnapshotsAt holds epoch {beyond}, but training makes only {Epochs} epochs: ask for snapshots from 0 to Epochs (WithSnapshotsAt leaves the others out), or train for more epochs."),
                name);
        }

        double fall = 1 + LearningRateDecay * Math.Max(Epochs - 1, 0);
        if (fall > MaxLearningRateFall)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"LearningRateDecay is {Guard.Format(LearningRateDecay)}: over {Epochs:N0} epochs it divides the step size by {fall:G3}, so training would stop moving while it seemed to run. The step size may fall at most a million-fold: use a decay of at most {(MaxLearningRateFall - 1) / Math.Max(Epochs - 1, 1):G3} for this many epochs (0.01 is usual)."),
                name);
        }
    }
}
