using NanoNeuron.Data;
using NanoNeuron.Optimization;

namespace NanoNeuron.Networks;

/// <summary>
/// The squared error of a network of a given shape on some examples, with θ = every weight and bias in
/// the order of <see cref="Network.Parameters"/>; the gradient comes from <see cref="Backpropagation"/>.
/// </summary>
/// <remarks><c>J = (1/m)·Σ Σₖ (yₖ − ŷₖ)²/2</c>: NanoNeuron's cost summed over the outputs.</remarks>
public sealed class NetworkObjective : IObjective<Network>
{
    private readonly Network shape;
    private readonly Examples examples;

    /// <summary>The cost of networks shaped like <paramref name="shape"/> (its layer sizes and activations) on <paramref name="examples"/>.</summary>
    /// <exception cref="ArgumentException">Examples whose inputs or targets do not fit the network.</exception>
    public NetworkObjective(Network shape, Examples examples)
    {
        Backpropagation.Check(shape, examples);
        this.shape = shape;
        this.examples = examples;
    }

    /// <inheritdoc/>
    public int ParameterCount => shape.ParameterCount;

    /// <inheritdoc/>
    public int ExampleCount => examples.Count;

    /// <inheritdoc/>
    public string ParameterName(int index)
    {
        ObjectiveGuard.Index(index, ParameterCount);
        return Invariant($"θ[{index}]");
    }

    /// <inheritdoc/>
    public void GetParameters(Network model, Span<double> parameters)
    {
        ArgumentNullException.ThrowIfNull(model);
        bool sameShape = model.Layers.Length == shape.Layers.Length && model.Layers.Zip(shape.Layers).All(pair =>
            pair.First.Inputs == pair.Second.Inputs && pair.First.Outputs == pair.Second.Outputs && pair.First.Activation == pair.Second.Activation);
        if (!sameShape)
        {
            throw new ArgumentException(
                "The model's layers differ from the network this objective was built for: build the objective from the network you train, new NetworkObjective(network, examples).",
                nameof(model));
        }

        ObjectiveGuard.Parameters(parameters, ParameterCount);
        model.Parameters().AsSpan().CopyTo(parameters);
    }

    /// <inheritdoc/>
    public Network Model(ReadOnlySpan<double> parameters) => shape.WithParameters(parameters);

    /// <inheritdoc/>
    public double Cost(ReadOnlySpan<double> parameters) => CostAndGradient(parameters, [], new double[parameters.Length]);

    /// <inheritdoc/>
    /// <remarks>Parameters that are no longer finite (training diverged) give a cost of NaN, for the trainer to report.</remarks>
    /// <exception cref="ArgumentException">Parameters or a gradient that are not <see cref="ParameterCount"/> long, or a batch index outside 0 to m − 1.</exception>
    public double CostAndGradient(ReadOnlySpan<double> parameters, ReadOnlySpan<int> batch, Span<double> gradient)
    {
        ObjectiveGuard.Parameters(parameters, ParameterCount);
        ObjectiveGuard.Gradient(gradient, ParameterCount);
        ObjectiveGuard.Batch(batch, examples.Count);
        foreach (double parameter in parameters)
        {
            if (!double.IsFinite(parameter))
            {
                return double.NaN;
            }
        }

        return Backpropagation.Gradient(Model(parameters), examples, batch, gradient);
    }
}
