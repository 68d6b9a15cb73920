using NanoNeuron.Activations;
using NanoNeuron.Optimization;

namespace NanoNeuron.Classification;

/// <summary>The cross-entropy of a sigmoid neuron on labelled examples, with θ = [w, b].</summary>
/// <remarks><c>J = (1/m)·Σ [ln(1 + e^zᵢ) − yᵢ·zᵢ]</c> with zᵢ = xᵢ·w + b; <c>∂J/∂w = (1/m)·Σ (σ(zᵢ) − yᵢ)·xᵢ</c>, <c>∂J/∂b = (1/m)·Σ (σ(zᵢ) − yᵢ)</c>.</remarks>
public sealed class LogisticObjective : IObjective<Neuron>
{
    private readonly DataSet data;

    /// <summary>The cost on <paramref name="data"/>, whose targets must be 0 or 1.</summary>
    /// <exception cref="ArgumentException">A target that is not 0 or 1.</exception>
    public LogisticObjective(DataSet data)
    {
        Logistic.Check(new Neuron(0, 0), data);
        this.data = data;
    }

    /// <inheritdoc/>
    public int ParameterCount => 2;

    /// <inheritdoc/>
    public int ExampleCount => data.Count;

    /// <inheritdoc/>
    public string ParameterName(int index) => NeuronParameters.Name(index);

    /// <inheritdoc/>
    public void GetParameters(Neuron model, Span<double> parameters) => NeuronParameters.Write(model, parameters);

    /// <inheritdoc/>
    public Neuron Model(ReadOnlySpan<double> parameters) => NeuronParameters.Read(parameters);

    /// <inheritdoc/>
    public double Cost(ReadOnlySpan<double> parameters) => Logistic.AverageCost(Model(parameters), data);

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">Parameters or a gradient that are not 2 long, or a batch index outside 0 to m − 1.</exception>
    public double CostAndGradient(ReadOnlySpan<double> parameters, ReadOnlySpan<int> batch, Span<double> gradient)
    {
        var model = Model(parameters);
        NeuronParameters.CheckGradient(gradient, batch, data.Count);
        if (batch.IsEmpty)
        {
            var gradients = Logistic.AverageGradient(model, data);
            gradient[0] = gradients.DW;
            gradient[1] = gradients.DB;
            return Logistic.AverageCost(model, data);
        }

        double cost = 0;
        double dW = 0;
        double dB = 0;
        foreach (int i in batch)
        {
            double z = model.Predict(data.X[i]);
            cost += Logistic.Softplus(z) - data.Y[i] * z;
            double error = Activation.SigmoidOf(z) - data.Y[i];
            dW += error * data.X[i];
            dB += error;
        }

        gradient[0] = dW / batch.Length;
        gradient[1] = dB / batch.Length;
        return cost / batch.Length;
    }
}
