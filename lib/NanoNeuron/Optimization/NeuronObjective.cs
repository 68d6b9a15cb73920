using System.Collections.Immutable;
namespace NanoNeuron.Optimization;

/// <summary>The original's cost of a <see cref="Neuron"/>: the average squared error on a data set, with θ = [w, b].</summary>
/// <remarks>
/// <para><c>J = (1/m)·Σ (yᵢ − ŷᵢ)²/2</c>, <c>∂J/∂w = (1/m)·Σ (ŷᵢ − yᵢ)·xᵢ</c>, <c>∂J/∂b = (1/m)·Σ (ŷᵢ − yᵢ)</c>, with ŷᵢ = xᵢ·w + b.</para>
/// <para>Over every example these are <see cref="Propagation.ForwardPropagation(Neuron, DataSet)"/> and
/// <see cref="Propagation.BackwardPropagation(ForwardResult, DataSet)"/>, bit for bit, without allocating.</para>
/// </remarks>
public sealed class NeuronObjective : IObjective<Neuron>
{
    private readonly ImmutableArray<double> x;
    private readonly ImmutableArray<double> y;
    private readonly double[] predictions;

    /// <summary>The cost on <paramref name="data"/>.</summary>
    public NeuronObjective(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        x = data.X; // a DataSet is immutable: no copy needed
        y = data.Y;
        predictions = new double[x.Length];
    }

    /// <inheritdoc/>
    public int ParameterCount => 2;

    /// <inheritdoc/>
    public int ExampleCount => x.Length;

    /// <inheritdoc/>
    public double LargestStableLearningRate => DivergenceCheck.LargestStable(x.AsSpan());

    /// <inheritdoc/>
    public string ParameterName(int index) => NeuronParameters.Name(index);

    /// <inheritdoc/>
    public void GetParameters(Neuron model, Span<double> parameters) => NeuronParameters.Write(model, parameters);

    /// <inheritdoc/>
    public Neuron Model(ReadOnlySpan<double> parameters) => NeuronParameters.Read(parameters);

    /// <inheritdoc/>
    public double Cost(ReadOnlySpan<double> parameters) => Propagation.Forward(Model(parameters), x.AsSpan(), y.AsSpan(), predictions);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">Parameters or a gradient that are not 2 long, or a batch index outside 0 to m − 1.</exception>
    public double CostAndGradient(ReadOnlySpan<double> parameters, ReadOnlySpan<int> batch, Span<double> gradient)
    {
        var model = Model(parameters);
        NeuronParameters.CheckGradient(gradient, batch, x.Length);
        if (batch.IsEmpty)
        {
            double cost = Propagation.Forward(model, x.AsSpan(), y.AsSpan(), predictions);
            var gradients = Propagation.Backward(predictions, x.AsSpan(), y.AsSpan());
            gradient[0] = gradients.DW;
            gradient[1] = gradients.DB;
            return cost;
        }

        double sum = 0;
        double dW = 0;
        double dB = 0;
        foreach (int i in batch)
        {
            double prediction = model.Predict(x[i]);
            sum += NanoNeuron.Cost.PredictionCost(y[i], prediction);
            dW += (prediction - y[i]) * x[i];
            dB += prediction - y[i];
        }

        gradient[0] = dW / batch.Length;
        gradient[1] = dB / batch.Length;
        return sum / batch.Length;
    }
}
