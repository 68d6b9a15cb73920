namespace NanoNeuron.Exercises;

/// <summary>Forward propagation: predictions and the average cost in one pass. The predict-then-run questions and the "Try it" checker.</summary>
public static class ForwardPropagationExercises
{
    /// <summary>The neuron the exercises on the two passes ask about: w = 2, b = 30.</summary>
    public static Neuron ExerciseNeuron { get; } = new(2, 30);

    /// <summary>The average cost of <see cref="ExerciseNeuron"/> on the training data, computed with a loop.</summary>
    [TryIt]
    public static Feedback AverageCost(double cost)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        double expected = Propagation.ForwardPropagation(ExerciseNeuron, train).Cost;
        if (double.IsNaN(cost))
        {
            return Feedback.Hint("fill in the loop, then replace double.NaN with the average cost, worked out from total.");
        }

        if (Judge.Close(cost, expected))
        {
            return Feedback.Right($"J = {Judge.Format(expected)}, the same as Propagation.ForwardPropagation gives.");
        }

        if (Judge.Close(cost, expected * train.Count))
        {
            return Feedback.Hint($"{Judge.Format(cost)} is the total cost: divide by m = {train.Count} for the average.");
        }

        return Judge.Close(cost, expected * 2)
            ? Feedback.Hint($"{Judge.Format(cost)} is twice the cost: halve each squared error, (y − ŷ)²/2.")
            : Feedback.Hint($"{Judge.Format(cost)} is not it yet: add Cost.PredictionCost(y, model.Predict(x)) over every example, then divide by m.");
    }

    /// <summary>The inputs the largest-error question asks about, as the letters of <see cref="LargestError"/>.</summary>
    private static readonly double[] AskedInputs = [0, 50, 99];

    /// <summary>J of a neuron 2 °F too high everywhere (1 °F too high costs 0.5).</summary>
    [Question]
    public static Feedback CostTwoDegreesTooHigh(double cost)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        return Judge.Number(cost, Propagation.ForwardPropagation(new Neuron(Temperature.Weight, Temperature.Bias + 2), train).Cost, 1e-9,
            "every example costs 2²/2 = 2, and the average of a hundred 2s is 2.",
            (1, "the error doubled, but the cost squares the error: what does doubling a number do to its square?"),
            (200, "that is the total of the hundred costs; J is their average."));
    }

    /// <summary>Which of x = 0, 50, 99 has the largest error at the original start.</summary>
    [Question]
    public static Feedback LargestError(char answer)
    {
        var start = Neuron.OriginalStart;
        double[] errors = [.. AskedInputs.Select(x => Math.Abs(Temperature.CelsiusToFahrenheit(x) - start.Predict(x)))];
        int largest = Array.IndexOf(errors, errors.Max());
        char truth = (char)('a' + largest);
        var wrong = AskedInputs.Select((x, i) => ((char)('a' + i), Invariant($"at x = {x} the error is about {errors[i]:F1} °F. Compare how steeply the untrained line rises (w = 0.9492) with the true one (1.8): what does that do to the gap between them as x changes?"))).ToArray();
        return Judge.Choice(answer, truth, Invariant($"the untrained line rises by 0.9492 °F per °C, the true one by 1.8, so the gap grows with x: about {errors[largest]:F1} °F at x = {AskedInputs[largest]}."), wrong);
    }

    /// <summary>J at the original start on the training data written out twice (m = 200).</summary>
    [Question]
    public static Feedback CostOfTheDataTwice(double cost)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        var twice = new DataSet(train.X.Concat(train.X), train.Y.Concat(train.Y));
        double once = Propagation.ForwardPropagation(Neuron.OriginalStart, train).Cost;
        return Judge.Number(cost, Propagation.ForwardPropagation(Neuron.OriginalStart, twice).Cost, 0.5,
            "J is an average: twice as many examples with the same errors have the same average, about 3014.3.",
            (2 * once, "the total doubles, but so does m: the average stays the same."),
            (once / 2, "each example costs what it did; only the number of them doubles, and the average divides by it."));
    }
}
