using System.Collections.Immutable;
using NanoNeuron.Data;
using NanoNeuron.Optimization;

namespace NanoNeuron.Networks;

/// <summary>
/// Forward and backward propagation through a network, and gradient descent on it. The same
/// three steps as NanoNeuron's, with the chain rule carrying the error back through the layers.
/// </summary>
/// <remarks>
/// <para>Cost: <c>J = (1/m)·Σ Σₖ (yₖ − ŷₖ)²/2</c>, NanoNeuron's <c>PredictionCost</c> summed over the outputs.</para>
/// <para>
/// Backward, for each example: at the output <c>δ = (ŷ − y) ⊙ g′(z)</c>; for each layer, <c>∂J/∂Wᵢⱼ += δᵢ·aⱼ</c>,
/// <c>∂J/∂bᵢ += δᵢ</c>, and the layer below gets <c>δ′ = (Wᵀδ) ⊙ g′(z′)</c>. Averaged over the m examples.
/// </para>
/// </remarks>
public static class Backpropagation
{
    /// <summary>The average cost of <paramref name="network"/> on <paramref name="examples"/>.</summary>
    /// <exception cref="ArgumentException">Examples whose shape does not fit the network, or a cost that is not finite (an activation that returned NaN or ∞, or values that overflow a double).</exception>
    public static double ForwardPropagation(Network network, Examples examples)
    {
        Check(network, examples);
        double cost = 0;
        for (int e = 0; e < examples.Count; e++)
        {
            var prediction = network.PredictUnchecked(examples.Inputs[e].AsSpan());
            for (int k = 0; k < prediction.Length; k++)
            {
                cost += Cost.PredictionCost(examples.Targets[e][k], prediction[k]);
            }
        }

        return Guard.FiniteResult(cost / examples.Count, "The cost", NotFinite(network), nameof(network));
    }

    /// <summary>The average gradient of the cost, one value per parameter in the order of <see cref="Network.Parameters"/>.</summary>
    /// <exception cref="ArgumentException">Examples whose shape does not fit the network, or a cost or gradient that is not finite (as <see cref="ForwardPropagation"/>).</exception>
    public static ImmutableArray<double> BackwardPropagation(Network network, Examples examples)
    {
        Check(network, examples);
        var gradient = new double[network.ParameterCount];
        Guard.FiniteResult(Gradient(network, examples, [], gradient), "The cost", NotFinite(network), nameof(network));
        for (int p = 0; p < gradient.Length; p++)
        {
            Guard.FiniteResult(gradient[p], Invariant($"∂J/∂θ[{p}]"), NotFinite(network), nameof(network));
        }

        return [.. gradient];
    }

    /// <summary>g′(z), refused when a finite z, whose g(z) is finite, gives a derivative that is not finite: the derivative is to blame, not the learning rate.</summary>
    private static double Slope(NanoNeuron.Activations.Activation activation, double z, double output, string name)
    {
        double slope = activation.Derivative(z);
        if (!double.IsFinite(slope) && double.IsFinite(z) && double.IsFinite(output))
        {
            throw new ArgumentException(
                Invariant($"The activation '{Tools.PrintableText.Escape(activation.Name)}' has a derivative that is not finite: g′({Guard.Format(z)}) is {Guard.Format(slope)}, so no gradient can be computed, whatever the learning rate. Check the derivative's formula (it must return a finite number for every finite z), or use a built-in activation such as Activation.Tanh."),
                name);
        }

        return slope;
    }

    private static string NotFinite(Network network) =>
        Invariant($"an activation ({string.Join(", ", network.Layers.Select(layer => Tools.PrintableText.Escape(layer.Activation.Name)).Distinct())}) or its derivative returned a value that is not finite, or the weights and inputs are too large for a double. Check the activation's formula, and use weights and inputs of ordinary size (standardize large inputs).");

