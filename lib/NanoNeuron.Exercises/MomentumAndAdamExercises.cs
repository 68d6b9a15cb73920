namespace NanoNeuron.Exercises;

/// <summary>Momentum and Adam. The predict-then-run questions and the "Try it" checker.</summary>
public static class MomentumAndAdamExercises
{
    /// <summary>The "Try it": the most epochs a momentum run at the original's α may need to reach the original's test cost.</summary>
    public const int MomentumEpochBudget = 1_500;

    /// <summary>How long each of the checker's runs is (the test cost must stay at or below the target until then).</summary>
    public const int MomentumTryItEpochs = 20_000;

    /// <summary>
    /// A β for momentum at the original's α = 0.0005 that reaches the original's test cost (and stays there) in
    /// under <see cref="MomentumEpochBudget"/> epochs, from the original start.
    /// </summary>
    [TryIt]
    public static Feedback MomentumBeta(double beta)
    {
        if (!(beta is >= 0 and < 1))
        {
            return Feedback.Hint($"β = {Judge.Format(beta)} cannot be used: β is the share of the last step kept in the next one, so it must be at least 0 and below 1 (at 1 or more the steps never fade).");
        }

        var data = NanoNeuron.DataSets.GenerateDataSets();
        double target = OptimizerComparison.TargetTestCost(data);
        TargetRun Run(double b) => OptimizerComparison.EpochsToReach(new Momentum(Hyperparameters.LearningRate, b), data.Train, data.Test, target, MomentumTryItEpochs);
        var run = Run(beta);
        int? epochs = run.Epochs;
        if (epochs < MomentumEpochBudget)
        {
            return Feedback.Right(Invariant($"β = {Judge.Format(beta)} reaches the original's test cost in {epochs:N0} epochs, against 70,000 without momentum: along the valley the slopes agree, so each step adds to the velocity, which grows to about 1/(1 − β) times a single step."));
        }

        // Which side of the best β is the answer on? The best of a coarse search decides.
        double best = Enumerable.Range(0, 10).Select(i => 0.9 + i * 0.01).MinBy(b => Run(b).Epochs ?? int.MaxValue);
        string took = run.Outcome.Divergence is { } divergence ? Invariant($"with β = {Judge.Format(beta)} training diverges at epoch {divergence.Epoch:N0}")
            : epochs is { } n ? Invariant($"β = {Judge.Format(beta)} needs {n:N0} epochs")
            : Invariant($"with β = {Judge.Format(beta)} the test cost is still above the target after {MomentumTryItEpochs:N0} epochs");
        return beta < best
            ? Feedback.Hint($"{took}: it keeps too little of each step. Along the valley the slope is small but always the same way; a larger β lets more steps add up (the velocity grows to about 1/(1 − β) times one step).")
            : Feedback.Hint($"{took}: it keeps too much. The velocity grows so large that the neuron overshoots the bottom along the valley and swings back and forth for a long time; try a slightly smaller β.");
    }

    /// <summary>If the slope stayed the same forever, how many times the slope would momentum's velocity grow to, with β = 0.9?</summary>
    [Question]
    public static Feedback VelocityLimit(double multiple)
    {
        const double beta = 0.9;
        double truth = Enumerable.Range(0, 1000).Sum(k => Math.Pow(beta, k));
        return Judge.Number(multiple, truth, 0.05,
            "each step keeps 0.9 of the velocity and adds one slope, so it grows until the 0.1 it loses equals the slope it gains: 1 + 0.9 + 0.81 + … = 1/(1 − 0.9) = 10.",
            (0.9, "β = 0.9 is the share of the old velocity kept each step, not how large the velocity grows: each step also adds a whole new slope."),
            (1.9, "that is after two steps (1 + 0.9); it keeps growing, more slowly each step."),
            (2.71, "that is after three steps (1 + 0.9 + 0.81); it keeps growing, more slowly each step."));
    }

    /// <summary>
    /// A neuron trained on standardized inputs (one epoch at α = 1) and one trained with Adam on raw inputs
    /// (the race's settings, until it reaches the original's test cost): which must be changed before <c>Predict(70)</c>
    /// gives °F? (a) the standardized one, (b) the Adam one, (c) both, (d) neither.
    /// </summary>
    [Question]
    public static Feedback WhichNeuronNeedsUndoing(char answer)
    {
        var data = NanoNeuron.DataSets.GenerateDataSets();
        var standardizer = Standardizer.Fit(data.Train);
        var onStandardized = Trainer.Train(new NeuronObjective(standardizer.Transform(data.Train)), Neuron.OriginalStart,
            new GradientDescent(OptimizerComparison.Settings.StandardizedRate), new TrainingOptions { Epochs = 1 }).Model;
        var withAdam = Trainer.Train(new NeuronObjective(data.Train), Neuron.OriginalStart, OptimizerComparison.Settings.Adam,
            new TrainingOptions { Epochs = OptimizerComparison.EpochsToReach(OptimizerComparison.Settings.Adam, data.Train, data.Test, OptimizerComparison.TargetTestCost(data)).Epochs ?? OptimizerComparison.RaceEpochs }).Model;
        double right = Temperature.CelsiusToFahrenheit(70);
        bool standardizedIsOff = Math.Abs(onStandardized.Predict(70) - right) > 1;
        bool adamIsOff = Math.Abs(withAdam.Predict(70) - right) > 0.01;
        char truth = (standardizedIsOff, adamIsOff) switch { (true, false) => 'a', (false, true) => 'b', (true, true) => 'c', _ => 'd' };
        return Judge.Choice(answer, truth,
            "standardizing changed the problem: that neuron expects (x − μ)/σ, so 70 must be standardized first (or the neuron mapped back). Adam only changed the steps; its neuron reads °C like the original's.",
                ('a', "the standardized neuron expects (x − μ)/σ, not °C."),
                ('b', "Adam changes only how the steps are taken. Ask of each neuron what numbers it read while it was trained."),
                ('c', "ask of each neuron in turn what numbers it read while it was trained: °C, or something else?"),
                ('d', "ask of each neuron what numbers it read while it was trained: were they all °C?"));
    }

    /// <summary>
    /// Adam with α = 1 from the original start, where the slopes are about −4355 (w) and −73.66 (b): how far does its first step move them?
    /// (a) by α times the slope, (b) w about 59 times as far as b, (c) both by about α = 1, (d) neither.
    /// </summary>
    [Question]
    public static Feedback AdamFirstStep(char answer)
    {
        var adam = OptimizerComparison.Settings.Adam;
        var after = FromOriginalStart.Train(adam, new TrainingOptions { Epochs = 1 }).Model;
        bool bothByAlpha = Math.Abs(after.Weight - Neuron.OriginalStart.Weight - adam.LearningRate) < 1e-6
            && Math.Abs(after.Bias - Neuron.OriginalStart.Bias - adam.LearningRate) < 1e-6;
        char truth = bothByAlpha ? 'c' : 'b';
        return Judge.Choice(answer, truth,
            "on the first step the typical size of the recent slopes is the size of that one slope, so each step is α times the slope divided by its own size: α, whatever the slope.",
                ('a', "that would move w by about 4355. Adam divides each slope by its typical size before multiplying by α: on the very first step, what is that typical size?"),
                ('b', "that is how gradient descent's steps go, following the slopes' sizes. Adam divides each parameter's slope by its own typical size: on the very first step, what is that size?"),
                ('c', "Adam's step is the slope divided by its typical size, and that is no longer about α here."),
                ('d', "Adam does move on its first step: the slopes are not zero."));
    }
}
