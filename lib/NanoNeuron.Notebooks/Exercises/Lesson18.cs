using System.Collections.Concurrent;
using NanoNeuron.Activations;
using NanoNeuron.Data;
using NanoNeuron.Networks;
using NanoNeuron.Optimization;

namespace NanoNeuron.Notebooks;

/// <summary>Lesson 18's experiment and checkers.</summary>
public static partial class TryIt
{
    /// <summary>Lesson 18: the seed of its readings and of their split.</summary>
    public const int OverfittingSeed = 4;

    /// <summary>Lesson 18: how many epochs its network trains.</summary>
    public const int OverfittingEpochs = 3000;

    /// <summary>Lesson 18: λ of its weight decay.</summary>
    public const double OverfittingLambda = 0.01;

    private static readonly ConcurrentDictionary<(double Lambda, bool Leaky, bool OtherTest), Lazy<TrainingResult<Network>>> Lesson18Runs = new();

    /// <summary>
    /// Lesson 18: 60 readings of lesson 15's cheap thermometer (σ = 15 °F, seed 4), split 20/40/40 (seed 4): 12 to train on,
    /// 24 to validate with, 24 to test with.
    /// </summary>
    public static DataSplits CheapReadings() =>
        DataSplit.TrainValidationTest(Thermometer.Readings(60, FewReadingsNoise, OverfittingSeed), 0.2, 0.4, OverfittingSeed);

    /// <summary>Lesson 18: 24 other readings of the same thermometer (seed 99), to put in place of the test readings.</summary>
    public static DataSet OtherTestReadings() => Thermometer.Readings(24, FewReadingsNoise, seed: 99);

    /// <summary>Lesson 18: the three sets together again: the training, then the validation, then the test readings.</summary>
    public static DataSet AllReadings(DataSplits splits)
    {
        ArgumentNullException.ThrowIfNull(splits);
        return new DataSet(splits.Train.X.Concat(splits.Validation.X).Concat(splits.Test.X), splits.Train.Y.Concat(splits.Validation.Y).Concat(splits.Test.Y));
    }

    /// <summary>Lesson 18: examples for a network, the temperatures standardized with <paramref name="x"/> and the readings with <paramref name="y"/>.</summary>
    public static Examples Standardized(DataSet data, Standardizer x, Standardizer y)
    {
        ArgumentNullException.ThrowIfNull(data);
        return Examples.From(new DataSet(data.X.Select(x.Transform), data.Y.Select(y.Transform)));
    }

    /// <summary>Lesson 18: a network trained on standardized values, as a function from °C to °F.</summary>
    public static Func<double, double> InDegrees(Network model, Standardizer x, Standardizer y)
    {
        ArgumentNullException.ThrowIfNull(model);
        return celsius => model.Predict(x.Transform(celsius)) * y.StandardDeviation + y.Mean;
    }

    /// <summary>
    /// Lesson 18's run, as its notebook makes it: a [1, 16, 16, 1] tanh network trained with Adam (α = 0.01) for
    /// <see cref="OverfittingEpochs"/> epochs on <see cref="CheapReadings"/>, validated on the validation readings. Computed once.
    /// </summary>
    /// <param name="lambda">The L2 penalty's λ (0: none).</param>
    /// <param name="leaky">Standardize with all the readings (the mistake) instead of the training readings only.</param>
    /// <param name="otherTest">Put <see cref="OtherTestReadings"/> in place of the test readings first.</param>
    internal static TrainingResult<Network> Lesson18Run(double lambda = 0, bool leaky = false, bool otherTest = false) =>
        Lesson18Runs.GetOrAdd((lambda, leaky, otherTest), key => new Lazy<TrainingResult<Network>>(() =>
        {
            var splits = CheapReadings();
            if (key.OtherTest)
            {
                splits = splits with { Test = OtherTestReadings() };
            }

            var (x, y) = Lesson18Standardizers(splits, key.Leaky);
            var network = Network.Random([1, 16, 16, 1], Activation.Tanh);
            IObjective<Network> objective = new NetworkObjective(network, Standardized(splits.Train, x, y));
            if (key.Lambda > 0)
            {
                objective = new L2Penalty<Network>(objective, key.Lambda);
            }

            return Trainer.Train(objective, network, new Adam(0.01), new TrainingOptions { Epochs = OverfittingEpochs },
                validation: new NetworkObjective(network, Standardized(splits.Validation, x, y)));
        })).Value;

    /// <summary>Lesson 18: the standardizers of temperatures and readings, fitted on the training readings or (the mistake) on all of them.</summary>
    internal static (Standardizer X, Standardizer Y) Lesson18Standardizers(DataSplits splits, bool leaky)
    {
        var fitOn = leaky ? AllReadings(splits) : splits.Train;
        return (Standardizer.Fit(fitOn), Standardizer.Fit(fitOn.Y.AsSpan()));
    }

    /// <summary>
    /// Lesson 18: given a run's training costs and validation costs (one per epoch, from epoch 0), the learner's
    /// function returns the epoch to stop at. The checker tries the lesson's run and two histories of its own.
    /// </summary>
    public static Feedback EpochToStopAt(Func<IReadOnlyList<double>, IReadOnlyList<double>, int> choose)
    {
        ArgumentNullException.ThrowIfNull(choose);
        var run = Lesson18Run();
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
                return Feedback.Hint($"on {name} you chose epoch {answer}, but its epochs run from 0 (before the first update) to {validation.Length - 1}: return one of them, the one whose validation cost is the lowest.");
            }

