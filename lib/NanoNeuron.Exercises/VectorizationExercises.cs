using System.Numerics.Tensors;
using NanoNeuron.Vectorized;

namespace NanoNeuron.Exercises;

/// <summary>Vectorization: the passes as TensorPrimitives calls. The predict-then-run questions and the "Try it" checker.</summary>
public static class VectorizationExercises
{
    /// <summary>Backward propagation with <see cref="TensorPrimitives"/>, <c>(errors, x) => gradients</c>, where errors are ŷ − y.</summary>
    [TryIt]
    public static Feedback VectorizedGradients(Func<double[], double[], Gradients> backward)
    {
        ArgumentNullException.ThrowIfNull(backward);
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        double[] x = [.. train.X];
        var errors = new double[x.Length];
        TensorPropagation.ForwardPropagation(ForwardPropagationExercises.ExerciseNeuron, x, [.. train.Y], new double[x.Length], errors);
        var expected = TensorPropagation.BackwardPropagation(errors, x);
        var answer = backward(errors, x);
        if (Judge.Close(answer.DW, expected.DW) && Judge.Close(answer.DB, expected.DB))
        {
            return Feedback.Right($"∂J/∂w = Dot(errors, x)/m = {Judge.Format(expected.DW)}, ∂J/∂b = Sum(errors)/m = {Judge.Format(expected.DB)}: two calls, no loop.");
        }

        if (Judge.Close(answer.DW, expected.DW * x.Length) && Judge.Close(answer.DB, expected.DB * x.Length))
        {
            return Feedback.Hint($"those are sums: divide both by m = {x.Length}.");
        }

        return Judge.Close(answer.DW, expected.DB) && Judge.Close(answer.DB, expected.DW)
            ? Feedback.Hint("∂J/∂w and ∂J/∂b are swapped: Gradients(DW, DB) takes the weight's first.")
            : Feedback.Hint($"expected ∂J/∂w = {Judge.Format(expected.DW)} and ∂J/∂b = {Judge.Format(expected.DB)}: use TensorPrimitives.Dot(errors, x) and TensorPrimitives.Sum(errors), each divided by m.");
    }

    /// <summary>Do the vectorized predictions match the loop's (a) to the last bit, (b) to about 15 digits but not always the last bit, (c) only roughly?</summary>
    [Question]
    public static Feedback VectorizedPredictions(char answer)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        double[] x = [.. train.X];
        var predictions = new double[x.Length];
        TensorPropagation.ForwardPropagation(Neuron.OriginalStart, x, [.. train.Y], predictions, new double[x.Length]);
        var loop = Propagation.ForwardPropagation(Neuron.OriginalStart, train).Predictions;
        char truth = predictions.SequenceEqual(loop) ? 'a' : 'b';
        return Judge.Choice(answer, truth,
            "each prediction is its own x·w + b: the same multiplication and the same addition on the same two numbers, whichever instruction does it, so the bits agree.",
            ('a', "the predictions differ somewhere in the last digits."),
            ('b', "each prediction is computed on its own, one multiplication and one addition, exactly as in the loop: no order of additions to change, so the bits are identical."),
            ('c', "SIMD does the same arithmetic as the loop, only several numbers at once; nothing is approximated."));
    }

    /// <summary>Are (0.1 + 0.2) + 0.3 and 0.1 + (0.2 + 0.3) (a) the same double or (b) different?</summary>
    [Question]
    public static Feedback AdditionOrder(char answer)
    {
        double left = 0.1, middle = 0.2, right = 0.3;
        char truth = (left + middle) + right == left + (middle + right) ? 'a' : 'b';
        return Judge.Choice(answer, truth,
            $"(0.1 + 0.2) + 0.3 = {(left + middle) + right:R} but 0.1 + (0.2 + 0.3) = {left + (middle + right):R}: each addition rounds to the nearest double, so the order of additions can change the last digit.",
            ('a', "in school arithmetic they are equal, but every addition of doubles rounds its result, and the two orders round differently."),
            ('b', "here they come out equal."));
    }
}
