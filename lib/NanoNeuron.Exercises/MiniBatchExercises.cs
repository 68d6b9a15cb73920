namespace NanoNeuron.Exercises;

/// <summary>Mini-batches: steps per epoch, noisy slopes and a shrinking learning rate. The predict-then-run questions and the "Try it" checker.</summary>
public static class MiniBatchExercises
{
    /// <summary>The "Try it": how many epochs of stochastic gradient descent.</summary>
    public const int SettleEpochs = 50;

    /// <summary>The "Try it": how close to the best line's cost every one of the last twenty epochs (31–50) must end.</summary>
    public const double SettleTolerance = 5e-5;

    /// <summary>The share of the way from the start's cost to the best line's that a run must cover to count as moving: 1 %.</summary>
    private const double MovedShare = 0.01;

    /// <summary>
    /// A learning rate and a decay with which stochastic gradient descent (one reading per step, the
    /// course's shuffle seed, from the original start) ends each of epochs 31–50 within
    /// <see cref="SettleTolerance"/> of the best line's cost on <see cref="MiniBatches.StandardizedReadings"/>.
    /// </summary>
    [TryIt]
    public static Feedback SettleWithDecay(double learningRate, double decay)
    {
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
        {
            return Feedback.Hint($"the learning rate is {Judge.Format(learningRate)}: it must be a positive number, such as the lesson's 0.1.");
        }

        if (!(decay >= 0) || !double.IsFinite(decay))
        {
            return Feedback.Hint($"the decay is {Judge.Format(decay)}: use 0 for a constant α, or a positive number, so that the step size α/(1 + decay·epoch) shrinks.");
        }

        if (1 + (decay * (SettleEpochs - 1)) > TrainingOptions.MaxLearningRateFall)
        {
            return Feedback.Hint($"the decay is {Judge.Format(decay)}: by the last epoch the step size α/(1 + decay·epoch) would be more than a million times smaller than α, so the neuron would stop moving after the first few steps. Use a much smaller decay, one that shrinks the steps gently over the {SettleEpochs} epochs.");
        }

        var readings = MiniBatches.StandardizedReadings();
        double floor = MiniBatches.ReadingsFloor();
        var outcome = Trainer.TryTrain(new NeuronObjective(readings), Neuron.OriginalStart, new GradientDescent(learningRate),
            new TrainingOptions { Epochs = SettleEpochs, BatchSize = 1, LearningRateDecay = decay });
        if (outcome.Result is not { } result)
        {
            return TooLarge(learningRate, $"the cost blew up at epoch {outcome.Divergence!.Epoch}");
        }

        double highest = result.CostHistory.Max();
        if (highest > result.CostBefore)
        {
            return TooLarge(learningRate, $"the cost rose to {Judge.Format(highest)}, above the {Judge.Format(result.CostBefore)} it started from");
        }

        if (result.CostAfter > result.CostBefore - (MovedShare * (result.CostBefore - floor)))
        {
            return Feedback.Hint($"α = {Judge.Format(learningRate)} is too small to move the neuron {(result.Model == Neuron.OriginalStart ? "at all" : "far")}: after {SettleEpochs} epochs the cost is still {Judge.Format(result.CostAfter)}, against {Judge.Format(result.CostBefore)} at the start. Use a learning rate like the lesson's 0.1.");
        }

        double[] last = [.. result.CostHistory.Skip(SettleEpochs - 19).Select(cost => cost - floor)];
        double worst = last.Max();
        double finalRate = new TrainingOptions { LearningRateDecay = decay }.LearningRateAt(learningRate, SettleEpochs - 1);
        if (worst <= SettleTolerance)
        {
            return Feedback.Right($"in epochs 31–50 the cost stays within {Judge.Format(worst)} of the best line's {Judge.Format(floor)}. The steps began at α = {Judge.Format(learningRate)}, long enough to cross the bowl quickly, and had shrunk to {Judge.Format(finalRate)} by the last epoch, too short to kick the neuron far from the bottom.");
        }

        if (decay == 0)
        {
            return Feedback.Hint($"with a constant α every step stays as long as the first, and each step follows one noisy reading, so the neuron keeps jittering: up to {Judge.Format(worst)} above the best line's cost in epochs 31–50. Let the steps shrink: give the decay a positive value.");
        }

        bool stillFalling = last.Zip(last.Skip(1), (before, after) => after < before).All(fell => fell);
        return stillFalling
            ? Feedback.Hint($"the cost is still falling in every one of the last epochs ({Judge.Format(worst)} above the best line's cost): the steps shrank before the neuron arrived (to {Judge.Format(finalRate)} by the last epoch). Use a smaller decay or a larger α.")
            : Feedback.Hint($"the neuron is still jittering, up to {Judge.Format(worst)} above the best line's cost in epochs 31–50: its steps are still too long at the end ({Judge.Format(finalRate)} in the last epoch). Use a larger decay, or a smaller α.");
    }

