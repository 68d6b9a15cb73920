using NanoNeuron.Optimization;

namespace NanoNeuron;

/// <summary>A neuron as the parameter list θ = [w, b], for the objectives of neurons.</summary>
internal static class NeuronParameters
{
    public static string Name(int index)
    {
        ObjectiveGuard.Index(index, 2);
        return index == 0 ? "w" : "b";
    }

    /// <summary>Checks a caller's gradient buffer and batch before a neuron objective writes or reads them.</summary>
    public static void CheckGradient(Span<double> gradient, ReadOnlySpan<int> batch, int examples)
    {
        ObjectiveGuard.Gradient(gradient, 2);
        ObjectiveGuard.Batch(batch, examples);
    }

    public static void Write(Neuron model, Span<double> parameters)
    {
        NeuronGuard.Finite(model);
        ObjectiveGuard.Parameters(parameters, 2);
        parameters[0] = model.Weight;
        parameters[1] = model.Bias;
    }

    public static Neuron Read(ReadOnlySpan<double> parameters)
    {
        ObjectiveGuard.Parameters(parameters, 2);
        return new(parameters[0], parameters[1]);
    }
}
