namespace NanoNeuron.Exercises;

/// <summary>Training and test readings: an honest test cost. The predict-then-run questions and the "Try it" checker.</summary>
public static class TrainTestSplitExercises
{
    /// <summary>
    /// An honest test cost, <c>readings => cost</c>: split the readings (shuffled, 70/30, the course's seed),
    /// train from the original start on the training part only, and return the cost on the test part.
    /// </summary>
    // The checker passes readings sorted by temperature, as if logged through a warming day.
    [TryIt]
    public static Feedback HonestTestCost(Func<DataSet, double> testCost)
    {
        ArgumentNullException.ThrowIfNull(testCost);
        return LearnerCode.Check(testCost, HonestTestCostOf);
    }

    private static Feedback HonestTestCostOf(Func<DataSet, double> testCost)
    {
        var sorted = SortedReadings();
        var split = DataSplit.TrainTestSplit(sorted);
        var trained = Training.TrainModel(Neuron.OriginalStart, split.Train).Model;
        double expected = Propagation.ForwardPropagation(trained, split.Test).Cost;
        double answer = testCost(sorted);
        if (Near(answer, expected))
        {
            return Feedback.Right($"J on the test readings = {Judge.Format(expected)}: measured on readings the neuron never trained on, so it is an honest estimate of how it does on new ones.");
        }

        if (Near(answer, Propagation.ForwardPropagation(trained, split.Train).Cost))
        {
            return Feedback.Hint("that is the cost on the training readings, which the neuron has already seen: measure it on split.Test.");
        }

        var onAll = Training.TrainModel(Neuron.OriginalStart, sorted).Model;
        if (Near(answer, Propagation.ForwardPropagation(onAll, sorted).Cost) || Near(answer, Propagation.ForwardPropagation(onAll, split.Test).Cost))
        {
            return Feedback.Hint("the neuron trained on every reading, the test readings too: split first with DataSplit.TrainTestSplit(readings), then train on split.Train only.");
        }

        int cut = (int)(sorted.Count * DataSplit.TrainFraction);
        var first = new DataSet(sorted.X.Take(cut), sorted.Y.Take(cut));
        var last = new DataSet(sorted.X.Skip(cut), sorted.Y.Skip(cut));
        var onCool = Training.TrainModel(Neuron.OriginalStart, first).Model;
        var lesson = NoisySplit();
        var trainedOnLessons = Training.TrainModel(Neuron.OriginalStart, lesson.Train).Model;
        if (Near(answer, Propagation.ForwardPropagation(trained, lesson.Test).Cost)
            || Near(answer, Propagation.ForwardPropagation(trainedOnLessons, lesson.Test).Cost))
        {
            return Feedback.Hint("that is a cost on the lesson's own test readings (split.Test, TestCost or testCost above), not on the readings your function is handed: split and measure the readings parameter itself.");
        }

        return Near(answer, Propagation.ForwardPropagation(onCool, last).Cost)
            ? Feedback.Hint("these readings arrive sorted by temperature, so the first 70 % are the cool ones: shuffle before splitting — DataSplit.TrainTestSplit(readings) does both.")
            : Feedback.Hint($"your function returned {Judge.Format(answer)}, which is not the cost, on the rest of the readings it was handed, of a neuron trained on part of them. "
                + "Three steps: shuffle and split the readings 70/30, train from the original start on the training part only, "
                + "then measure the cost on the other part.");
    }

    /// <summary>The course's noisy readings, split 70/30 with the course's seed.</summary>
    private static DataSets NoisySplit() => DataSplit.TrainTestSplit(Thermometer.Readings());

    /// <summary>100 noisy readings (their own seed), sorted from the coolest to the hottest.</summary>
    internal static DataSet SortedReadings()
    {
        var readings = Thermometer.Readings(100, seed: 2024);
        int[] order = [.. Enumerable.Range(0, readings.Count).OrderBy(i => readings.X[i])];
        return new DataSet(order.Select(i => readings.X[i]), order.Select(i => readings.Y[i]));
    }

