namespace NanoNeuron;

/// <summary>The check every use of a neuron as a starting point or a model to measure makes, with a message that says how to fix it.</summary>
internal static class NeuronGuard
{
    /// <summary>Refuses a neuron whose weight or bias is not a finite number.</summary>
    public static void Finite(Neuron model, string name = "model")
    {
        if (!model.IsFinite)
        {
            throw new ArgumentException(
                Invariant($"The {name} has Weight = {Guard.Format(model.Weight)} and Bias = {Guard.Format(model.Bias)}: both must be finite numbers; start from Neuron.RandomStart() or new Neuron(w, b) with finite w and b."),
                name);
        }
    }
}
