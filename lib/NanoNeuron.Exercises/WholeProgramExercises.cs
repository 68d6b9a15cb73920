namespace NanoNeuron.Exercises;

/// <summary>The whole program: where training ends, and from another start. The predict-then-run questions and the "Try it" checker.</summary>
public static class WholeProgramExercises
{
    /// <summary>The seed of the random start the "Try it" trains from.</summary>
    public const int ExerciseSeed = 7;

    /// <summary>How far from the trained b a prediction of the "Try it" may be: 1e-5 (another start's b ends about 6e-5 away).</summary>
    public const double PredictedBiasTolerance = 1e-5;

    /// <summary>
    /// Another start, <c>Neuron.RandomStart(7)</c>. The learner first predicts where b ends after 70,000 epochs
    /// at α = 0.0005, then trains the start and hands over the trained neuron.
    /// </summary>
    // Solution: the prediction 32 − 0.000139·(32 − b₀) lands within about 4e-6 of the trained b (the flat direction is
    // almost, not exactly, the b direction), well inside PredictedBiasTolerance; the original start's
    // trained b is about 6e-5 away, so copying it is caught. The trained neuron is accepted from the teaching path and
    // from the fast trainers (they agree to about 1e-9 relative).
    [TryIt]
    public static Feedback AnotherStart(double predictedBias, Neuron trained)
    {
        var data = NanoNeuron.DataSets.GenerateDataSets();
        var start = Neuron.RandomStart(ExerciseSeed);
        var expected = Train(start, data.Train).Model;
        var original = Train(Neuron.OriginalStart, data.Train).Model;
        var (_, flattest) = Stability.HessianEigenvalues(data.Train.X.AsSpan());
        double kept = Math.Pow(1 - Hyperparameters.LearningRate * flattest, Hyperparameters.Epochs);
        double distance = Temperature.Bias - start.Bias;
        const string Rule = "Which distance does the share apply to, and what is left of it after 70,000 epochs?";

        if (double.IsNaN(predictedBias))
        {
            return Feedback.Hint("write your prediction of the trained b in place of double.NaN (work it out from start.Bias and the 0.000139 of the distance that training leaves), then run this cell.");
        }

        if (Math.Abs(predictedBias - expected.Bias) > PredictedBiasTolerance)
        {
            double share = (Temperature.Bias - predictedBias) / distance;
            string hint = Math.Abs(predictedBias - Temperature.Bias) <= PredictedBiasTolerance
                    ? "training stops before the bottom of the valley, so b does not reach 32"
                : Math.Abs(predictedBias - original.Bias) <= PredictedBiasTolerance
                    ? Invariant($"that is where the original start (b = {Neuron.OriginalStart.Bias:F4}) ends; a different start ends elsewhere")
                : Math.Abs(predictedBias - (start.Bias + (kept * distance))) <= PredictedBiasTolerance
                    ? Invariant($"{kept:F6} is the share of the distance that is left, not the share travelled")
                : share is > 0 and < 1
                    ? Invariant($"that leaves {share:G3} of the distance, not {kept:F6}")
                : "b climbs towards 32 and stops just below it";
            return Feedback.Hint($"you predicted b = {Judge.Format(predictedBias)}: {hint}. {Rule}");
        }

        if (!SameNeuron(trained, expected))
        {
            string hint = SameNeuron(trained, start) ? "that is the start itself: train it first with Training.TrainModel."
                : SameNeuron(trained, original) ? $"that is the neuron trained from the original start; start from Neuron.RandomStart({ExerciseSeed})."
                : $"train Neuron.RandomStart({ExerciseSeed}) on data.Train for 70,000 epochs at α = 0.0005 (Training.TrainModel's defaults), and pass the result's Model.";
            return Feedback.Hint($"your prediction is right; now the trained neuron. w = {Judge.Format(trained.Weight)}, b = {Judge.Format(trained.Bias)}: {hint}");
        }

        return Feedback.Right(Invariant($"you predicted b = {predictedBias:F6} and training gives {expected.Bias:F6}. From seed {ExerciseSeed} (b = {start.Bias:F4}) the neuron ends at w = {expected.Weight:F8}, b = {expected.Bias:F8}; ")
            + Invariant($"from the original start (b = {Neuron.OriginalStart.Bias:F4}) at w = {original.Weight:F8}, b = {original.Bias:F8}. Close, not equal: training has not finished, ")
            + Invariant($"and every start keeps the same {kept:F6} of its distance along the flat valley, so you could say where it ends before training it."));
    }

    private static TrainingResult<Neuron> Train(Neuron start, DataSet train) =>
        Training.TrainModel(start, train, Hyperparameters.Epochs, Hyperparameters.LearningRate);

