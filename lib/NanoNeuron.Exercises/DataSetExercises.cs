namespace NanoNeuron.Exercises;

/// <summary>Training and test examples. The predict-then-run questions and the "Try it" checker.</summary>
public static class DataSetExercises
{
    /// <summary>The fewest examples the learner's test set needs.</summary>
    public const int TestSetMinimum = 5;

    /// <summary>
    /// A test set of your own for the course's training data: at least <see cref="TestSetMinimum"/>
    /// different examples from 0 to 100 °C with their Fahrenheit targets, and no input that is also a training input.
    /// </summary>
    [TryIt]
    public static Feedback TestSet(DataSet test)
    {
        ArgumentNullException.ThrowIfNull(test);
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        if (test.Count < TestSetMinimum)
        {
            return Feedback.Hint($"{test.Count} example(s) is a thin test: one lucky answer decides it. Use at least {TestSetMinimum}.");
        }

        var repeated = test.X.GroupBy(x => x).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null && test.X.Distinct().Count() < TestSetMinimum)
        {
            return Feedback.Hint($"x = {Judge.Format(repeated.Key)} is there more than once, and asking the same question twice tells you nothing new: you have {test.X.Distinct().Count()} different temperature(s). Use at least {TestSetMinimum} different ones.");
        }

        foreach (double x in test.X)
        {
            if (train.X.Contains(x))
            {
                return Feedback.Hint($"x = {Judge.Format(x)} is also a training example. A neuron that had only memorised its training answers would get it right without having learned the rule, so this test could not tell the two apart. Choose temperatures between the whole degrees.");
            }

            if (x < 0 || x > 100)
            {
                return Feedback.Hint($"x = {Judge.Format(x)} is outside 0–100 °C, where the training examples lie. That asks whether the line holds far away, a different question; keep the test in the same range, so it asks the training question on new examples.");
            }
        }

        for (int i = 0; i < test.Count; i++)
        {
            double expected = Temperature.CelsiusToFahrenheit(test.X[i]);
            if (!Judge.Close(test.Y[i], expected))
            {
                return Feedback.Hint($"the target for {Judge.Format(test.X[i])} °C should be {Judge.Format(expected)} °F, not {Judge.Format(test.Y[i])}: a test example needs the correct answer, Temperature.CelsiusToFahrenheit.");
            }
        }

        return Feedback.Right($"{test.Count} new examples from the training range, none seen in training: a neuron can only pass this by having learned the rule.");
    }

    /// <summary>How many training examples x = 0, 1, 2, …, 99 are (100).</summary>
    [Question]
    public static Feedback TrainingExampleCount(double prediction)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        return Judge.Number(prediction, train.Count, 0, $"counting from 0: 0 to 99 is {train.Count} numbers.",
            (train.X[^1], "99 is the last input, but the count starts at 0: 0, 1, …, 99 are one more than 99."));
    }

    /// <summary>The target y of the test example x = 0.5 (32.9 °F).</summary>
    [Question]
    public static Feedback FirstTestTarget(double prediction)
    {
        var test = NanoNeuron.DataSets.GenerateDataSets().Test;
        return Judge.Number(prediction, test.Y[0], 1e-9, $"the target is the correct answer in °F: 0.5·1.8 + 32 = {Judge.Format(test.Y[0])}.",
            (test.X[0], "that is the input x; the target y is the same temperature in °F."),
            (test.X[0] * Temperature.Weight, "that is 0.5·1.8; add the 32 as well."));
    }

    /// <summary>How many test inputs a lookup table of the training answers can answer (none).</summary>
    [Question]
    public static Feedback LookupAnswersTest(double prediction)
    {
        var data = NanoNeuron.DataSets.GenerateDataSets();
        double known = data.Test.X.Count(data.Train.X.Contains);
        return Judge.Number(prediction, known, 0, "the test inputs are all half degrees, 0.5 to 99.5, and the table only knows whole degrees: it has no answer for any of them.",
            (data.Test.Count, "the table knows the 100 training inputs 0, 1, …, 99; is 0.5 one of them?"),
            (data.Train.Count - 1, "that would be right if the test inputs were whole degrees; but they are half degrees, 0.5 to 99.5, and the table knows whole degrees only."));
    }
}
