using System.Collections.Immutable;
using NanoNeuron.Optimization;

namespace NanoNeuron;

/// <summary>The engine's gradient check, for the one neuron: <c>GradientCheck.Compare(model, data)</c>.</summary>
public static class NeuronGradientCheck
{
    extension(GradientCheck)
    {
        /// <summary>Compares the neuron's gradients (<see cref="Propagation.BackwardPropagation(ForwardResult, DataSet)"/>) with central differences.</summary>
        /// <exception cref="ArgumentException">Bad data, a model that is not finite, a step that is not positive and finite, or a cost or slope that overflows.</exception>
        public static ImmutableArray<GradientComparison> Compare(Neuron model, DataSet data, double step = GradientCheck.DefaultStep) =>
            GradientCheck.Compare(new NeuronObjective(data), model, step);
    }
}