            int firstRise = Enumerable.Range(1, validation.Length - 1).FirstOrDefault(e => validation[e] > validation[e - 1], validation.Length) - 1;
            string hint = answer == validation.Length - 1 || answer == Enumerable.Range(0, training.Length).MinBy(e => training[e])
                ? "that is where the training cost is lowest, or nearly. The training cost keeps falling while the network learns the noise, so it cannot say when to stop: look at the validation costs."
                : answer == firstRise
                    ? "that is where the validation cost first goes up, but validation costs wobble: it can come down again, lower still. Stop at the lowest validation cost of the whole run."
                    : answer == truth + 1
                        ? "one too late: epoch e's cost is validation[e], counted from epoch 0 (before the first update)."
                        : validation.Count(v => v == validation[truth]) > 1 && validation[answer] == validation[truth]
                            ? "two epochs tie for the lowest validation cost: take the earlier one (fewer epochs, less time to learn noise), as Trainer.Train does."
                            : "stop at the epoch whose validation cost is the lowest of the whole run.";
            return Feedback.Hint($"on {name} you chose epoch {answer}, but the lowest validation cost is at epoch {truth}: {hint}");
        }

        return Feedback.Right($"the validation readings never trained the network, so their cost is the one to watch: on the lesson's run it is lowest at epoch {run.BestValidation!.Value.Epoch}, which is what result.BestValidation keeps.");
    }
}

/// <summary>Lesson 18's predict-then-run questions.</summary>
public static partial class Questions
{
    private static Feedback NotYetChosen => Feedback.Hint("write one of 'a', 'b', 'c' in place of '?', then run this cell.");

    /// <summary>Lesson 18: on the test readings, is the early-stopped network (a) better, (b) about the same, (c) worse than the one trained to the end?</summary>
    public static Feedback EarlyStoppedTestCost(char answer)
    {
        if (answer == '?') return NotYetChosen; // before training anything

        var (early, late) = EarlyAndLateTestCosts();
        char truth = LowerSameOrHigher(early, late);
        return Choice(answer, truth,
            $"the test readings were never used to choose, and on them the early-stopped network scores {TryIt.Format(Math.Round(early, 3))} against {TryIt.Format(Math.Round(late, 3))}: what the validation readings said carried over to readings neither of them had seen.",
                ('a', "here the early-stopped network does not score lower on the test readings."),
                ('b', "the difference is not small: the network trained to the end has learned the training readings' noise, and that noise is not in the test readings."),
                ('c', "training longer lowered only the training cost; the bends it added fit the training readings' noise, which the test readings do not share."));
    }

    /// <summary>The test costs of lesson 18's early-stopped network and of the one trained to the end, in standardized units.</summary>
    internal static (double Early, double Late) EarlyAndLateTestCosts()
    {
        var run = TryIt.Lesson18Run();
        var splits = TryIt.CheapReadings();
        var (x, y) = TryIt.Lesson18Standardizers(splits, leaky: false);
        var test = TryIt.Standardized(splits.Test, x, y);
        return (Backpropagation.ForwardPropagation(run.BestValidation!.Value.Model, test), Backpropagation.ForwardPropagation(run.Model, test));
    }

    /// <summary>Lesson 18: with weight decay, is the validation cost after the last epoch (a) lower, (b) about the same, (c) higher than without?</summary>
    public static Feedback DecayedValidationCost(char answer)
    {
        if (answer == '?') return NotYetChosen; // before training anything

        double plain = TryIt.Lesson18Run().ValidationHistory[^1];
        double decayed = TryIt.Lesson18Run(TryIt.OverfittingLambda).ValidationHistory[^1];
        char truth = LowerSameOrHigher(decayed, plain);
        return Choice(answer, truth,
            $"{TryIt.Format(Math.Round(decayed, 4))} against {TryIt.Format(Math.Round(plain, 3))}: threading through every noisy reading needed large parameters, and the penalty makes them expensive.",
                ('a', "here the penalty does not lower the validation cost."),
                ('b', "the difference is large: without the penalty the network kept bending towards the training readings' noise for thousands of epochs."),
                ('c', "the penalty does make the training cost higher, but the training readings' noise is what it stops the network from learning, and that noise is not in the validation readings."));
    }

    /// <summary>Lesson 18: the test readings are swapped for others; whose trained network changes: (a) neither, (b) only the pipeline standardized on all readings, (c) both?</summary>
    public static Feedback WhoseModelChanges(char answer)
    {
        if (answer == '?') return NotYetChosen; // before training anything

        bool honestChanges = !TryIt.Lesson18Run().Model.Parameters().SequenceEqual(TryIt.Lesson18Run(otherTest: true).Model.Parameters());
        bool leakyChanges = !TryIt.Lesson18Run(leaky: true).Model.Parameters().SequenceEqual(TryIt.Lesson18Run(leaky: true, otherTest: true).Model.Parameters());
        char truth = honestChanges ? 'c' : leakyChanges ? 'b' : 'a';
        return Choice(answer, truth,
            "the standardizer fitted on all 60 readings took its μ and σ partly from the test readings, so other test readings give other μ and σ, other inputs to train on, and another network: the test set has leaked into the model.",
                ('a', "the pipeline that standardizes with all 60 readings reads the test readings before training: its μ and σ change with them."),
                ('b', "look again at what each pipeline reads before it trains."),
                ('c', "the honest pipeline fits its standardizers on the 12 training readings only, and trains on the training readings only: it never reads the test readings before the final score."));
    }
}
