namespace NanoNeuron.Notebooks;

/// <summary>Lesson 05's checkers.</summary>
public static partial class TryIt
{
    /// <summary>Lesson 05: the average cost of <see cref="ExerciseNeuron"/> on the training data, computed with a loop.</summary>
    public static Feedback AverageCost(double cost)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        double expected = Propagation.ForwardPropagation(ExerciseNeuron, train).Cost;
        if (Close(cost, expected))
        {
            return Feedback.Right($"J = {Format(expected)}, the same as Propagation.ForwardPropagation gives.");
        }

        return Close(cost, expected * train.Count)
            ? Feedback.Hint($"{Format(cost)} is the total cost: divide by m = {train.Count} for the average.")
            : Feedback.Hint($"expected {Format(expected)}, got {Format(cost)}: add PredictionCost(y, model.Predict(x)) over every example, then divide by m.");
    }
}