    private static bool SameNeuron(Neuron actual, Neuron expected) =>
        NearlyEqual(actual.Weight, expected.Weight) && NearlyEqual(actual.Bias, expected.Bias);

    /// <summary>Within 1e-7 relative: the fast trainers' different order of additions stays far inside it, a different start far outside.</summary>
    private static bool NearlyEqual(double actual, double expected) =>
        Math.Abs(actual - expected) <= 1e-7 * Math.Max(1, Math.Abs(expected));

    /// <summary>Does the trained neuron answer 70 °C with (a) less than 158 °F, (b) exactly 158 or (c) more?</summary>
    [Question]
    public static Feedback SeventyDegrees(char answer)
    {
        var trained = TrainedFrom(Neuron.OriginalStart);
        double celsius = 70, truth = Temperature.CelsiusToFahrenheit(celsius), said = trained.Predict(celsius);
        double tooMuchPerDegree = trained.Weight - Temperature.Weight, tooLittle = Temperature.Bias - trained.Bias;
        char right = said > truth ? 'c' : said < truth ? 'a' : 'b';
        string why = Invariant($"w is {tooMuchPerDegree:F7} too large, so 70 °C adds 70 × {tooMuchPerDegree:F7} ≈ {celsius * tooMuchPerDegree:F5} too much, ")
            + Invariant($"while b is only {tooLittle:F5} too small: {said:F5} °F.");
        return Judge.Choice(answer, right, why,
            ('a', Invariant($"b is too small, which pulls the answer down; but w is not exactly 1.8 either, and at 70 °C its error counts 70 times. Work out both effects from w = {trained.Weight:R} and b = {trained.Bias:R} and compare.")),
            ('b', "70,000 epochs stop short of the answer: w and b are close to 1.8 and 32, not equal to them."));
    }

    /// <summary>From w = 0, b = 0, does b end (a) nearer 32 than from the original start, (b) at the same value or (c) further?</summary>
    [Question]
    public static Feedback StartFromZero(char answer)
    {
        double fromOriginal = TrainedFrom(Neuron.OriginalStart).Bias, fromZero = TrainedFrom(new Neuron(0, 0)).Bias;
        char right = Math.Abs(Temperature.Bias - fromZero) < Math.Abs(Temperature.Bias - fromOriginal) ? 'a'
            : fromZero == fromOriginal ? 'b' : 'c';
        return Judge.Choice(answer, right,
            Invariant($"b = 0 starts further from 32 than {Neuron.OriginalStart.Bias:F4}, and 70,000 epochs leave the same small share of every start's distance along the valley: b ends at {fromZero:F6}, against {fromOriginal:F6}."),
            ('a', "training does not cancel a head start: every start keeps the same small share of its distance along the valley. Which start is further from 32?"),
            ('b', "the result depends a little on the start, because training stops before the bottom. Which start is further from 32, and what share of its distance does each keep?"));
    }

    /// <summary>
    /// Train the trained neuron for another 70,000 epochs: does b end (a) about 0.0022 below 32 (half as far),
    /// (b) about 0.0000006 below 32, (c) about 0.00000000008 below 32, or (d) at 32 exactly?
    /// </summary>
    // Answer: (b); every 70,000 epochs keep the same 0.000139 of the distance along the valley: 0.004384 × 0.000139 ≈ 6.1e-7.
    [Question]
    public static Feedback AnotherSeventyThousand(char answer)
    {
        var trained = TrainedFrom(Neuron.OriginalStart);
        var again = TrainedFrom(trained);
        double before = Temperature.Bias - trained.Bias, after = Temperature.Bias - again.Bias;
        char right = after == 0 ? 'd' : after > before / 4 ? 'a' : after > before * 1e-6 ? 'b' : 'c';
        return Judge.Choice(answer, right,
            Invariant($"the next 70,000 epochs keep the same {after / before:F6} of the distance as the first: b goes from {before:F6} below 32 to {after:F7} below it."),
            ('a', "the distance does not shrink by equal amounts each epoch but by the same factor. The lesson found the share of it that 70,000 epochs keep: apply it once more."),
            ('c', "that takes the share that 70,000 epochs keep twice over, from the distance that is already left. Which distance do the next 70,000 epochs start from, and what share of it do they keep?"),
            ('d', "each epoch keeps a share of the distance, so no number of epochs brings it to 0 exactly. The lesson found the share that 70,000 epochs keep: apply it once more."));
    }

    private static Neuron TrainedFrom(Neuron start) =>
        Training.TrainModel(start, NanoNeuron.DataSets.GenerateDataSets().Train, Hyperparameters.Epochs, Hyperparameters.LearningRate).Model;
}
