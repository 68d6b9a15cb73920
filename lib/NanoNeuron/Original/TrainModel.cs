using System.Collections.Immutable;
using System.Globalization;
using NanoNeuron.Optimization;

namespace NanoNeuron;

/// <summary>The original's training: plain gradient descent on the squared error, one forward and one backward pass per epoch.</summary>
public static class Training
{
    /// <summary>The most epochs <see cref="LogSpacedEpochs"/> picks: 10,000, far more than a chart can show.</summary>
    public const int MaxLogSpacedCount = 10_000;

    /// <summary>Trains a neuron by gradient descent (the original's <c>trainModel</c>).</summary>
    /// <remarks>
    /// <para>Each epoch: forward propagation (predictions and cost), backward propagation (gradients),
    /// then <c>w ← w − α·∂J/∂w</c>, <c>b ← b − α·∂J/∂b</c>.</para>
    /// <para>The arithmetic is the original's, bit for bit, from any start and for any epoch count. It runs in the one
    /// training loop, <see cref="Trainer.Train"/>, with <see cref="NeuronObjective"/> and <see cref="GradientDescent"/>
    /// (see <see cref="TryTrainModel"/>).</para>
    /// </remarks>
    /// <param name="model">Where to start; it is not changed (the original mutated a global).</param>
    /// <param name="train">The training examples.</param>
    /// <param name="epochs">How many updates to make.</param>
    /// <param name="learningRate">α, the step size.</param>
    /// <param name="progress">If given, told the epoch and cost every <see cref="TrainingOptions.ProgressInterval"/> epochs and after the last.</param>
    /// <param name="cancellationToken">Looked at every epoch, and with mini-batches before every step; cancelling stops training.</param>
    /// <exception cref="ArgumentException">Bad data, a model that is not finite, epochs &lt; 0 or above <see cref="TrainingOptions.MaxEpochs"/>, α ≤ 0 or not finite, or inputs so large that no α is stable.</exception>
    /// <exception cref="TrainingDivergedException">α ≥ 2/λmax (known before the first epoch), or the start's cost is not finite.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static TrainingResult<Neuron> TrainModel(
        Neuron model,
        DataSet train,
        int epochs = Hyperparameters.Epochs,
        double learningRate = Hyperparameters.LearningRate,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        TryTrainModel(model, train, TrainingOptions.ForEpochs(epochs), learningRate, progress, cancellationToken).ResultOrThrow();

    /// <summary>
    /// Trains like <see cref="TrainModel"/> with any <see cref="TrainingOptions"/> (mini-batches, decay, snapshots), and
    /// returns a divergence as an outcome instead of throwing it.
    /// </summary>
    /// <remarks>
    /// <see cref="Trainer.TryTrain"/> with <see cref="NeuronObjective"/> and <see cref="GradientDescent"/>, and one thing the
    /// engine cannot know: with every example in every step, α ≥ 2/λmax (<see cref="Stability"/>) diverges, so such a run is
    /// refused before the first epoch (<see cref="DivergenceReason.AboveLimit"/>). Below the limit every epoch lowers the
    /// cost; with mini-batches the engine's own rule (<see cref="Divergence"/>) watches it.
    /// </remarks>
    /// <exception cref="ArgumentException">As <see cref="TrainModel"/>, or options that <see cref="Trainer.Train"/> refuses.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static TrainingOutcome<Neuron> TryTrainModel(
        Neuron model,
        DataSet train,
        TrainingOptions options,
        double learningRate = Hyperparameters.LearningRate,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        var objective = new NeuronObjective(train);
        var optimizer = new GradientDescent(learningRate);
        ArgumentNullException.ThrowIfNull(options);
        NeuronGuard.Finite(model);
        return options.Epochs > 0 && options.FullBatch(train.Count) && Stability.Foreseen(learningRate, train.X.AsSpan()) is { } foreseen
            ? new TrainingOutcome<Neuron>(foreseen)
            : Trainer.TryTrain(objective, model, optimizer, options, progress: progress, cancellationToken: cancellationToken);
    }

    /// <summary>
    /// Trains like <see cref="TrainModel"/> and keeps the neuron at the epochs named in <paramref name="at"/>
    /// (and always before the first and after the last update): the path gradient descent takes through (w, b).
    /// Epochs in <paramref name="at"/> below 0 or above <paramref name="epochs"/> are never reached, so they are left out.
    /// </summary>
    /// <exception cref="ArgumentException">As <see cref="TrainModel"/>.</exception>
    /// <exception cref="TrainingDivergedException">As <see cref="TrainModel"/>.</exception>
    public static ImmutableArray<Snapshot<Neuron>> Snapshots(
        Neuron model,
        DataSet train,
        IEnumerable<int> at,
        int epochs = Hyperparameters.Epochs,
        double learningRate = Hyperparameters.LearningRate)
    {
        ArgumentNullException.ThrowIfNull(at);
        return TryTrainModel(model, train, TrainingOptions.ForEpochs(epochs).WithSnapshotsAt(at), learningRate).ResultOrThrow().Snapshots;
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
}