    /// <summary>Within 0.1 %: training by gradient descent and <see cref="NanoNeuron.ClosedForm.LeastSquares.Fit"/> both count as right.</summary>
    private static bool Near(double actual, double expected) => Math.Abs(actual - expected) <= 1e-3 * Math.Abs(expected);

    /// <summary>After training, is the test cost (a) above, (b) below or (c) equal to the training cost?</summary>
    [Question]
    public static Feedback TestCostAgainstTrainingCost(char answer)
    {
        var split = NoisySplit();
        var trained = Training.TrainModel(Neuron.OriginalStart, split.Train);
        double test = Propagation.ForwardPropagation(trained.Model, split.Test).Cost;
        char truth = test > trained.CostAfter ? 'a' : test < trained.CostAfter ? 'b' : 'c';
        return Judge.Choice(answer, truth,
            $"{Judge.Format(test)} on the test readings against {Judge.Format(trained.CostAfter)} on the training ones. "
            + "Training pulled the line towards the training readings, noise included, and the test readings do not share that noise. "
            + "But on one split the two sets' own noise can weigh as much or more, and on another split it could tip the costs the other way: "
            + "the sections below measure how much of this gap is training's doing.",
            ('a', "the line was fitted to the training readings, noise included, so new readings usually fit it a little worse."),
            ('b', "not on this split, though on another it could be: each set has noise of its own, which can tip the comparison either way (the sections below measure it). What does training itself add to it? Which of the two sets was the line made to fit?"),
            ('c', "two averages over different readings agreeing to the last digit would be a coincidence. Which of the two sets was the line made to fit?"));
    }

    /// <summary>What does the TRUE line °F = 1.8·°C + 32 cost on the test readings: (a) 0, (b) σ²/2 = 4.5, (c) a number near 4.5, above or below it?</summary>
    [Question]
    public static Feedback TrueLineOnTestReadings(char answer)
    {
        double cost = Propagation.ForwardPropagation(new Neuron(1.8, 32), NoisySplit().Test).Cost;
        char truth = cost == 0 ? 'a' : cost == 4.5 ? 'b' : 'c';
        return Judge.Choice(answer, truth,
            $"it is {Judge.Format(cost)}: the noise keeps even the true rule off zero, and σ²/2 = 4.5 is only what it costs on average — these 60 readings happen to be a little noisier.",
            ('a', "the true line goes through the middle of the noise, not through the readings: each reading is off by about 3 °F."),
            ('b', "σ²/2 = 4.5 is an average over very many readings. Would the squared errors of just 60 random readings average to exactly that?"));
    }

    /// <summary>
    /// A line through only the first two training readings, on the 60 test readings: is its cost (a) lower than, (b) within 1 % of,
    /// or (c) higher than the trained neuron's?
    /// </summary>
    [Question]
    public static Feedback LineThroughTwoReadings(char answer) => Judge.Choice(answer, () =>
    {
        var split = NoisySplit();
        var trained = Training.TrainModel(Neuron.OriginalStart, split.Train).Model;
        double trainedOnTest = Propagation.ForwardPropagation(trained, split.Test).Cost;
        var (x, y) = (split.Train.X, split.Train.Y);
        double w = (y[1] - y[0]) / (x[1] - x[0]);
        var throughTwo = new Neuron(w, y[0] - w * x[0]);
        double twoOnTest = Propagation.ForwardPropagation(throughTwo, split.Test).Cost;
        char truth = Math.Abs(twoOnTest - trainedOnTest) <= 0.01 * trainedOnTest ? 'b' : twoOnTest < trainedOnTest ? 'a' : 'c';
        return (truth,
            $"{Judge.Format(Math.Round(twoOnTest, 2))} against {Judge.Format(Math.Round(trainedOnTest, 2))}: the line passes exactly through its two readings, "
            + "so it follows their noise all the way, and the test readings do not share that noise.");
    },
        ('a', "its cost of 0 on its own two readings comes from passing exactly through them, noise included. Would the test readings' noise agree with those two readings' noise?"),
        ('b', "within 1 % would need two readings to pin down w and b almost as well as 140 do. How much does the noise of just two readings decide where that line goes?"),
        ('c', "here the line through two readings does not cost more on the test readings than the trained neuron."));
}
