using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

using NanoNeuron.Optimization;

namespace NanoNeuron.Fast;

/// <summary>
/// The one neuron's gradient descent (the original's, as the teaching path runs it in the one loop), written for
/// speed, in one of two ways (<see cref="Summation"/>): every example in one fused SIMD pass per epoch, or every epoch in
/// O(1) from the data's <see cref="SufficientStatistics"/>. Neither allocates per epoch: the cost history is the only
/// memory that grows with the epochs.
/// </summary>
/// <remarks>
/// <para>It takes the engine's <see cref="TrainingOptions"/> and gives its <see cref="TrainingResult{TModel}"/> (with
/// <see cref="TrainingResult{TModel}.Steps"/> and <see cref="TrainingResult{TModel}.Snapshots"/>) or
/// <see cref="TrainingOutcome{TModel}"/>, like <see cref="Trainer.Train"/> with <c>NeuronObjective</c> and
/// <see cref="GradientDescent"/>; it refuses the options it does not support (mini-batches, a decaying learning rate)
/// with an <see cref="ArgumentException"/> that says to use <see cref="Trainer.Train"/> for them.</para>
/// <para>Divergence: a learning rate at or above 2/λmax (<see cref="Stability"/>) is refused before the first epoch
/// (<see cref="DivergenceReason.AboveLimit"/>); below it every epoch lowers the cost, so the only divergence left is a
/// start whose cost is not a finite number, and each epoch checks only that its cost and neuron are finite.</para>
/// <para><see cref="Summation.Vectorized"/>: per example <c>e = x·w + b − y</c>, summed as <c>Σe²</c>, <c>Σe·x</c> and <c>Σe</c>
/// in SIMD registers; then <c>J = Σe²/(2m)</c>, <c>∂J/∂w = Σe·x/m</c>, <c>∂J/∂b = Σe/m</c>.</para>
/// <para><see cref="Summation.SufficientStatistics"/>: the cost of a line is a bowl whose lowest point is the best line θ* = (β, ȳ − β·x̄). Measured from it,
/// <c>δ = (w − β, b − ȳ + β·x̄)</c>, the gradient is <c>H·δ</c> with the constant curvature
/// <c>H = [[Sxx + x̄², x̄], [x̄, 1]]</c>, so the step <c>θ ← θ − α·∇J</c> is <c>δ ← (I − α·H)·δ</c>: per parameter, one
/// multiplication and one fused multiply-add, which is all that one epoch's parameters wait for from the last's.</para>
/// <para>Each epoch's cost, <c>J = ((x̄·δw + δb)² + Sxx·δw² + R)/2</c>, and the neuron <c>θ* + δ</c> are computed from δ
/// beside that chain: nothing of the next step waits for them.</para>
/// <para>A different order of arithmetic from the teaching path, so results agree with it to about 1e-9 relative,
/// not bit for bit; the teaching path is the one with the original's bits.</para>
/// </remarks>
public static class FastTraining
{
    /// <summary>Trains a neuron by gradient descent: <see cref="Train"/> with <paramref name="epochs"/> and <paramref name="learningRate"/>.</summary>
    /// <param name="model">Where to start.</param>
    /// <param name="train">The training examples.</param>
    /// <param name="epochs">How many updates to make.</param>
    /// <param name="learningRate">α, the step size.</param>
    /// <param name="summation">How an epoch adds up the examples: all of them in SIMD registers, or once, before training, into their sufficient statistics.</param>
    /// <param name="progress">If given, told the epoch and cost every <see cref="TrainingOptions.ProgressInterval"/> epochs and after the last.</param>
    /// <param name="cancellationToken">Looked at every epoch (with <see cref="Summation.SufficientStatistics"/>, whose epochs take nanoseconds, every <see cref="TrainingOptions.ProgressInterval"/> epochs); cancelling stops training.</param>
    /// <returns>The trained neuron and the <c>epochs + 1</c> costs; the history is the only memory allocated in proportion to <paramref name="epochs"/>.</returns>
    /// <exception cref="ArgumentException">As <see cref="Train"/>.</exception>
    /// <exception cref="TrainingDivergedException">As <see cref="Train"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static TrainingResult<Neuron> TrainModel(
        Neuron model,
        DataSet train,
        int epochs = Hyperparameters.Epochs,
        double learningRate = Hyperparameters.LearningRate,
        Summation summation = Summation.Vectorized,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        Train(model, train, new GradientDescent(learningRate), TrainingOptions.ForEpochs(epochs), summation, progress, cancellationToken);

