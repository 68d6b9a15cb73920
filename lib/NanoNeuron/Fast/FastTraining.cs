using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

using NanoNeuron.Optimization;

namespace NanoNeuron.Fast;

/// <summary>
/// The same gradient descent as <see cref="Training.TrainModel"/>, written for speed: forward and
/// backward propagation fused into one pass per epoch, and no allocation inside the epoch loop.
/// </summary>
public static class FastTraining
{
    /// <summary>Trains a neuron; the same contract and result as <see cref="Training.TrainModel"/>.</summary>
    /// <exception cref="ArgumentException">Bad data, a model that is not finite, epochs &lt; 0 or above <see cref="Training.MaxEpochs"/>, or α ≤ 0 or not finite.</exception>
    /// <exception cref="TrainingDivergedException">The cost became infinite or NaN: α is too large.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (it is looked at every <see cref="Training.ProgressInterval"/> epochs).</exception>
    public static TrainingResult<Neuron> TrainModel(
        Neuron model,
        DataSet train,
        int epochs = Hyperparameters.Epochs,
        double learningRate = Hyperparameters.LearningRate,
        Summation summation = Summation.Vectorized,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(train);
        Guard.HistoryEpochs(epochs);
        var history = new double[epochs + 1];
        Neuron trained = TrainModel(model, train.X.AsSpan(), train.Y.AsSpan(), learningRate, history, summation, progress, cancellationToken);
        return new TrainingResult<Neuron>(trained, ImmutableCollectionsMarshal.AsImmutableArray(history));
    }

    /// <summary>
    /// Trains a neuron without allocating: <c>costHistory.Length − 1</c> epochs, writing the cost before
    /// training, after each update, into <paramref name="costHistory"/>.
    /// </summary>
    /// <returns>The trained neuron.</returns>
    /// <exception cref="ArgumentException">Bad data, a model that is not finite, an empty history, or α ≤ 0 or not finite.</exception>
    /// <exception cref="TrainingDivergedException">The cost became infinite or NaN: α is too large.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled (it is looked at every <see cref="Training.ProgressInterval"/> epochs).</exception>
    public static Neuron TrainModel(
        Neuron model,
        ReadOnlySpan<double> x,
        ReadOnlySpan<double> y,
        double learningRate,
        Span<double> costHistory,
        Summation summation = Summation.Vectorized,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        Guard.Examples(x, y);
        Guard.Model(model);
        Guard.LearningRate(learningRate);
        if (costHistory.IsEmpty)
        {
            throw new ArgumentException(
                "costHistory is empty: it needs room for epochs + 1 costs (the cost before training and after each update).",
                nameof(costHistory));
        }

        // Not Enum.IsDefined: its cache is held weakly, so after a garbage collection it is rebuilt (248 bytes),
        // and this overload promises to allocate nothing.
        if (summation is not (Summation.Sequential or Summation.Vectorized or Summation.SufficientStatistics))
        {
            throw new ArgumentException(
                $"summation is {summation}: use Summation.Sequential, Summation.Vectorized or Summation.SufficientStatistics.", nameof(summation));
        }

        var statistics = summation == Summation.SufficientStatistics ? SufficientStatistics.Of(x, y) : default;
        int epochs = costHistory.Length - 1;
        for (int epoch = 0; ; epoch++)
        {
            Gradients gradients;
            costHistory[epoch] = summation switch
            {
                Summation.Sequential => SequentialEpoch(model, x, y, out gradients),
                Summation.Vectorized => VectorizedEpoch(model, x, y, out gradients),
                _ => statistics.Epoch(model, out gradients),
            };
            Divergence.Check(costHistory, epoch, model, learningRate, x);
            Progress.Check(epoch, epochs, costHistory[epoch], progress, cancellationToken);

            if (epoch == epochs)
            {
                return model;
            }

            model = summation == Summation.SufficientStatistics
                ? SufficientStatistics.Step(model, gradients, learningRate)
                : model.Step(gradients, learningRate);
        }
    }

    /// <summary>One fused epoch in the teaching path's order of operations.</summary>
    /// <remarks>Per example: <c>ŷ = x·w + b</c>, <c>cost += (y − ŷ)²/2</c>, <c>dW += (ŷ − y)·x</c>, <c>dB += ŷ − y</c>.</remarks>
    internal static double SequentialEpoch(Neuron model, ReadOnlySpan<double> x, ReadOnlySpan<double> y, out Gradients gradients)
    {
        double cost = 0;
        double dW = 0;
        double dB = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double prediction = model.Predict(x[i]);
            cost += Cost.PredictionCost(y[i], prediction);
            double error = prediction - y[i];
            dW += error * x[i];
            dB += error;
        }

        gradients = new Gradients(dW / x.Length, dB / x.Length);
        return cost / x.Length;
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
