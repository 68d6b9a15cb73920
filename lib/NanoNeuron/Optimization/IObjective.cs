namespace NanoNeuron.Optimization;

/// <summary>
/// What training makes small: a model's cost on some examples, as a function of its parameters, and the
/// gradient of that cost. Every model of the course (the neuron, the neuron with several inputs, the logistic neuron,
/// the network) plugs into the one loop, <see cref="Trainer.Train"/>, through one of these.
/// </summary>
/// <remarks>
/// <para>The parameters θ are a flat list of numbers (for a neuron <c>[w, b]</c>); the objective says how a model
/// becomes such a list and back. The cost is the average over the examples, <c>J(θ) = (1/m)·Σ costᵢ(θ)</c>.</para>
/// <para>An objective may keep scratch buffers between calls, so one instance serves one training run at a time.</para>
/// <para>The course's objectives refuse a parameter or gradient span of another length than <see cref="ParameterCount"/>,
/// a batch index outside 0 to <see cref="ExampleCount"/> − 1 and a parameter index outside 0 to
/// <see cref="ParameterCount"/> − 1 with an <see cref="ArgumentException"/>. Parameters that are not finite are not
/// refused: their cost is NaN or infinite, which <see cref="Trainer.Train"/> reports as a divergence.</para>
/// </remarks>
/// <typeparam name="TModel">The model trained, such as the one neuron.</typeparam>
public interface IObjective<TModel>
{
    /// <summary>How many numbers training adjusts.</summary>
    int ParameterCount { get; }

    /// <summary>m, how many examples the cost averages over.</summary>
    int ExampleCount { get; }

    /// <summary>A name for parameter <paramref name="index"/> in reports, such as "w" or "b".</summary>
    string ParameterName(int index);

    /// <summary>Writes <paramref name="model"/>'s parameters into <paramref name="parameters"/>.</summary>
    /// <exception cref="ArgumentException">A model that is not finite or does not fit the objective (for example a network of another shape).</exception>
    void GetParameters(TModel model, Span<double> parameters);

    /// <summary>The model with these parameters.</summary>
    TModel Model(ReadOnlySpan<double> parameters);

    /// <summary>The average cost over every example, <c>J(θ)</c>.</summary>
    double Cost(ReadOnlySpan<double> parameters);

    /// <summary>
    /// The average cost over the examples listed in <paramref name="batch"/> (every example when it is empty), and
    /// its gradient, written into <paramref name="gradient"/>.
    /// </summary>
    /// <remarks><c>∂J/∂θₚ = (1/|batch|)·Σᵢ ∂costᵢ/∂θₚ</c> over the examples i in the batch.</remarks>
    double CostAndGradient(ReadOnlySpan<double> parameters, ReadOnlySpan<int> batch, Span<double> gradient);
}
