namespace NanoNeuron.Exercises;

/// <summary>Training and test examples. The predict-then-run questions and the "Try it" checker.</summary>
public static class DataSetExercises
{
    /// <summary>How close to its target a prediction counts as right in <see cref="LineThroughTwoExamples"/>: a billionth of a degree.</summary>
    public const double RightWithin = 1e-9;

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
                return Feedback.Hint($"x = {Judge.Format(x)} is also a training example. A model that had only memorised its training answers would get it right without having learned the rule, so this test could not tell the two apart.");
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

    /// <summary>
    /// Judged on the training examples alone, which looks better: (a) a table that memorises their answers, (b) the perfect
    /// neuron w = 1.8, b = 32, or (c) neither?
    /// </summary>
    [Question]
    public static Feedback TrainingScoreTableOrNeuron(char answer)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        var table = Memorised(train);
        var perfect = new Neuron(Temperature.Weight, Temperature.Bias);
        int tableWrong = Enumerable.Range(0, train.Count).Count(i => !table.TryGetValue(train.X[i], out double y) || y != train.Y[i]);
        int neuronWrong = Enumerable.Range(0, train.Count).Count(i => !Judge.Close(perfect.Predict(train.X[i]), train.Y[i]));
        char truth = tableWrong < neuronWrong ? 'a' : neuronWrong < tableWrong ? 'b' : 'c';
        return Judge.Choice(answer, truth,
            $"on the training examples both are perfect ({tableWrong} and {neuronWrong} wrong): the table has stored every answer, and the neuron computes it. The training examples cannot tell memorising from learning.",
            ('a', "check the perfect neuron on a few training examples: what does 1.8·x + 32 give, against each target?"),
            ('b', "ask what the table answers for a training example: which answers has it stored?"));
    }

    /// <summary>How many test inputs a lookup table of the training answers can answer.</summary>
    // Answer: none.
    [Question]
    public static Feedback LookupAnswersTest(double prediction)
    {
        var data = NanoNeuron.DataSets.GenerateDataSets();
        double known = data.Test.X.Count(data.Train.X.Contains);
        return Judge.Number(prediction, known, 0, "the test inputs are all half degrees, 0.5 to 99.5, and the table only knows whole degrees: it has no answer for any of them.",
            (data.Test.Count, "the table knows the 100 training inputs 0, 1, …, 99; is 0.5 one of them?"),
            (data.Train.Count - 1, "that would be right if all but one test input were also training inputs. Look at the test inputs: which of them has the table stored?"));
    }

    /// <summary>
    /// How many of the 100 test examples the neuron built from the first two training examples alone gets right, to a
    /// billionth of a degree.
    /// </summary>
    [Question]
    public static Feedback LineThroughTwoExamples(double prediction)
    {
        var data = NanoNeuron.DataSets.GenerateDataSets();
        var twoPoints = new Neuron(data.Train.Y[1] - data.Train.Y[0], data.Train.Y[0]);
        double right = Enumerable.Range(0, data.Test.Count).Count(i => Math.Abs(twoPoints.Predict(data.Test.X[i]) - data.Test.Y[i]) <= RightWithin);
        return Judge.Number(prediction, right, 0,
            $"a neuron is a straight line, and the line through two right answers is the rule itself: it gets all {Judge.Format(right)} test examples right. With two numbers it cannot memorise a hundred answers; it has to follow a rule, and the test examples show whether it is the right one.",
            (2, "it was built from two training examples, but it is not a table: it answers every x. What does it answer at a test input such as 0.5 °C, and how far is that from the target?"),
            (0, "that is the table, which only knows the answers it stored; the neuron computes an answer for every x. How far is it from the target at a test input?"));
    }

    /// <summary>The table that memorises a data set: each input with its answer.</summary>
    private static Dictionary<double, double> Memorised(DataSet data) =>
        data.X.Zip(data.Y).ToDictionary(p => p.First, p => p.Second);
}
