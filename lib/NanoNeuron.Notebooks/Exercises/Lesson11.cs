using System.Numerics.Tensors;
using NanoNeuron.Vectorized;

namespace NanoNeuron.Notebooks;

/// <summary>Lesson 11's checkers.</summary>
public static partial class TryIt
{
    /// <summary>Lesson 11: backward propagation with <see cref="TensorPrimitives"/>, <c>(errors, x) => gradients</c>, where errors are ŷ − y.</summary>
    public static Feedback VectorizedGradients(Func<double[], double[], Gradients> backward)
    {
        ArgumentNullException.ThrowIfNull(backward);
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        double[] x = [.. train.X];
        var errors = new double[x.Length];
        TensorPropagation.ForwardPropagation(ExerciseNeuron, x, [.. train.Y], new double[x.Length], errors);
        var expected = TensorPropagation.BackwardPropagation(errors, x);
        var answer = backward(errors, x);
        if (Close(answer.DW, expected.DW) && Close(answer.DB, expected.DB))
        {
            return Feedback.Right($"∂J/∂w = Dot(errors, x)/m = {Format(expected.DW)}, ∂J/∂b = Sum(errors)/m = {Format(expected.DB)}: two calls, no loop.");
        }

        if (Close(answer.DW, expected.DW * x.Length) && Close(answer.DB, expected.DB * x.Length))
        {
            return Feedback.Hint($"those are sums: divide both by m = {x.Length}.");
        }

        return Close(answer.DW, expected.DB) && Close(answer.DB, expected.DW)
            ? Feedback.Hint("∂J/∂w and ∂J/∂b are swapped: Gradients(DW, DB) takes the weight's first.")
            : Feedback.Hint($"expected ∂J/∂w = {Format(expected.DW)} and ∂J/∂b = {Format(expected.DB)}: use TensorPrimitives.Dot(errors, x) and TensorPrimitives.Sum(errors), each divided by m.");
    }
}