    /// <summary>
    /// Backpropagation, unchecked: the average gradient, and the average cost from the same forward pass
    /// (summed in the same order as <see cref="ForwardPropagation"/>, so the same value).
    /// </summary>
    /// <param name="network">The network.</param>
    /// <param name="examples">The examples.</param>
    /// <param name="batch">The examples to average over, or empty for all of them.</param>
    /// <param name="gradient">Receives the average gradient, one value per parameter.</param>
    /// <returns>The average cost over the same examples.</returns>
    internal static double Gradient(Network network, Examples examples, ReadOnlySpan<int> batch, Span<double> gradient)
    {
        var layers = network.Layers;
        int[] offsets = Offsets(network);
        gradient.Clear();
        var activations = new double[layers.Length + 1][];
        var z = new double[layers.Length][];
        double cost = 0;
        int count = batch.IsEmpty ? examples.Count : batch.Length;
        for (int n = 0; n < count; n++)
        {
            int e = batch.IsEmpty ? n : batch[n];

            // Forward, keeping every layer's z and output a.
            activations[0] = [.. examples.Inputs[e]];
            for (int l = 0; l < layers.Length; l++)
            {
                z[l] = new double[layers[l].Outputs];
                activations[l + 1] = new double[layers[l].Outputs];
                layers[l].Forward(activations[l], z[l], activations[l + 1]);
            }

            var target = examples.Targets[e];
            for (int k = 0; k < target.Length; k++)
            {
                cost += Cost.PredictionCost(target[k], activations[^1][k]);
            }

            // Backward: δ at the output, then down through the layers.
            double[] delta = [.. activations[^1].Select((prediction, k) => (prediction - target[k]) * Slope(layers[^1].Activation, z[^1][k], prediction, nameof(network)))];
            for (int l = layers.Length - 1; l >= 0; l--)
            {
                var layer = layers[l];
                double[] input = activations[l];
                int biasOffset = offsets[l] + layer.Weights.Length;
                for (int i = 0; i < layer.Outputs; i++)
                {
                    for (int j = 0; j < layer.Inputs; j++)
                    {
                        gradient[offsets[l] + i * layer.Inputs + j] += delta[i] * input[j];
                    }

                    gradient[biasOffset + i] += delta[i];
                }

                if (l > 0)
                {
                    var below = new double[layer.Inputs];
                    for (int j = 0; j < layer.Inputs; j++)
                    {
                        double sum = 0;
                        for (int i = 0; i < layer.Outputs; i++)
                        {
                            sum += layer.Weights[i * layer.Inputs + j] * delta[i];
                        }

                        below[j] = sum * Slope(layers[l - 1].Activation, z[l - 1][j], input[j], nameof(network));
                    }

                    delta = below;
                }
            }
        }

        for (int p = 0; p < gradient.Length; p++)
        {
            gradient[p] /= count;
        }

        return cost / count;
    }

    /// <summary>The gradient measured instead of derived, with <see cref="GradientCheck.CentralDifferences"/>: the reference backpropagation is tested against.</summary>
    /// <exception cref="ArgumentException">
    /// Examples that do not fit, a step that is not positive and finite, or a step so large that a nudged
    /// parameter or the cost overflows.
    /// </exception>
    public static ImmutableArray<double> FiniteDifferences(Network network, Examples examples, double step = GradientCheck.DefaultStep) =>
        GradientCheck.CentralDifferences(new NetworkObjective(network, examples), network, step);

    /// <summary>Gradient descent on every weight and bias: <c>θ ← θ − α·∂J/∂θ</c>, <paramref name="epochs"/> times.</summary>
    /// <remarks>The one training loop, <see cref="Trainer.Train"/>, with <see cref="NetworkObjective"/> and <see cref="GradientDescent"/>.</remarks>
    /// <param name="network">Where to start; it is not changed.</param>
    /// <param name="examples">The training examples.</param>
    /// <param name="epochs">How many updates to make.</param>
    /// <param name="learningRate">α.</param>
    /// <param name="snapshotsAt">Epochs at which to keep a copy of the network, for charts; those below 0 or above <paramref name="epochs"/> are never reached and left out.</param>
    /// <param name="progress">If given, told the epoch and cost every <see cref="TrainingOptions.ProgressInterval"/> epochs and after the last.</param>
    /// <param name="cancellationToken">Looked at every epoch, and with mini-batches before every step; cancelling stops training.</param>
    /// <exception cref="ArgumentException">Examples that do not fit, epochs &lt; 0 or above <see cref="TrainingOptions.MaxEpochs"/>, or α ≤ 0 or not finite.</exception>
    /// <exception cref="TrainingDivergedException">The run diverged (the rule of <see cref="Divergence"/>): α is too large.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static TrainingResult<Network> TrainModel(
        Network network,
        Examples examples,
        int epochs,
        double learningRate,
        IEnumerable<int>? snapshotsAt = null,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default) =>
        Trainer.Train(new NetworkObjective(network, examples), network, new GradientDescent(learningRate),
            TrainingOptions.ForEpochs(epochs).WithSnapshotsAt(snapshotsAt ?? []), progress: progress, cancellationToken: cancellationToken);

    private static int[] Offsets(Network network)
    {
        var offsets = new int[network.Layers.Length];
        for (int l = 1; l < offsets.Length; l++)
        {
            offsets[l] = offsets[l - 1] + network.Layers[l - 1].ParameterCount;
        }

        return offsets;
    }

    internal static void Check(Network network, Examples examples)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Inputs[0].Length != network.InputCount || examples.Targets[0].Length != network.OutputCount)
        {
            throw new ArgumentException(
                Invariant($"The examples have {examples.Inputs[0].Length} inputs and {examples.Targets[0].Length} targets each, but the network reads {network.InputCount} and outputs {network.OutputCount}: build the network with sizes [{examples.Inputs[0].Length}, …, {examples.Targets[0].Length}]."),
                nameof(examples));
        }
    }
}
