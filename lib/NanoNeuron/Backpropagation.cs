using System.Collections.Immutable;

namespace NanoNeuron;

/// <summary>What training a network returns.</summary>
/// <param name="Model">The trained network.</param>
/// <param name="CostHistory">The cost before training and after each update.</param>
/// <param name="Snapshots">The network at the requested epochs (and before the first and after the last update).</param>
public sealed record NetworkTrainingResult(Network Model, ImmutableArray<double> CostHistory, ImmutableArray<(int Epoch, Network Model)> Snapshots);

/// <summary>
/// Forward and backward propagation through a network, and gradient descent on it (lesson 14). The same
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
    /// <exception cref="ArgumentException">Examples whose shape does not fit the network.</exception>
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

        return cost / examples.Count;
    }

    /// <summary>The average gradient of the cost, one value per parameter in the order of <see cref="Network.Parameters"/>.</summary>
    /// <exception cref="ArgumentException">Examples whose shape does not fit the network.</exception>
    public static ImmutableArray<double> BackwardPropagation(Network network, Examples examples)
    {
        Check(network, examples);
        return [.. Gradient(network, examples, out _)];
    }

    /// <summary>
    /// Backpropagation, unchecked: the average gradient, and the average cost from the same forward pass
    /// (summed in the same order as <see cref="ForwardPropagation"/>, so the same value).
    /// </summary>
    private static double[] Gradient(Network network, Examples examples, out double cost)
    {
        var layers = network.Layers;
        int[] offsets = Offsets(network);
        var gradient = new double[network.ParameterCount];
        var activations = new double[layers.Length + 1][];
        var z = new double[layers.Length][];
        cost = 0;
        for (int e = 0; e < examples.Count; e++)
        {
            // Forward, keeping every layer's z and output a.
            activations[0] = [.. examples.Inputs[e]];
            for (int l = 0; l < layers.Length; l++)
            {
                z[l] = new double[layers[l].Outputs];
                activations[l + 1] = Layer(layers[l], activations[l], z[l]);
            }

            var target = examples.Targets[e];
            for (int k = 0; k < target.Length; k++)
            {
                cost += Cost.PredictionCost(target[k], activations[^1][k]);
            }

            // Backward: δ at the output, then down through the layers.
            double[] delta = [.. activations[^1].Select((prediction, k) => (prediction - target[k]) * layers[^1].Activation.Derivative(z[^1][k]))];
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

                        below[j] = sum * layers[l - 1].Activation.Derivative(z[l - 1][j]);
                    }

                    delta = below;
                }
            }
        }

        for (int p = 0; p < gradient.Length; p++)
        {
            gradient[p] /= examples.Count;
        }

        cost /= examples.Count;
        return gradient;
    }

    /// <summary>The gradient measured instead of derived: central differences of the cost, one parameter at a time.</summary>
    /// <remarks><c>∂J/∂θₚ ≈ (J(θ + h·eₚ) − J(θ − h·eₚ)) / 2h</c>; the reference backpropagation is tested against.</remarks>
    /// <exception cref="ArgumentException">
    /// Examples that do not fit, a step that is not positive and finite, or a step so large that a nudged
    /// parameter or the cost overflows.
    /// </exception>
    public static ImmutableArray<double> FiniteDifferences(Network network, Examples examples, double step = GradientCheck.DefaultStep)
    {
        Check(network, examples);
        GradientCheck.CheckStep(step);
        double[] parameters = [.. network.Parameters()];
        var gradient = new double[parameters.Length];
        for (int p = 0; p < parameters.Length; p++)
        {
            double original = parameters[p];
            if (!double.IsFinite(original + step) || !double.IsFinite(original - step))
            {
                throw new ArgumentException(
                    $"step is {Guard.Format(step)}: parameter {p} ± step is not a finite number; use a small step such as {Guard.Format(GradientCheck.DefaultStep)}.",
                    nameof(step));
            }

            parameters[p] = original + step;
            double up = ForwardPropagation(network.WithParameters(parameters), examples);
            parameters[p] = original - step;
            double down = ForwardPropagation(network.WithParameters(parameters), examples);
            parameters[p] = original;
            gradient[p] = (up - down) / (2 * step);
            if (!double.IsFinite(gradient[p]))
            {
                throw new ArgumentException(
                    $"step is {Guard.Format(step)}: nudging parameter {p} by it made the cost {Guard.Format(up)} and {Guard.Format(down)}, so the measured slope is {Guard.Format(gradient[p])}. Use a small step such as {Guard.Format(GradientCheck.DefaultStep)}.",
                    nameof(step));
            }
        }

        return [.. gradient];
    }

    /// <summary>Gradient descent on every weight and bias: <c>θ ← θ − α·∂J/∂θ</c>, <paramref name="epochs"/> times.</summary>
    /// <param name="network">Where to start; it is not changed.</param>
    /// <param name="examples">The training examples.</param>
    /// <param name="epochs">How many updates to make.</param>
    /// <param name="learningRate">α.</param>
    /// <param name="snapshotsAt">Epochs at which to keep a copy of the network, for charts.</param>
    /// <exception cref="ArgumentException">Examples that do not fit, epochs &lt; 0, or α ≤ 0 or not finite.</exception>
    /// <exception cref="InvalidOperationException">The cost became infinite or NaN: α is too large.</exception>
    public static NetworkTrainingResult TrainModel(Network network, Examples examples, int epochs, double learningRate, IEnumerable<int>? snapshotsAt = null)
    {
        Check(network, examples);
        Guard.HistoryEpochs(epochs);
        Guard.LearningRate(learningRate);
        var keep = (snapshotsAt ?? []).ToHashSet();
        var snapshots = ImmutableArray.CreateBuilder<(int, Network)>();
        var history = new double[epochs + 1];
        double[] parameters = [.. network.Parameters()];
        for (int epoch = 0; ; epoch++)
        {
            // One forward pass serves both the cost and the gradient.
            double[] gradient = Gradient(network, examples, out history[epoch]);
            if (!double.IsFinite(history[epoch]))
            {
                throw new InvalidOperationException(
                    $"Training diverged at epoch {epoch}: the cost became {Guard.Format(history[epoch])}. Use a smaller learning rate than {Guard.Format(learningRate)}.");
            }

            if (epoch == 0 || epoch == epochs || keep.Contains(epoch))
            {
                snapshots.Add((epoch, network));
            }

            if (epoch == epochs)
            {
                return new NetworkTrainingResult(network, [.. history], snapshots.ToImmutable());
            }

            for (int p = 0; p < parameters.Length; p++)
            {
                parameters[p] -= learningRate * gradient[p];
            }

            network = network.WithParameters(parameters);
        }
    }

    /// <summary>One layer's outputs <c>g(W·input + b)</c>; fills <paramref name="z"/> with <c>W·input + b</c> when given.</summary>
    internal static double[] Layer(Layer layer, double[] input, double[]? z)
    {
        var output = new double[layer.Outputs];
        for (int i = 0; i < layer.Outputs; i++)
        {
            double sum = layer.Biases[i];
            for (int j = 0; j < layer.Inputs; j++)
            {
                sum += layer.Weights[i * layer.Inputs + j] * input[j];
            }

            if (z is not null)
            {
                z[i] = sum;
            }

            output[i] = layer.Activation.Function(sum);
        }

        return output;
    }

    private static int[] Offsets(Network network)
    {
        var offsets = new int[network.Layers.Length];
        for (int l = 1; l < offsets.Length; l++)
        {
            offsets[l] = offsets[l - 1] + network.Layers[l - 1].ParameterCount;
        }

        return offsets;
    }

    private static void Check(Network network, Examples examples)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Inputs[0].Length != network.InputCount || examples.Targets[0].Length != network.OutputCount)
        {
            throw new ArgumentException(
                $"The examples have {examples.Inputs[0].Length} inputs and {examples.Targets[0].Length} targets each, but the network reads {network.InputCount} and outputs {network.OutputCount}: build the network with sizes [{examples.Inputs[0].Length}, …, {examples.Targets[0].Length}].",
                nameof(examples));
        }
    }
}