    /// <summary>Trains like <see cref="Trainer.Train"/> with <c>NeuronObjective</c> and <paramref name="optimizer"/>, fast.</summary>
    /// <param name="start">Where to start.</param>
    /// <param name="train">The training examples.</param>
    /// <param name="optimizer">Plain gradient descent, the only optimizer this path knows.</param>
    /// <param name="options">Epochs and snapshots; <see cref="TrainingOptions.Default"/> when null.</param>
    /// <param name="summation">How an epoch adds up the examples.</param>
    /// <param name="progress">If given, told the epoch and cost every <see cref="TrainingOptions.ProgressInterval"/> epochs and after the last.</param>
    /// <param name="cancellationToken">Looked at every epoch (with <see cref="Summation.SufficientStatistics"/>, whose epochs take nanoseconds, every <see cref="TrainingOptions.ProgressInterval"/> epochs); cancelling stops training.</param>
    /// <exception cref="ArgumentException">
    /// A start that is not finite, options with mini-batches or a decaying learning rate (use <see cref="Trainer.Train"/>)
    /// or that <see cref="Trainer.Train"/> refuses, an unknown summation, or inputs so large that no α is stable.
    /// </exception>
    /// <exception cref="TrainingDivergedException">α ≥ 2/λmax (known before the first epoch), or the start's cost is not finite.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static TrainingResult<Neuron> Train(Neuron start, DataSet train, GradientDescent optimizer, TrainingOptions? options = null,
        Summation summation = Summation.Vectorized, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default) =>
        TryTrain(start, train, optimizer, options, summation, progress, cancellationToken).ResultOrThrow();

    /// <summary>Trains like <see cref="Train"/>, but returns a divergence as an outcome instead of throwing it.</summary>
    /// <exception cref="ArgumentException">As <see cref="Train"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static TrainingOutcome<Neuron> TryTrain(Neuron start, DataSet train, GradientDescent optimizer, TrainingOptions? options = null,
        Summation summation = Summation.Vectorized, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(optimizer);
        options ??= TrainingOptions.Default;
        NeuronGuard.Finite(start, nameof(start));
        if (summation is not (Summation.Vectorized or Summation.SufficientStatistics))
        {
            throw new ArgumentException(Invariant($"summation is {summation}: use Summation.Vectorized or Summation.SufficientStatistics."), nameof(summation));
        }

        if (!options.FullBatch(train.Count) || options.LearningRateDecay != 0)
        {
            throw new ArgumentException(
                Invariant($"The options ask for {(options.LearningRateDecay != 0 ? $"a learning rate that decays ({Guard.Format(options.LearningRateDecay)})" : $"batches of {options.BatchSize} of the {train.Count} examples")}, which FastTraining does not do: it takes every example in every step, at one learning rate. Train with Trainer.Train(new NeuronObjective(train), start, optimizer, options) instead."),
                nameof(options));
        }

        options.Check();
        double learningRate = optimizer.LearningRate;
        if (options.Epochs > 0 && Stability.Foreseen(learningRate, train.X.AsSpan()) is { } foreseen)
        {
            return new TrainingOutcome<Neuron>(foreseen);
        }

        // Not zeroed: every cost is written before the history is returned, and a run that stops early (divergence,
        // cancellation) copies only what it wrote, or nothing. Zeroing 70,001 doubles took about 0.07 ms, a tenth of the run.
        var history = GC.AllocateUninitializedArray<double>(options.Epochs + 1);
        var snapshots = new Snapshots<Neuron>(options);
        var loops = new Loops(history, snapshots, learningRate, progress, cancellationToken);
        (Neuron trained, int stoppedAt) = summation == Summation.Vectorized
            ? loops.Vectorized(start, train.X.AsSpan(), train.Y.AsSpan())
            : loops.FromStatistics(start, SufficientStatistics.Of(train.X.AsSpan(), train.Y.AsSpan()));
        return stoppedAt < options.Epochs || !double.IsFinite(history[^1]) || !trained.IsFinite
            ? new TrainingOutcome<Neuron>(new Divergence(stoppedAt, learningRate, double.NaN, [.. history.AsSpan(0, stoppedAt)]))
            : new TrainingOutcome<Neuron>(new TrainingResult<Neuron>(trained, ImmutableCollectionsMarshal.AsImmutableArray(history))
            {
                Snapshots = snapshots.Taken,
                Steps = options.Epochs,
            });
    }

    /// <summary>One run's history, snapshots and progress, shared by the two loops.</summary>
    private readonly struct Loops(double[] history, Snapshots<Neuron> snapshots, double learningRate, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        private int Epochs => history.Length - 1;

        /// <summary>Every epoch over every example; returns the neuron and the epoch it stopped at (before the last only if its cost or neuron is not finite).</summary>
        public (Neuron Trained, int StoppedAt) Vectorized(Neuron model, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
        {
            for (int epoch = 0; ; epoch++)
            {
                double cost = VectorizedEpoch(model, x, y, out var gradients);
                history[epoch] = cost;
                if (!double.IsFinite(cost) || !model.IsFinite)
                {
                    return (model, epoch);
                }

                if (epoch == snapshots.NextEpoch)
                {
                    snapshots.Take(epoch, model, cost);
                }

                Progress.Check(epoch, Epochs, cost, progress, cancellationToken);

                if (epoch == Epochs)
                {
                    return (model, epoch);
                }

                model = model.Step(gradients, learningRate);
            }
        }

        /// <summary>Every epoch in O(1); returns the neuron and the epoch it stopped at (before the last only if its cost or neuron is not finite).</summary>
        public (Neuron Trained, int StoppedAt) FromStatistics(Neuron start, SufficientStatistics statistics)
        {
            var descent = new Descent(statistics, start, learningRate);
            for (int epoch = 0; ; epoch++)
            {
                // Up to the next epoch that reports progress or keeps a snapshot, in a loop without calls, so that δ stays in registers.
                int report = (int)Math.Min(Epochs, (epoch + TrainingOptions.ProgressInterval - 1L) / TrainingOptions.ProgressInterval * TrainingOptions.ProgressInterval);
                epoch = descent.Record(history, epoch, Math.Min(report, snapshots.NextEpoch));
                Neuron current = descent.Current;
                if (!double.IsFinite(history[epoch]) || !current.IsFinite)
                {
                    return (current, epoch);
                }

                if (epoch == snapshots.NextEpoch)
                {
                    snapshots.Take(epoch, current, history[epoch]);
                }

                Progress.Check(epoch, Epochs, history[epoch], progress, cancellationToken);

                if (epoch == Epochs)
                {
                    return (current, epoch);
                }

                descent.Step();
            }
        }
    }

    /// <summary>Gradient descent measured from the best line: δ = θ − θ*, and each step δ ← (I − α·H)·δ.</summary>
    private struct Descent
    {
        private readonly Neuron best;
        private readonly double meanX;
        private readonly double varianceX;
        private readonly double unexplained;
        private readonly double weightWeight;
        private readonly double across;
        private readonly double biasBias;
        private double dw;
        private double db;

        public Descent(SufficientStatistics statistics, Neuron start, double learningRate)
        {
            best = statistics.OneBestLine;
            meanX = statistics.MeanX;
            varianceX = statistics.VarianceX;
            unexplained = statistics.Unexplained;

            // I − α·H, H = [[Sxx + x̄², x̄], [x̄, 1]].
            weightWeight = 1 - learningRate * (varianceX + meanX * meanX);
            across = -learningRate * meanX;
            biasBias = 1 - learningRate;
            dw = start.Weight - best.Weight;
            db = start.Bias - best.Bias;
        }

        /// <summary>The neuron now, θ* + δ.</summary>
        public readonly Neuron Current => new(best.Weight + dw, best.Bias + db);

        /// <summary>One step of gradient descent.</summary>
        public void Step()
        {
            double nextDw = Math.FusedMultiplyAdd(weightWeight, dw, across * db);
            db = Math.FusedMultiplyAdd(biasBias, db, across * dw);
            dw = nextDw;
        }

        /// <summary>
        /// Records the costs of epochs <paramref name="from"/> to <paramref name="to"/>, stepping between them, and stops
        /// at <paramref name="to"/>, or earlier at an epoch whose cost or neuron may not be finite; returns the epoch it stopped at.
        /// </summary>
        public int Record(Span<double> history, int from, int to)
        {
            (double w, double b) = (dw, db);
            int epoch = from;
            for (; ; epoch++)
            {
                // Beside the chain: this epoch's cost and neuron.
                double meanError = Math.FusedMultiplyAdd(meanX, w, b);
                double cost = (meanError * meanError + varianceX * w * w + unexplained) / 2;
                history[epoch] = cost;

                // One test for three numbers: the sum is not finite when any of them is not (and, rarely, when the sum
                // alone overflows; then the caller finds all three finite and calls again).
                if (epoch == to || !double.IsFinite(cost + (best.Weight + w) + (best.Bias + b)))
                {
                    break;
                }

                // The chain: one step, δ ← (I − α·H)·δ.
                double nextW = Math.FusedMultiplyAdd(weightWeight, w, across * b);
                b = Math.FusedMultiplyAdd(biasBias, b, across * w);
                w = nextW;
            }

            (dw, db) = (w, b);
            return epoch;
        }
    }

    /// <summary>One fused epoch, <see cref="Vector{T}.Count"/> examples at a time, four vectors per iteration.</summary>
    /// <remarks>
    /// Per lane: <c>e = x·w + b − y</c>, <c>Σe² += e·e</c>, <c>ΣeX += e·x</c>, <c>Σe += e</c>;
    /// then <c>J = Σe²/(2m)</c>, <c>∂J/∂w = ΣeX/m</c>, <c>∂J/∂b = Σe/m</c>.
    /// </remarks>
    internal static double VectorizedEpoch(Neuron model, ReadOnlySpan<double> x, ReadOnlySpan<double> y, out Gradients gradients)
    {
        int width = Vector<double>.Count;
        var weight = new Vector<double>(model.Weight);
        var bias = new Vector<double>(model.Bias);
        ref double xs = ref MemoryMarshal.GetReference(x);
        ref double ys = ref MemoryMarshal.GetReference(y);
        Accumulator a0 = default, a1 = default, a2 = default, a3 = default;

        int i = 0;
        for (; i <= x.Length - 4 * width; i += 4 * width)
        {
            a0.Add(ref xs, ref ys, i, weight, bias);
            a1.Add(ref xs, ref ys, i + width, weight, bias);
            a2.Add(ref xs, ref ys, i + 2 * width, weight, bias);
            a3.Add(ref xs, ref ys, i + 3 * width, weight, bias);
        }

        for (; i <= x.Length - width; i += width)
        {
            a0.Add(ref xs, ref ys, i, weight, bias);
        }

        Vector<double> squares = a0.Squares + a1.Squares + (a2.Squares + a3.Squares);
        Vector<double> timesX = a0.TimesX + a1.TimesX + (a2.TimesX + a3.TimesX);
        Vector<double> errors = a0.Errors + a1.Errors + (a2.Errors + a3.Errors);
        double sumOfSquares = Vector.Sum(squares);
        double sumTimesX = Vector.Sum(timesX);
        double sum = Vector.Sum(errors);
        for (; i < x.Length; i++)
        {
            double error = Math.FusedMultiplyAdd(x[i], model.Weight, model.Bias) - y[i];
            sumOfSquares = Math.FusedMultiplyAdd(error, error, sumOfSquares);
            sumTimesX = Math.FusedMultiplyAdd(error, x[i], sumTimesX);
            sum += error;
        }

        gradients = new Gradients(sumTimesX / x.Length, sum / x.Length);
        return sumOfSquares / (2.0 * x.Length);
    }

    private struct Accumulator
    {
        public Vector<double> Squares;
        public Vector<double> TimesX;
        public Vector<double> Errors;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Add(ref double xs, ref double ys, int offset, Vector<double> weight, Vector<double> bias)
        {
            var x = Vector.LoadUnsafe(ref xs, (nuint)offset);
            var error = Vector.FusedMultiplyAdd(x, weight, bias) - Vector.LoadUnsafe(ref ys, (nuint)offset);
            Squares = Vector.FusedMultiplyAdd(error, error, Squares);
            TimesX = Vector.FusedMultiplyAdd(error, x, TimesX);
            Errors += error;
        }
    }
}
