namespace NanoNeuron.Notebooks;

/// <summary>Lesson 14's checkers.</summary>
public static partial class TryIt
{
    /// <summary>Lesson 14: a network trained on XOR; it passes when every prediction is within 0.1 of its target.</summary>
    public static Feedback Xor(Network trained)
    {
        ArgumentNullException.ThrowIfNull(trained);
        if (trained.InputCount != 2 || trained.OutputCount != 1)
        {
            return Feedback.Hint($"XOR has two inputs and one output; your network has {trained.InputCount} and {trained.OutputCount}. Build it with sizes [2, …, 1].");
        }

        var xor = Examples.Xor;
        var wrong = Enumerable.Range(0, xor.Count)
            .Where(i => !(Math.Abs(trained.Predict(xor.Inputs[i].AsSpan())[0] - xor.Targets[i][0]) <= 0.1))
            .Select(i => $"({xor.Inputs[i][0]}, {xor.Inputs[i][1]}) → {Format(trained.Predict(xor.Inputs[i].AsSpan())[0])}")
            .ToList();
        if (wrong.Count == 0)
        {
            return Feedback.Right($"all four within 0.1 of 0, 1, 1, 0 with {trained.ParameterCount} parameters.");
        }

        if (trained.Layers.Length == 1)
        {
            return Feedback.Hint("a network without a hidden layer draws one straight plane, and no plane separates XOR: add a hidden layer, such as [2, 2, 1].");
        }

        return trained.Layers.Take(trained.Layers.Length - 1).All(layer => layer.Activation == Activation.Identity)
            ? Feedback.Hint("linear hidden layers add up to one linear layer: give the hidden layer an activation such as Activation.Tanh.")
            : Feedback.Hint($"not there yet: {string.Join(", ", wrong)}. Train longer, try another learning rate, or another seed.");
    }
}
