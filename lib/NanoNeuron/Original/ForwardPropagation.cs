using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NanoNeuron;

/// <summary>Forward and backward propagation: the two halves of one training epoch.</summary>
public static partial class Propagation
{
    /// <summary>
    /// Predicts every example and averages their costs (the original's <c>forwardPropagation</c>,
    /// which ignored its <c>model</c> argument and read a global instead: here the model passed in is used).
    /// </summary>
    /// <remarks><c>ŷᵢ = xᵢ·w + b</c>; <c>J = (1/m)·Σ (yᵢ − ŷᵢ)² / 2</c></remarks>
    /// <exception cref="ArgumentException">
    /// Bad data, a model that is not finite, or a model and data so large that a prediction or the cost overflows a
    /// double (<c>new Neuron(1e200, 0)</c>): refused like NaN, never returned as ∞.
    /// </exception>
    public static ForwardResult ForwardPropagation(Neuron model, ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        NeuronGuard.Finite(model);
        Guard.Examples(x, y);
        var predictions = new double[x.Length];
        double cost = Guard.FiniteResult(Forward(model, x, y, predictions), "The cost", Overflow(model), nameof(model));
        return new ForwardResult(ImmutableCollectionsMarshal.AsImmutableArray(predictions), cost);
    }

    /// <summary>Why a cost or gradient of a finite neuron on finite data is not finite, and what to do.</summary>
    internal static string Overflow(Neuron model) =>
        Invariant($"with Weight = {Guard.Format(model.Weight)} and Bias = {Guard.Format(model.Bias)} the predictions or their errors are too large for a double (an error above about 1e154 overflows when squared). Use a model and inputs of ordinary size: start from Neuron.RandomStart(), and standardize large inputs.");

    /// <inheritdoc cref="ForwardPropagation(Neuron, ReadOnlySpan{double}, ReadOnlySpan{double})"/>
    public static ForwardResult ForwardPropagation(Neuron model, DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return ForwardPropagation(model, data.X.AsSpan(), data.Y.AsSpan());
    }

    /// <summary>The unchecked loop: fills <paramref name="predictions"/> and returns the average cost.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static double Forward(Neuron model, ReadOnlySpan<double> x, ReadOnlySpan<double> y, Span<double> predictions)
    {
        double cost = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double prediction = model.Predict(x[i]);
            cost += Cost.PredictionCost(y[i], prediction);
            predictions[i] = prediction;
        }

        return cost / x.Length;
    }
}
