using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using NanoNeuron.Optimization;

namespace NanoNeuron;

/// <summary>
/// The original's cost of a <see cref="Neuron"/> as the engine sees it: the average squared error on a data set, with
/// θ = [w, b]. This is how the one neuron plugs into the one training loop, <see cref="Trainer.Train"/>.
/// </summary>
/// <remarks>
/// <para><c>J = (1/m)·Σ (yᵢ − ŷᵢ)²/2</c>, <c>∂J/∂w = (1/m)·Σ (ŷᵢ − yᵢ)·xᵢ</c>, <c>∂J/∂b = (1/m)·Σ (ŷᵢ − yᵢ)</c>, with ŷᵢ = xᵢ·w + b.</para>
/// <para>Computed by <see cref="Propagation.ForwardPropagation(Neuron, DataSet)"/> and
/// <see cref="Propagation.BackwardPropagation(ForwardResult, DataSet)"/>'s own loops, bit for bit, without allocating:
/// over every example, or over a batch's examples copied in batch order.</para>
/// <para>Not safe to share between runs at the same time: it keeps its scratch arrays (so that an epoch allocates
/// nothing), and two threads filling them at once get each other's numbers. Give each concurrent run its own
/// <c>new NeuronObjective(data)</c>; one after another, one instance serves any number of runs.</para>
/// </remarks>
public sealed class NeuronObjective : IObjective<Neuron>
{
    private readonly ImmutableArray<double> x;
    private readonly ImmutableArray<double> y;
    private readonly double[] predictions;
    private readonly double[] batchX;
    private readonly double[] batchY;

    /// <summary>The cost on <paramref name="data"/>.</summary>
    public NeuronObjective(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        x = data.X; // a DataSet is immutable: no copy needed
        y = data.Y;
        predictions = new double[x.Length];
        batchX = new double[x.Length];
        batchY = new double[x.Length];
    }

    /// <inheritdoc/>
    public int ParameterCount => 2;

    /// <inheritdoc/>
    public int ExampleCount => x.Length;

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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double CostAndGradient(ReadOnlySpan<double> parameters, ReadOnlySpan<int> batch, Span<double> gradient)
    {
        var model = Model(parameters);
        NeuronParameters.CheckGradient(gradient, batch, x.Length);
        ReadOnlySpan<double> inputs = x.AsSpan();
        ReadOnlySpan<double> targets = y.AsSpan();
        if (!batch.IsEmpty)
        {
            for (int n = 0; n < batch.Length; n++)
            {
                batchX[n] = inputs[batch[n]];
                batchY[n] = targets[batch[n]];
            }

            inputs = batchX.AsSpan(0, batch.Length);
            targets = batchY.AsSpan(0, batch.Length);
        }

        double cost = Propagation.Forward(model, inputs, targets, predictions);
        var gradients = Propagation.Backward(predictions, inputs, targets);
        gradient[0] = gradients.DW;
        gradient[1] = gradients.DB;
        return cost;
    }
}
