namespace NanoNeuron.Notebooks;

/// <summary>Lesson 06's checkers.</summary>
public static partial class TryIt
{
    /// <summary>Lesson 06: the gradients at <see cref="ExerciseNeuron"/> on the training data.</summary>
    public static Feedback Gradients(double dW, double dB)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        var expected = Propagation.BackwardPropagation(Propagation.ForwardPropagation(ExerciseNeuron, train), train);
        if (Close(dW, expected.DW) && Close(dB, expected.DB))
        {
            return Feedback.Right($"∂J/∂w = {Format(expected.DW)}, ∂J/∂b = {Format(expected.DB)}: positive, so the cost falls if w and b get smaller.");
        }

        if (Close(dW, -expected.DW) && Close(dB, -expected.DB))
        {
            return Feedback.Hint("that is the original's sign: it sums (y − ŷ), the negative gradient. The gradient sums (ŷ − y).");
        }

        return Close(dW, expected.DW * train.Count) && Close(dB, expected.DB * train.Count)
            ? Feedback.Hint($"those are sums: divide by m = {train.Count} for the average gradient.")
            : Feedback.Hint($"expected ∂J/∂w = {Format(expected.DW)} and ∂J/∂b = {Format(expected.DB)}: average (ŷ − y)·x and (ŷ − y) over the examples.");
    }
}
