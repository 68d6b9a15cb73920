namespace NanoNeuron.Optimization;

/// <summary>A neuron as the parameter list θ = [w, b], for the objectives of neurons.</summary>
internal static class NeuronParameters
{
    public static string Name(int index) => index == 0 ? "w" : "b";

    public static void Write(Neuron model, Span<double> parameters)
    {
        Guard.Model(model);
        parameters[0] = model.Weight;
        parameters[1] = model.Bias;
    }

    public static Neuron Read(ReadOnlySpan<double> parameters) => new(parameters[0], parameters[1]);
}