    private static Feedback TooLarge(double learningRate, string what) =>
        Feedback.Hint($"α = {Judge.Format(learningRate)} is too large for steps on single readings: {what}. Start smaller; the lesson's 0.1 is safe.");

    /// <summary>How many steps one epoch of 1,000 examples makes with batches of 32.</summary>
    [Question]
    public static Feedback StepsPerEpoch(double steps) =>
        Judge.Number(steps, MiniBatches.StepsPerEpoch(1000, 32), 0,
            "31 batches of 32 hold 992 examples; the 8 left over make a 32nd, smaller batch, and every batch is one step.",
            (31, "31 full batches hold only 992 of the 1,000 examples, and an epoch looks at every example. What happens to the ones left over?"),
            (31.25, "steps come whole: a step is one batch, whatever its size. What do the examples that do not fill a whole batch become?"),
            (1000, "that is one step per example, batch size 1; with batches of 32 each step takes 32 examples."));

    /// <summary>One example per step at the original's α = 0.0005, on the original's data: (a) smooth and faster, (b) it falls, noisily, (c) the cost blows up.</summary>
    [Question]
    public static Feedback SgdAtTheOriginalRate(char answer)
    {
        var result = FromOriginalStart.Train(new GradientDescent(0.0005), new TrainingOptions { Epochs = 1, BatchSize = 1 });
        char truth = result.CostAfter > result.CostBefore ? 'c' : 'b';
        return Judge.Choice(answer, truth,
            $"after one epoch the cost is {Judge.Format(result.CostAfter)}, up from {Judge.Format(result.CostBefore)}: a step on one hot example (x near 99) is judged by that example's own, much steeper bowl, and α = 0.0005 overshoots it.",
            ('a', "each step now sees one example, not all of them, so it cannot be smoother than a full batch's step. Ask whether α = 0.0005 suits one example's own bowl."),
            ('b', "each step is now judged by one example's own bowl, not by the average over all 100. How steep is a hot example's (x near 99), and is α = 0.0005 below lesson 07's limit for it?"),
            ('c', "here the cost did not blow up: run the next cell and look at how far it jumps around."));
    }

    /// <summary>Two runs with one example per step and the same shuffle seed: (a) the same to the last bit, (b) the same but for the last digits, (c) clearly different.</summary>
    [Question]
    public static Feedback SameShuffleSeed(char answer)
    {
        var options = new TrainingOptions { Epochs = 20, BatchSize = 1 };
        var first = FromOriginalStart.Train(new GradientDescent(0.0002), options);
        var second = FromOriginalStart.Train(new GradientDescent(0.0002), options);
        char truth = first.CostHistory.SequenceEqual(second.CostHistory) ? 'a' : 'c';
        return Judge.Choice(answer, truth,
            "the seed fixes every shuffle, so both runs take the same examples in the same order and do the same arithmetic in the same order: the same bits.",
            ('a', "the runs differ: something besides the seed changes the order."),
            ('b', "rounding only differs when the arithmetic is done in a different order. Does anything change the order between two runs with the same seed?"),
            ('c', "the shuffle looks random, but it comes from a seeded generator. What does such a generator give when it starts from the same seed?"));
    }
}
