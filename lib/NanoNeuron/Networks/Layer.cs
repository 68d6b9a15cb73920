using System.Collections.Immutable;
using System.Globalization;
using NanoNeuron.Activations;

namespace NanoNeuron.Networks;

/// <summary>One layer of a network: every neuron in it sees every input of the layer.</summary>
/// <remarks><c>aᵢ = g(Σⱼ Wᵢⱼ·xⱼ + bᵢ)</c>: NanoNeuron, several times over, followed by an activation g.</remarks>
public sealed record Layer
{
    /// <summary>Builds a layer after checking that the shapes agree.</summary>
    /// <param name="inputs">How many values the layer reads.</param>
    /// <param name="weights">Row-major, one row per neuron: <c>W[i·inputs + j]</c> links input j to neuron i.</param>
    /// <param name="biases">One bias per neuron.</param>
    /// <param name="activation">g, applied to every neuron's z.</param>
    /// <exception cref="ArgumentException">Shapes that disagree or a value that is not finite.</exception>
    public Layer(int inputs, ImmutableArray<double> weights, ImmutableArray<double> biases, Activation activation)
    {
        ArgumentNullException.ThrowIfNull(activation);
        int neurons = biases.IsDefault ? 0 : biases.Length;
        long needed = (long)inputs * neurons;
        if (inputs < 1)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"inputs is {inputs}: a layer reads at least 1 input. Build layers with Network.Random, or pass the number of values each neuron reads."),
                nameof(inputs));
        }

        if (neurons < 1)
        {
            throw new ArgumentException(
                $"biases is {(biases.IsDefault ? "default (no array)" : "empty")}: a layer needs at least 1 neuron, and each neuron one bias. Build layers with Network.Random, or pass one bias per neuron and inputs × neurons weights.",
                nameof(biases));
        }

        if (weights.IsDefault || weights.Length != needed)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A layer with {inputs} inputs and {neurons} neurons needs inputs × neurons = {needed:N0} weights, but weights {(weights.IsDefault ? "is default (no array)" : $"has {weights.Length:N0}")}: build layers with Network.Random or pass matching arrays."),
                nameof(weights));
        }

        Guard.Finite(weights.AsSpan(), nameof(weights));
        Guard.Finite(biases.AsSpan(), nameof(biases));
        Inputs = inputs;
        Weights = weights;
        Biases = biases;
        Activation = activation;
    }

    /// <summary>How many values the layer reads.</summary>
    public int Inputs { get; }

    /// <summary>How many neurons (and so outputs) it has.</summary>
    public int Outputs => Biases.Length;

    /// <summary>W, row-major: <c>W[i·Inputs + j]</c>.</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>b, one per neuron.</summary>
    public ImmutableArray<double> Biases { get; }

    /// <summary>g.</summary>
    public Activation Activation { get; }

    /// <summary>How many numbers training adjusts: weights and biases.</summary>
    public int ParameterCount => Weights.Length + Biases.Length;

    /// <summary>The layer's outputs for one input: <c>aᵢ = g(zᵢ)</c> with <c>zᵢ = Σⱼ Wᵢⱼ·inputⱼ + bᵢ</c>.</summary>
    /// <remarks>Only the lengths are checked: values that are not finite go through as they are.</remarks>
    /// <param name="input">The values the layer reads, <see cref="Inputs"/> of them.</param>
    /// <param name="z">Receives each neuron's z (kept for backpropagation), <see cref="Outputs"/> of them; empty to skip.</param>
    /// <param name="output">Receives each neuron's output a, <see cref="Outputs"/> of them.</param>
    /// <exception cref="ArgumentException">A span of another length than the one given for it above.</exception>
    public void Forward(ReadOnlySpan<double> input, Span<double> z, Span<double> output)
    {
        Length(input.Length, Inputs, nameof(input), "inputs");
        if (!z.IsEmpty)
        {
            Length(z.Length, Outputs, nameof(z), "neurons");
        }

        Length(output.Length, Outputs, nameof(output), "neurons");
        for (int i = 0; i < Outputs; i++)
        {
            double sum = Biases[i];
            for (int j = 0; j < Inputs; j++)
            {
                sum += Weights[i * Inputs + j] * input[j];
            }

            if (!z.IsEmpty)
            {
                z[i] = sum;
            }

            output[i] = Activation.Function(sum);
        }
    }

    private static void Length(int length, int expected, string name, string what)
    {
        if (length != expected)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"{name} has {length} values, but the layer has {expected} {what}: pass a span of exactly {expected} values."),
                name);
        }
    }
}
