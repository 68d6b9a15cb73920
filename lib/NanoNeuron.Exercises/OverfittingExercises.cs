namespace NanoNeuron.Exercises;

/// <summary>Overfitting, met with a validation set: a fitted line on its own readings, early stopping, weight decay and the leak. The predict-then-run questions and the "Try it" checker.</summary>
public static class OverfittingExercises
{
    /// <summary>
    /// Given a run's training costs and validation costs (one per epoch, from epoch 0), the learner's
    /// function returns the epoch to stop at. The checker tries the lesson's run and two histories of its own.
    /// </summary>
    [TryIt]
    public static Feedback EpochToStopAt(Func<IReadOnlyList<double>, IReadOnlyList<double>, int> choose)
    {
        ArgumentNullException.ThrowIfNull(choose);
        return LearnerCode.Check(choose, EpochToStopAtOf);
    }

    private static Feedback EpochToStopAtOf(Func<IReadOnlyList<double>, IReadOnlyList<double>, int> choose)
    {
        var run = Overfitting.Run();
        (string Name, double[] Training, double[] Validation)[] cases =
        [
            ("the lesson's run", [.. run.CostHistory], [.. run.ValidationHistory]),
            ("a history that wobbles", [9, 6, 4, 3, 2.5, 2, 1.5, 1.2, 1], [9, 6, 4, 4.5, 3, 3.5, 5, 6, 7]),
            ("a history with a tie", [5, 3, 2, 1.5, 1], [5, 2, 3, 2, 4]),
        ];
        foreach (var (name, training, validation) in cases)
        {
            int truth = Enumerable.Range(0, validation.Length).MinBy(e => validation[e]);
            int answer = choose(training, validation);
            if (answer == truth)
            {
                continue;
            }

            if (answer < 0 || answer >= validation.Length)
            {
                return Feedback.Hint(Invariant($"on {name} you chose epoch {answer}, but its epochs run from 0 (before the first update) to {validation.Length - 1}: return one of them."));
            }

            int firstRise = Enumerable.Range(1, validation.Length - 1).FirstOrDefault(e => validation[e] > validation[e - 1], validation.Length) - 1;
            string hint = answer == validation.Length - 1 || answer == Enumerable.Range(0, training.Length).MinBy(e => training[e])
                ? "that is where the training cost is lowest, or nearly. The training cost keeps falling while the network learns the noise, so it cannot say when to stop: which other costs does the function get?"
                : answer == firstRise
                    ? "that is where the validation cost first goes up, but validation costs wobble: could it come down again later in the run?"
                    : answer == truth + 1
                        ? "one too late: epoch e's cost is validation[e], counted from epoch 0 (before the first update)."
                        : validation.Count(v => v == validation[truth]) > 1 && validation[answer] == validation[truth]
                            ? "two epochs tie for the lowest validation cost: take the earlier one (fewer epochs, less time to learn noise), as Trainer.Train does."
                            : "which costs come from readings the network never trained on, and what do they say at each epoch?";
            return Feedback.Hint($"on {name} you chose epoch {answer}, which is not where this run should stop: {hint}");
        }

        return Feedback.Right($"the validation readings never trained the network, so their cost is the one to watch: on the lesson's run it is lowest at epoch {run.BestValidation!.Value.Epoch}, which is what result.BestValidation keeps.");
    }

    /// <summary>On the test readings, is the early-stopped network (a) better, (b) about the same, (c) worse than the one trained to the end?</summary>
    [Question]
    public static Feedback EarlyStoppedTestCost(char answer) => Judge.Choice(answer, () =>
    {
        var (early, late) = Overfitting.EarlyAndLateTestCosts();
        return (Judge.LowerSameOrHigher(early, late),
            $"the test readings were never used to choose, and on them the early-stopped network scores {Judge.Format(Math.Round(early, 3))} against {Judge.Format(Math.Round(late, 3))}: what the validation readings said carried over to readings neither of them had seen.");
    },
        ('a', "here the early-stopped network does not score lower on the test readings."),
        ('b', "the two test costs are far apart. What did the network learn after the validation cost's lowest point, and do the test readings share it?"),
        ('c', "here the early-stopped network does not score worse on the test readings. What did the epochs after the early-stopped one fit, and do the test readings share it?"));

    /// <summary>With weight decay, is the validation cost after the last epoch (a) lower, (b) about the same, (c) higher than without?</summary>
    [Question]
    public static Feedback DecayedValidationCost(char answer) => Judge.Choice(answer, () =>
    {
        double plain = Overfitting.Run().ValidationHistory[^1];
        double decayed = Overfitting.Run(Overfitting.Settings.WeightDecay).ValidationHistory[^1];
        return (Judge.LowerSameOrHigher(decayed, plain),
            $"{Judge.Format(Math.Round(decayed, 4))} against {Judge.Format(Math.Round(plain, 3))}: threading through every noisy reading needed large parameters, and the penalty makes them expensive.");
    },
        ('a', "here the penalty does not lower the validation cost."),
        ('b', "the two validation costs are far apart. What did the network do, without the penalty, in the thousands of epochs after its lowest validation cost?"),
        ('c', "here the penalty does not raise the validation cost. It does raise the training cost: what does it keep the network from fitting, and is that in the validation readings?"));

    /// <summary>The test readings are swapped for others; whose trained network changes: (a) neither, (b) only pipeline B (standardized on all readings), (c) both?</summary>
    [Question]
    public static Feedback WhoseModelChanges(char answer) => Judge.Choice(answer, () =>
    {
        bool honestChanges = !Overfitting.Run().Model.Parameters().SequenceEqual(Overfitting.Run(otherTest: true).Model.Parameters());
        bool leakyChanges = !Overfitting.Run(leaky: true).Model.Parameters().SequenceEqual(Overfitting.Run(leaky: true, otherTest: true).Model.Parameters());
        return (honestChanges ? 'c' : leakyChanges ? 'b' : 'a',
            "pipeline B fitted its standardizers on all 60 readings, so it took μ and σ partly from the test readings: so other test readings give other μ and σ, other inputs to train on, and another network. Pipeline A never reads the test readings before the final score, so its network stays the same to the last bit.");
    },
        ('a', "pipeline B fits its μ and σ on all 60 readings, the test readings among them: what happens to μ and σ when those change?"),
        ('b', "look again at what each pipeline reads before it trains."),
        ('c', "pipeline A fits its standardizers on the 12 training readings only, and trains on the training readings only: which of its steps would read a test reading?"));

    /// <summary>The best line for m = 140 readings, on average over many samples: is its training cost (a) above, (b) equal to, (c) below σ²/2?</summary>
    [Question]
    public static Feedback BestLineAgainstNoiseFloor(char answer)
    {
        const int m = 140;
        double sigma = Thermometer.NoiseStandardDeviation;
        double expected = sigma * sigma * (m - 2) / (2.0 * m);
        char truth = expected < sigma * sigma / 2 ? 'c' : 'a';
        return Judge.Choice(answer, truth,
            "the best line is chosen to fit these very readings, noise included, so on them it costs no more than the true line, and almost always less. The next cell measures by how much.",
            ('a', "on each sample, set the best line beside the true line and ask which of the two can cost less on those very readings."),
            ('b', "σ²/2 is what the TRUE line scores on average. Is the best line the true line? On each sample, which of the two was chosen to fit those very readings, noise included?"));
    }
}
