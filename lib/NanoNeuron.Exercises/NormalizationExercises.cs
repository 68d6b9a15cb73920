namespace NanoNeuron.Exercises;

/// <summary>Input normalization: standardized inputs, their bowl and their learning rate. The predict-then-run questions and the "Try it" checker.</summary>
public static class NormalizationExercises
{
    /// <summary>
    /// Use a neuron trained on standardized inputs on a raw reading, <c>(model, standardizer, celsius) => fahrenheit</c>.
    /// The checker uses a standardizer and a neuron of its own and tries several temperatures.
    /// </summary>
    [TryIt]
    public static Feedback RawPrediction(Func<Neuron, Standardizer, double, double> predict)
    {
        ArgumentNullException.ThrowIfNull(predict);
        return LearnerCode.Check(predict, RawPredictionOf);
    }

    private static Feedback RawPredictionOf(Func<Neuron, Standardizer, double, double> predict)
    {
        var standardizer = new Standardizer(40, 20);
        var trained = new Neuron(36, 104);
        double[] celsius = [-10, 0, 37, 100];
        double[] answers = [.. celsius.Select(c => predict(trained, standardizer, c))];
        double[] expected = [.. celsius.Select(c => trained.Predict(standardizer.Transform(c)))];
        if (answers.Zip(expected).All(p => Judge.Close(p.First, p.Second)))
        {
            return Feedback.Right($"the neuron only knows standardized inputs, so each new reading goes through the same (x − μ)/σ as the training data: 37 °C → {Judge.Format(expected[2])} °F.");
        }

        if (answers.Zip(celsius).All(p => Judge.Close(p.First, trained.Predict(p.Second))))
        {
            return Feedback.Hint("your function hands the neuron the reading in °C. Look at what the neuron was given during training: "
                + "were those numbers in °C? The standardizer you are given is the one its training inputs went through.");
        }

        return answers.Zip(celsius).All(p => Judge.Close(p.First, trained.Predict(p.Second * standardizer.StandardDeviation + standardizer.Mean)))
            ? Feedback.Hint("x·σ + μ goes the other way, from a standardized number back to °C. Which way must a reading in °C go before the neuron sees it?")
            : Feedback.Hint($"for 37 °C your function gives {Judge.Format(answers[2])} °F, not what the neuron predicts for that reading. "
                + "Ask what kind of number the neuron read while it was trained, and hand it the reading as that kind of number: the standardizer holds what it takes.");
    }

    /// <summary>The largest stable learning rate on standardized inputs (raw inputs: 0.000609).</summary>
    [Question]
    public static Feedback LargestStableRateStandardized(double rate)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        var standardized = Standardizer.Fit(train).Transform(train);
        return Judge.Number(rate, Stability.LargestStableLearningRate(standardized), 0.01,
            "both curvatures are now 1, and the limit is 2 divided by the largest curvature: 2/1 = 2.",
            (0.000609, "that is the limit on raw inputs, where the steep curvature was 3284; standardizing changed the curvatures."),
            (1, "α = 1 is not where the steps start to grow: take lesson 07's limit and put in the curvatures standardizing leaves."));
    }

    /// <summary>With α = 0.1 on standardized inputs, how many epochs to match the original's test cost after 70,000: (a) about 10, (b) about 100, (c) about 1,000, (d) about 10,000 or more?</summary>
    [Question]
    public static Feedback EpochsToMatchTheOriginal(char answer)
    {
        int epochs = EpochsToMatchTheOriginal();
        char truth = epochs < 30 ? 'a' : epochs < 300 ? 'b' : epochs < 3000 ? 'c' : 'd';
        string why = $"{epochs} epochs: with α = 0.1 each epoch removes about a tenth of the remaining distance in every direction, instead of 0.013 % along the valley.";
        return Judge.Choice(answer, truth, why,
            ('a', "each epoch with α = 0.1 removes about a tenth of the remaining distance; going from thousands down to 2.4e-6 takes more than ten such steps."),
            ('b', "it takes more than a hundred steps."),
            ('c', "it takes far fewer: every direction is now as steep as every other, so no slow direction is left to crawl along."),
            ('d', "the valley is gone: every direction now shrinks by the same factor each epoch, so there is no slow direction left."));
    }

    /// <summary>How many epochs at α = 0.1 on standardized inputs first reach the test cost the original reaches after 70,000.</summary>
    internal static int EpochsToMatchTheOriginal()
    {
        var data = NanoNeuron.DataSets.GenerateDataSets();
        double target = OptimizerComparison.TargetTestCost(data);
        var standardizer = Standardizer.Fit(data.Train);
        var standardized = standardizer.Transform(data.Train);
        var model = Neuron.OriginalStart;
        int epochs = 0;
        while (Propagation.ForwardPropagation(standardizer.ToOriginal(model), data.Test).Cost > target)
        {
            model = Training.TrainModel(model, standardized, epochs: 1, learningRate: 0.1).Model;
            epochs++;
        }

        return epochs;
    }

    /// <summary>With α = 1 on standardized inputs, how many epochs until the neuron is at the answer?</summary>
    [Question]
    public static Feedback EpochsWithAlphaOne(double epochs)
    {
        var data = NanoNeuron.DataSets.GenerateDataSets();
        var standardizer = Standardizer.Fit(data.Train);
        var standardized = standardizer.Transform(data.Train);
        int needed = 0;
        var model = Neuron.OriginalStart;
        while (needed < 1000 && !(Math.Abs(standardizer.ToOriginal(model).Weight - 1.8) < 1e-9 && Math.Abs(standardizer.ToOriginal(model).Bias - 32) < 1e-9))
        {
            model = Training.TrainModel(model, standardized, epochs: 1, learningRate: 1).Model;
            needed++;
        }

        return Judge.Number(epochs, needed, 0,
            "in a round bowl with curvature 1, the step α = 1 covers exactly the distance to the bottom: one epoch.",
            (105, "that is α = 0.1's count, which covers only a tenth of the remaining distance each epoch. Work out lesson 07's factor 1 − α·λ for α = 1 and these curvatures: what does it leave of the distance after each epoch?"),
            (200, "200 is how many epochs the lesson ran with α = 0.1, more than it needed. For α = 1, work out lesson 07's factor 1 − α·λ with these curvatures and what it leaves of the distance after each epoch."));
    }
}
