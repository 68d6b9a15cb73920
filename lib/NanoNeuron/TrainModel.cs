using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;

namespace NanoNeuron;

/// <summary>What training returns.</summary>
/// <param name="Model">The trained neuron.</param>
/// <param name="CostHistory">
/// <c>epochs + 1</c> costs: <c>[0]</c> before training, <c>[k]</c> after <c>k</c> updates, and the last
/// after the final update. (The original records only the cost before each update, so its
/// "cost after training" is one update stale; its value is <c>CostHistory[^2]</c> here.)
/// </param>
/// <exception cref="ArgumentException">An empty or default history (also through <c>with</c>).</exception>
public sealed record TrainingResult(Neuron Model, ImmutableArray<double> CostHistory)
{
    private readonly ImmutableArray<double> costHistory = Checked(CostHistory, nameof(CostHistory));

    /// <summary><c>epochs + 1</c> costs: before training, then after each update.</summary>
    public ImmutableArray<double> CostHistory { get => costHistory; init => costHistory = Checked(value, nameof(CostHistory)); }

    private static ImmutableArray<double> Checked(ImmutableArray<double> history, string parameter) =>
        history.IsDefaultOrEmpty
            ? throw new ArgumentException(
                "CostHistory is empty: a training result holds at least the cost before training (epochs + 1 costs in all); train with Training.TrainModel instead of building one by hand.",
                parameter)
            : history;

    /// <summary>The cost before the first update.</summary>
    public double CostBefore => CostHistory[0];

    /// <summary>The cost after the last update.</summary>
    public double CostAfter => CostHistory[^1];

    /// <summary>How many updates were made.</summary>
    public int Epochs => CostHistory.Length - 1;
}

/// <summary>Where training was after some epochs.</summary>
/// <param name="Epoch">How many updates had been made.</param>
/// <param name="Model">The neuron at that point.</param>
/// <param name="Cost">Its average cost on the training data.</param>
public readonly record struct Snapshot(int Epoch, Neuron Model, double Cost);

/// <summary>Gradient descent, written to be read: one forward and one backward pass per epoch.</summary>
public static class Training
{
    /// <summary>
    /// The most epochs one training run may make: 100,000,000. Each epoch keeps one cost in the history, so this
    /// many take 800 MB; beyond it, train in shorter runs, each starting from the model the last one returned.
    /// </summary>
    public const int MaxEpochs = 100_000_000;

    /// <summary>
    /// How often (in epochs) trainers look at their <see cref="CancellationToken"/> and report progress: rarely
    /// enough to cost nothing, often enough to stop within a fraction of a second.
    /// </summary>
    public const int ProgressInterval = 1024;

    /// <summary>The most epochs <see cref="LogSpacedEpochs"/> picks: 10,000, far more than a chart can show.</summary>
    public const int MaxLogSpacedCount = 10_000;

    /// <summary>Trains a neuron by gradient descent (the original's <c>trainModel</c>).</summary>
    /// <remarks>
    /// <para>Each epoch: forward propagation (predictions and cost), backward propagation (gradients),
    /// then <c>w ← w − α·∂J/∂w</c>, <c>b ← b − α·∂J/∂b</c>.</para>
    /// <para>The arithmetic is the original's, bit for bit, from any start and for any epoch count.</para>
    /// </remarks>
    /// <param name="model">Where to start; it is not changed (the original mutated a global).</param>
    /// <param name="train">The training examples.</param>
    /// <param name="epochs">How many updates to make.</param>
    /// <param name="learningRate">α, the step size.</param>
    /// <param name="progress">If given, told the epoch and cost every <see cref="ProgressInterval"/> epochs and after the last.</param>
    /// <param name="cancellationToken">Looked at every <see cref="ProgressInterval"/> epochs; cancelling stops training.</param>
    /// <exception cref="ArgumentException">Bad data, a model that is not finite, epochs &lt; 0 or above <see cref="MaxEpochs"/>, or α ≤ 0 or not finite.</exception>
    /// <exception cref="TrainingDivergedException">The cost became infinite or NaN: α is too large.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static TrainingResult TrainModel(
        Neuron model,
        DataSet train,
        int epochs = Hyperparameters.Epochs,
        double learningRate = Hyperparameters.LearningRate,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        Train(model, train, epochs, learningRate, observe: null, progress, cancellationToken);

