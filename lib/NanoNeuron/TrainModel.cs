using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NanoNeuron;

/// <summary>What training returns.</summary>
/// <param name="Model">The trained neuron.</param>
/// <param name="CostHistory">
/// <c>epochs + 1</c> costs: <c>[0]</c> before training, <c>[k]</c> after <c>k</c> updates, and the last
/// after the final update. (The original records only the cost before each update, so its
/// "cost after training" is one update stale; its value is <c>CostHistory[^2]</c> here.)
/// </param>
public sealed record TrainingResult(Neuron Model, ImmutableArray<double> CostHistory)
{
    /// <summary>The cost before the first update.</summary>
    public double CostBefore => CostHistory[0];

    /// <summary>The cost after the last update.</summary>
    public double CostAfter => CostHistory[^1];

    /// <summary>How many updates were made.</summary>
    public int Epochs => CostHistory.Length - 1;
}

/// <summary>Gradient descent, written to be read: one forward and one backward pass per epoch.</summary>
public static class Training
{
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
    /// <exception cref="ArgumentException">Bad data, a model that is not finite, epochs &lt; 0, or α ≤ 0 or not finite.</exception>
    /// <exception cref="TrainingDivergedException">The cost became infinite or NaN: α is too large.</exception>
    public static TrainingResult TrainModel(
        Neuron model,
        DataSet train,
        int epochs = Hyperparameters.Epochs,
        double learningRate = Hyperparameters.LearningRate)
    {
        ArgumentNullException.ThrowIfNull(train);
        Guard.Model(model);
        Guard.Epochs(epochs);
        Guard.LearningRate(learningRate);
        ReadOnlySpan<double> x = train.X.AsSpan();
        ReadOnlySpan<double> y = train.Y.AsSpan();

        var history = new double[epochs + 1];
        for (int epoch = 0; epoch <= epochs; epoch++)
        {
            var predictions = new double[x.Length];
            history[epoch] = Propagation.Forward(model, x, y, predictions);
            Divergence.Check(history, epoch, model, learningRate, x);
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

        throw new TrainingDivergedException(epoch, learningRate, Stability.LargestStableLearningRate(x), [.. history[..epoch]]);
    }
}
