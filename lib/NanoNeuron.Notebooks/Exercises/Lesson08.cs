namespace NanoNeuron.Notebooks;

/// <summary>Lesson 08's checkers.</summary>
public static partial class TryIt
{
    /// <summary>The seed of the random start lesson 08's exercise trains from.</summary>
    public const int ExerciseSeed = 7;

    /// <summary>
    /// Lesson 08: the whole program from another start, <c>Neuron.RandomStart(7)</c>: the trained neuron (70,000
    /// epochs at α = 0.0005 on the training examples) and its cost on the test examples.
    /// </summary>
    /// <remarks>
    /// Accepts the teaching path's result and the fast trainers' (they agree to about 1e-9 relative). The trained
    /// parameters differ slightly from the original start's because 70,000 epochs leave
    /// <c>(1 − α·λmin)^70,000 ≈ 0.000139</c> of each start's distance along the flat valley.
    /// </remarks>
    public static Feedback AnotherStart(Neuron trained, double testCost)
    {
        var data = NanoNeuron.DataSets.GenerateDataSets();
        var start = Neuron.RandomStart(ExerciseSeed);
        var result = Train(start, data.Train);
        var expected = result.Model;
        double expectedTestCost = Propagation.ForwardPropagation(expected, data.Test).Cost;
        var original = Train(Neuron.OriginalStart, data.Train).Model;

        if (!SameNeuron(trained, expected))
        {
            string hint = SameNeuron(trained, start) ? "that is the start itself: train it first with Training.TrainModel."
                : SameNeuron(trained, original) ? $"that is the neuron trained from the original start; start from Neuron.RandomStart({ExerciseSeed})."
                : $"train Neuron.RandomStart({ExerciseSeed}) on data.Train for 70,000 epochs at α = 0.0005 (Training.TrainModel's defaults), and pass the result's Model.";
            return Feedback.Hint($"w = {Format(trained.Weight)}, b = {Format(trained.Bias)}: {hint}");
        }

        if (!SameCost(testCost, expectedTestCost))
        {
            return Feedback.Hint(SameCost(testCost, result.CostAfter)
                ? "the neuron is right, but that is its cost on the training examples; measure it on data.Test with Propagation.ForwardPropagation."
                : "the neuron is right; its test cost is Propagation.ForwardPropagation(neuron, data.Test).Cost.");
        }

        var (_, flattest) = Stability.HessianEigenvalues(data.Train.X.AsSpan());
        double kept = Math.Pow(1 - Hyperparameters.LearningRate * flattest, Hyperparameters.Epochs);
        return Feedback.Right($"from seed {ExerciseSeed} (w = {start.Weight:F4}, b = {start.Bias:F4}) the neuron ends at w = {expected.Weight:F8}, b = {expected.Bias:F8}, test cost {expectedTestCost:G4}; "
            + $"from the original start (b = {Neuron.OriginalStart.Bias:F4}) it ends at w = {original.Weight:F8}, b = {original.Bias:F8}. Close, not equal: training has not finished. "
            + $"Each epoch keeps 1 − αλmin of the distance along the flat valley, and 70,000 epochs keep {kept:F6} of it: this start was {Temperature.Bias - start.Bias:F4} below b = 32 and ends {Temperature.Bias - expected.Bias:F6} below it.");
    }

    private static TrainingResult Train(Neuron start, DataSet train) =>
        FastTraining.TrainModel(start, train, Hyperparameters.Epochs, Hyperparameters.LearningRate, Summation.Sequential);

    private static bool SameNeuron(Neuron actual, Neuron expected) =>
        NearlyEqual(actual.Weight, expected.Weight) && NearlyEqual(actual.Bias, expected.Bias);

    /// <summary>
    /// Within 0.1%: a cost this small is the square of errors of about 0.004, so the fast trainers' last-digit
    /// differences in w and b move it by about 1e-4 relative; the training cost is 1.5% off.
    /// </summary>
    private static bool SameCost(double actual, double expected) => Math.Abs(actual - expected) <= 1e-3 * Math.Abs(expected);

    /// <summary>Within 1e-7 relative: the fast trainers' different order of additions stays far inside it, a different start far outside.</summary>
    private static bool NearlyEqual(double actual, double expected) =>
        Math.Abs(actual - expected) <= 1e-7 * Math.Max(1, Math.Abs(expected));
}

/// <summary>Lesson 08's predict-then-run questions.</summary>
public static partial class Questions
{
    /// <summary>Lesson 08: does the trained neuron answer 70 °C with (a) less than 158 °F, (b) exactly 158 or (c) more?</summary>
    public static Feedback SeventyDegrees(char answer)
    {
        var trained = TrainedFrom(Neuron.OriginalStart);
        double celsius = 70, truth = Temperature.CelsiusToFahrenheit(celsius), said = trained.Predict(celsius);
        double tooMuchPerDegree = trained.Weight - Temperature.Weight, tooLittle = Temperature.Bias - trained.Bias;
        char right = said > truth ? 'c' : said < truth ? 'a' : 'b';
        string why = $"w is {tooMuchPerDegree:F7} too large, so 70 °C adds 70 × {tooMuchPerDegree:F7} ≈ {celsius * tooMuchPerDegree:F5} too much, "
            + $"while b is only {tooLittle:F5} too small: {said:F5} °F.";
        return Choice(answer, right, why,
            ('a', $"b is too small, but w is too large: at 70 °C the extra 70 × {tooMuchPerDegree:F7} ≈ {celsius * tooMuchPerDegree:F5} outweighs b's {tooLittle:F5}."),
            ('b', "70,000 epochs stop short of the answer: w and b are close to 1.8 and 32, not equal to them."));
    }

    /// <summary>Lesson 08: from w = 0, b = 0, does b end (a) nearer 32 than from the original start, (b) at the same value or (c) further?</summary>
    public static Feedback StartFromZero(char answer)
    {
        double fromOriginal = TrainedFrom(Neuron.OriginalStart).Bias, fromZero = TrainedFrom(new Neuron(0, 0)).Bias;
        char right = Math.Abs(Temperature.Bias - fromZero) < Math.Abs(Temperature.Bias - fromOriginal) ? 'a'
            : fromZero == fromOriginal ? 'b' : 'c';
        return Choice(answer, right,
            $"b = 0 starts further from 32 than {Neuron.OriginalStart.Bias:F4}, and 70,000 epochs leave the same small share of every start's distance along the valley: b ends at {fromZero:F6}, against {fromOriginal:F6}.",
            ('a', $"the original start is {Neuron.OriginalStart.Bias:F4} nearer 32, and training does not cancel that head start: every start keeps the same small share of its distance along the valley, so a start further away ends further away."),
            ('b', $"the result depends a little on the start, because training stops before the bottom: b ends at {fromZero:F6}, not {fromOriginal:F6}."));
    }

    private static Neuron TrainedFrom(Neuron start) =>
        FastTraining.TrainModel(start, NanoNeuron.DataSets.GenerateDataSets().Train, Hyperparameters.Epochs, Hyperparameters.LearningRate, Summation.Sequential).Model;
}