    /// <summary>
    /// Trains like <see cref="TrainModel"/> and keeps the neuron at the epochs named in <paramref name="at"/>
    /// (and always before the first and after the last update): the path gradient descent takes through (w, b).
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="TrainModel"/>.</exception>
    /// <exception cref="TrainingDivergedException">The cost became infinite or NaN: α is too large.</exception>
    public static ImmutableArray<Snapshot> Snapshots(
        Neuron model,
        DataSet train,
        IEnumerable<int> at,
        int epochs = Hyperparameters.Epochs,
        double learningRate = Hyperparameters.LearningRate)
    {
        ArgumentNullException.ThrowIfNull(at);
        var keep = at.ToHashSet();
        var snapshots = ImmutableArray.CreateBuilder<Snapshot>();
        Train(model, train, epochs, learningRate, (epoch, neuron, cost) =>
        {
            if (epoch == 0 || epoch == epochs || keep.Contains(epoch))
            {
                snapshots.Add(new Snapshot(epoch, neuron, cost));
            }
        }, progress: null, CancellationToken.None);
        return snapshots.ToImmutable();
    }

    /// <summary>About <paramref name="count"/> epochs from 0 to <paramref name="epochs"/>, spaced evenly on a log scale.</summary>
    /// <remarks>Increasing, starting at 0 and ending at <paramref name="epochs"/>; nearby values that round alike appear once.</remarks>
    /// <exception cref="ArgumentException">epochs &lt; 0, or count below 1 or above <see cref="MaxLogSpacedCount"/>.</exception>
    public static ImmutableArray<int> LogSpacedEpochs(int epochs = Hyperparameters.Epochs, int count = 40)
    {
        Guard.Epochs(epochs);
        if (count is < 1 or > MaxLogSpacedCount)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"count is {count}: ask for 1 to {MaxLogSpacedCount:N0} epochs to show (the default is 40); 0 and {epochs} are always included."),
                nameof(count));
        }

        // In double: epochs + 1 overflows int at int.MaxValue.
        return [.. Enumerable.Range(0, count)
            .Select(i => (int)Math.Min(epochs, Math.Round(Math.Pow(epochs + 1.0, i / (double)Math.Max(1, count - 1))) - 1))
            .Append(epochs)
            .Distinct()
            .Order()];
    }

    private static TrainingResult Train(
        Neuron model,
        DataSet train,
        int epochs,
        double learningRate,
        Action<int, Neuron, double>? observe,
        IProgress<TrainingProgress>? progress,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(train);
        Guard.Training(model, epochs, learningRate);
        ReadOnlySpan<double> x = train.X.AsSpan();
        ReadOnlySpan<double> y = train.Y.AsSpan();

        var history = new double[epochs + 1];
        for (int epoch = 0; epoch <= epochs; epoch++)
        {
            var predictions = new double[x.Length];
            history[epoch] = Propagation.Forward(model, x, y, predictions);
            Divergence.Check(history, epoch, model, learningRate, x);
            observe?.Invoke(epoch, model, history[epoch]);
            Progress.Check(epoch, epochs, history[epoch], progress, cancellationToken);
            if (epoch == epochs)
            {
                break;
            }

            model = model.Step(Propagation.Backward(predictions, x, y), learningRate);
        }

        return new TrainingResult(model, ImmutableCollectionsMarshal.AsImmutableArray(history));
    }
}

/// <summary>Shared by both trainers: stops training once the cost is no longer finite.</summary>
internal static class Divergence
{
    /// <summary>Throws <see cref="TrainingDivergedException"/> if the cost of <paramref name="epoch"/> or the model is not finite.</summary>
    public static void Check(ReadOnlySpan<double> history, int epoch, Neuron model, double learningRate, ReadOnlySpan<double> x)
    {
        if (double.IsFinite(history[epoch]) && model.IsFinite)
        {
            return;
        }

        double largestStable;
        try
        {
            largestStable = Stability.LargestStableLearningRate(x);
        }
        catch (ArgumentException)
        {
            // Inputs so large that the curvature itself overflows: no positive double is stable.
            largestStable = 0;
        }

        throw new TrainingDivergedException(epoch, learningRate, largestStable, [.. history[..epoch]]);
    }
}

/// <summary>Shared by the trainers: cancellation and progress, every <see cref="Training.ProgressInterval"/> epochs.</summary>
internal static class Progress
{
    public static void Check(int epoch, int epochs, double cost, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        if (epoch % Training.ProgressInterval != 0 && epoch != epochs)
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new TrainingProgress(epoch, epochs, cost));
    }
}
