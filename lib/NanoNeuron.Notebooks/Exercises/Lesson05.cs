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

        if (Close(cost, expected * train.Count))
        {
            return Feedback.Hint($"{Format(cost)} is the total cost: divide by m = {train.Count} for the average.");
        }

        return Close(cost, expected * 2)
            ? Feedback.Hint($"{Format(cost)} is twice the cost: halve each squared error, (y − ŷ)²/2.")
            : Feedback.Hint($"{Format(cost)} is not it yet: add Cost.PredictionCost(y, model.Predict(x)) over every example, then divide by m.");
    }
}

/// <summary>Lesson 05's predict-then-run questions.</summary>
public static partial class Questions
{
    /// <summary>The inputs lesson 05 asks about, as the letters of <see cref="LargestError"/>.</summary>
    private static readonly double[] Lesson05Inputs = [0, 50, 99];

    /// <summary>Lesson 05: J of a neuron 2 °F too high everywhere (1 °F too high costs 0.5).</summary>
    public static Feedback CostTwoDegreesTooHigh(double cost)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        return Number(cost, Propagation.ForwardPropagation(new Neuron(Temperature.Weight, Temperature.Bias + 2), train).Cost, 1e-9,
            "every example costs 2²/2 = 2, and the average of a hundred 2s is 2.",
            (1, "the error doubled, but the cost squares it: 2²/2 = 2, four times 0.5."),
            (200, "that is the total of the hundred costs; J is their average."));
    }

    /// <summary>Lesson 05: which of x = 0, 50, 99 has the largest error at the original start.</summary>
    public static Feedback LargestError(char answer)
    {
        var start = Neuron.OriginalStart;
        double[] errors = [.. Lesson05Inputs.Select(x => Math.Abs(Temperature.CelsiusToFahrenheit(x) - start.Predict(x)))];
        int largest = Array.IndexOf(errors, errors.Max());
        char truth = (char)('a' + largest);
        var wrong = Lesson05Inputs.Select((x, i) => ((char)('a' + i), $"at x = {x} the error is about {errors[i]:F1} °F; the untrained line rises more slowly (w = 0.9492 < 1.8), so it falls further behind as x grows.")).ToArray();
        return Choice(answer, truth, $"the untrained line rises by 0.9492 °F per °C, the true one by 1.8, so the gap grows with x: about {errors[largest]:F1} °F at x = {Lesson05Inputs[largest]}.", wrong);
    }

    /// <summary>Lesson 05: J at the original start on the training data written out twice (m = 200).</summary>
    public static Feedback CostOfTheDataTwice(double cost)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        var twice = new DataSet(train.X.Concat(train.X), train.Y.Concat(train.Y));
        double once = Propagation.ForwardPropagation(Neuron.OriginalStart, train).Cost;
        return Number(cost, Propagation.ForwardPropagation(Neuron.OriginalStart, twice).Cost, 0.05,
            "J is an average: twice as many examples with the same errors have the same average, about 3014.3.",
            (2 * once, "the total doubles, but so does m: the average stays the same."),
            (once / 2, "each example costs what it did; only the number of them doubles, and the average divides by it."));
    }
}
