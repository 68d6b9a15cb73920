using System.Collections.Immutable;
using System.Globalization;
using NanoNeuron.Activations;

namespace NanoNeuron.Networks;

/// <summary>A small multi-layer network, written from scratch. Immutable: training returns a new one.</summary>
/// <param name="Layers">From input to output; each layer reads what the one before it outputs.</param>
/// <remarks>
/// Every way of building one (the constructor, <c>with</c>, <see cref="Random"/>) checks that there is at least one
/// layer, none is null, and each layer reads exactly as many values as the one before it outputs.
/// </remarks>
public sealed record Network(ImmutableArray<Layer> Layers)
{
    /// <summary>The most weights and biases a network may have: the longest array .NET can allocate.</summary>
    public static readonly int MaxParameters = Array.MaxLength;

    /// <summary>The most layers <see cref="Random"/> builds: 10,000, far deeper than anything this course trains.</summary>
    public const int MaxLayers = 10_000;

    private readonly ImmutableArray<Layer> layers = Checked(Layers, nameof(Layers));

    /// <summary>From input to output; each layer reads what the one before it outputs.</summary>
    /// <exception cref="ArgumentException">No layers, a null layer, or a layer that reads a different number of values than the one before it outputs.</exception>
    public ImmutableArray<Layer> Layers
    {
        get => layers;
        init => layers = Checked(value, nameof(Layers));
    }

    private static ImmutableArray<Layer> Checked(ImmutableArray<Layer> layers, string parameter)
    {
        if (layers.IsDefaultOrEmpty)
        {
            throw new ArgumentException(
                "Layers is empty: a network needs at least one layer. Build one with Network.Random([inputs, …, outputs], activation).",
                parameter);
        }

        long parameters = 0;
        for (int l = 0; l < layers.Length; l++)
        {
            if (layers[l] is null)
            {
                throw new ArgumentException(
                    Invariant($"Layers[{l}] is null: every layer must be a Layer; build them with new Layer(…) or use Network.Random."),
                    parameter);
            }

            if (l > 0 && layers[l].Inputs != layers[l - 1].Outputs)
            {
                throw new ArgumentException(
                    Invariant($"Layers[{l - 1}] outputs {layers[l - 1].Outputs} values but Layers[{l}] reads {layers[l].Inputs}: each layer must read exactly what the one before it outputs. Give Layers[{l}] {layers[l - 1].Outputs} inputs, or Layers[{l - 1}] {layers[l].Inputs} neurons."),
                    parameter);
            }

            parameters += layers[l].ParameterCount;
        }

        if (parameters > MaxParameters)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"The layers have {parameters:N0} weights and biases in all, more than the {MaxParameters:N0} one array can hold: use smaller layers."),
                parameter);
        }

        return layers;
    }

    /// <summary>
    /// A network with layer sizes <paramref name="sizes"/> (inputs first), <paramref name="hidden"/> on the hidden
    /// layers and no activation on the output, so that it can output any number.
    /// </summary>
    /// <remarks>
    /// Every weight and bias starts uniform in <c>±1/√inputs</c> of its layer, from a seeded generator. Two sizes
    /// (such as <c>[2, 1]</c>) mean no hidden layer, so <paramref name="hidden"/> would have nothing to act on: it must
    /// then be <see cref="Activation.Identity"/>, so that a network asked for with tanh never silently comes out linear.
    /// </remarks>
    /// <exception cref="ArgumentException">Fewer than two sizes or more than <see cref="MaxLayers"/> + 1 (read one more at most), a size below 1, more weights and biases than <see cref="MaxParameters"/>, or an activation other than Identity with no hidden layer.</exception>
    public static Network Random(IReadOnlyList<int> sizes, Activation hidden, int seed = Hyperparameters.Seed)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        ArgumentNullException.ThrowIfNull(hidden);
        sizes = [.. Guard.AtMost(sizes, MaxLayers + 1, Invariant($"a network has at most {MaxLayers:N0} layers (Network.MaxLayers), so at most {MaxLayers + 1:N0} sizes"), nameof(sizes))];
        if (sizes.Count < 2 || sizes.Any(size => size < 1))
        {
            throw new ArgumentException(
                Invariant($"sizes is {Listed(sizes)}: give the number of inputs, then each layer's number of neurons, all at least 1 — for example [1, 8, 1]."),
                nameof(sizes));
        }

        if (sizes.Count == 2 && hidden != Activation.Identity)
        {
            throw new ArgumentException(
                Invariant($"sizes [{sizes[0]}, {sizes[1]}] have no hidden layer, so the activation {Tools.PrintableText.Escape(hidden.Name)} would never be used and the network would be one linear layer: add a hidden layer, such as [{sizes[0]}, 2, {sizes[1]}], or pass Activation.Identity to ask for the linear layer on purpose."),
                nameof(hidden));
        }

        long total = 0;
        for (int l = 1; l < sizes.Count; l++)
        {
            long weights = (long)sizes[l - 1] * sizes[l];
            total += weights + sizes[l];
            if (weights > MaxParameters || total > MaxParameters)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"sizes {Listed(sizes)} ask for {(weights > MaxParameters ? weights : total):N0} {(weights > MaxParameters ? "weights in one layer" : "weights and biases")}, but a network can hold at most {MaxParameters:N0}: use smaller layers."),
                    nameof(sizes));
            }
        }

        Guard.Seed(seed);
        var random = new Random(seed);
        double Draw(int inputs) => (random.NextDouble() * 2 - 1) / Math.Sqrt(inputs);
        var layers = Enumerable.Range(1, sizes.Count - 1).Select(l =>
        {
            int inputs = sizes[l - 1];
            ImmutableArray<double> weights = [.. Enumerable.Range(0, inputs * sizes[l]).Select(_ => Draw(inputs))];
            ImmutableArray<double> biases = [.. Enumerable.Range(0, sizes[l]).Select(_ => Draw(inputs))];
            return new Layer(inputs, weights, biases, l == sizes.Count - 1 ? Activation.Identity : hidden);
        });
        return new Network([.. layers]);
    }

    /// <summary>Layer sizes as a message shows them: [1, 8, 1], the first ten and how many there are when there are more.</summary>
    private static string Listed(IReadOnlyList<int> sizes) => string.Create(CultureInfo.InvariantCulture,
        $"[{string.Join(", ", sizes.Take(10).Select(size => size.ToString(CultureInfo.InvariantCulture)))}{(sizes.Count > 10 ? $", … ({sizes.Count:N0} sizes)" : "")}]");

    /// <summary>How many inputs the network reads.</summary>
    public int InputCount => Layers[0].Inputs;

    /// <summary>How many outputs it gives.</summary>
    public int OutputCount => Layers[^1].Outputs;

    /// <summary>How many numbers training adjusts.</summary>
    public int ParameterCount => Layers.Sum(layer => layer.ParameterCount);

    /// <summary>Every weight and bias in one list: layer by layer, each layer's weights then its biases.</summary>
    public ImmutableArray<double> Parameters() =>
        [.. Layers.SelectMany(layer => layer.Weights.Concat(layer.Biases))];

    /// <summary>The same shape with other parameters, in the order of <see cref="Parameters"/>.</summary>
    /// <exception cref="ArgumentException">The wrong number of parameters, or one that is not finite.</exception>
    public Network WithParameters(ReadOnlySpan<double> parameters)
    {
        if (parameters.Length != ParameterCount)
        {
            throw new ArgumentException(
                Invariant($"The network has {ParameterCount} parameters but {parameters.Length} were given: pass one value per weight and bias, in the order of Parameters()."),
                nameof(parameters));
        }

        var layers = ImmutableArray.CreateBuilder<Layer>(Layers.Length);
        int offset = 0;
        foreach (var layer in Layers)
        {
            ImmutableArray<double> weights = [.. parameters.Slice(offset, layer.Weights.Length)];
            offset += layer.Weights.Length;
            ImmutableArray<double> biases = [.. parameters.Slice(offset, layer.Biases.Length)];
            offset += layer.Biases.Length;
            layers.Add(new Layer(layer.Inputs, weights, biases, layer.Activation));
        }

        return new Network(layers.MoveToImmutable());
    }

    /// <summary>The network's outputs for one input.</summary>
    /// <exception cref="ArgumentException">An input of the wrong length, a value that is not finite, an input so large that an output overflows, or an activation that returns a value that is not finite.</exception>
    public ImmutableArray<double> Predict(ReadOnlySpan<double> input)
    {
        if (input.Length != InputCount)
        {
            throw new ArgumentException(Invariant($"The network reads {InputCount} inputs but {input.Length} were given."), nameof(input));
        }

        Guard.Finite(input, nameof(input));
        var outputs = PredictUnchecked(input);
        for (int k = 0; k < outputs.Length; k++)
        {
            if (!double.IsFinite(outputs[k]))
            {
                throw new ArgumentException(
                    Invariant($"Output {k} is {Guard.Format(outputs[k])}: either the input is so large that W·x + b no longer fits in a double (scale the inputs, for example with a Standardizer, before predicting), or an activation ({string.Join(", ", Layers.Select(layer => Tools.PrintableText.Escape(layer.Activation.Name)).Distinct())}) returned a value that is not finite (check its formula)."),
                    nameof(input));
            }
        }

        return outputs;
    }

    /// <summary>The outputs, whatever they are: training checks the cost instead.</summary>
    internal ImmutableArray<double> PredictUnchecked(ReadOnlySpan<double> input)
    {
        double[] values = input.ToArray();
        foreach (var layer in Layers)
        {
            var outputs = new double[layer.Outputs];
            layer.Forward(values, [], outputs);
            values = outputs;
        }

        return [.. values];
    }

    /// <summary>The output of a network with one input and one output.</summary>
    /// <exception cref="ArgumentException">The network does not have exactly one input and one output.</exception>
    public double Predict(double x)
    {
        if (InputCount != 1 || OutputCount != 1)
        {
            throw new ArgumentException(
                Invariant($"Predict(double) is for networks with one input and one output; this one has {InputCount} and {OutputCount}. Call Predict([x₁, x₂, …]) instead."),
                nameof(x));
        }

        return Predict([x])[0];
    }
}
