using NanoNeuron.Data;

namespace NanoNeuron.Experiments;

/// <summary>
/// Gradient descent, momentum, Adam and standardized inputs, each tuned by a search, racing from the
/// original's start to the test cost the original reaches after 70,000 epochs.
/// </summary>
/// <remarks>
/// <para>"Reaching" a cost means reaching it and staying there: the epoch after which the test cost is at or below the
/// target until the end of a <see cref="RaceEpochs"/>-epoch run. (Momentum and Adam may dip below it and bounce back
/// up first.)</para>
/// <para>The settings were searched on the original's data, counting epochs this way: gradient descent at
/// α = 0.0005, 0.00055, 0.00058, 0.0006 (the limit is 2/λmax ≈ 0.000609); momentum at α = 0.00005, 0.0001, …, 0.0012
/// and β = 0.90, 0.91, …, 0.99; Adam at α = 0.001, 0.01, 0.03, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 1 and
/// β₁ = 0.9, 0.93, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99, 0.995 (β₂ = 0.999, ε = 1e-8); on standardized inputs, gradient
/// descent at α = 0.1, 0.5, 1, 1.5. <see cref="Settings"/> holds the best of each search.</para>
/// </remarks>
public static class OptimizerComparison
{
    /// <summary>The best settings of each search.</summary>
    public static RaceSettings Settings { get; } = new(
        FastestGradientDescent: new GradientDescent(0.0006),
        Momentum: new Momentum(0.00095, beta: 0.97),
        Adam: new Adam(1, beta1: 0.93),
        StandardizedRate: 1,
        NormalizationRate: 0.1);

    /// <summary>How long each run of the race is: the cost must stay at or below the target until this epoch.</summary>
    public const int RaceEpochs = 100_000;

    /// <summary>The race's optimizers on raw inputs, in the lesson's order: the original's gradient descent, the fastest gradient descent, momentum, Adam.</summary>
    public static ImmutableArray<Optimizer> Tuned { get; } =
    [
        new GradientDescent(Hyperparameters.LearningRate),
        Settings.FastestGradientDescent,
        Settings.Momentum,
        Settings.Adam,
    ];

    /// <summary>The test cost the original reaches: 70,000 epochs at α = 0.0005 from <see cref="Neuron.OriginalStart"/>, measured on the test set.</summary>
    public static double TargetTestCost(DataSets data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var original = Training.TrainModel(Neuron.OriginalStart, data.Train).Model;
        return Propagation.ForwardPropagation(original, data.Test).Cost;
    }

    /// <summary>The first epoch from which every cost in <paramref name="costs"/> is at or below <paramref name="target"/>; null if the last one is above it.</summary>
    /// <remarks><c>costs[k]</c> is the cost after k epochs, as in <see cref="TrainingResult{TModel}.CostHistory"/> or <see cref="TrainingResult{TModel}.ValidationHistory"/>.</remarks>
    /// <exception cref="ArgumentException">A target or a cost that is not a finite number (no cost compares with NaN, so "never reached" would be a wrong answer).</exception>
    public static int? EpochsToReach(IReadOnlyList<double> costs, double target)
    {
        ArgumentNullException.ThrowIfNull(costs);
        Target(target);
        for (int k = 0; k < costs.Count; k++)
        {
            if (!double.IsFinite(costs[k]))
            {
                throw new ArgumentException(
                    Invariant($"costs[{k}] is {Guard.Format(costs[k])}: every cost must be a finite number, as in a training run's CostHistory."), nameof(costs));
            }
        }

        int last = costs.Count - 1;
        while (last >= 0 && costs[last] <= target)
        {
            last--;
        }

        return last == costs.Count - 1 ? null : last + 1;
    }

    /// <summary>
    /// Trains a neuron from <see cref="Neuron.OriginalStart"/> on <paramref name="train"/> for <paramref name="epochs"/> epochs and
    /// counts the epochs until its cost on <paramref name="test"/> reaches <paramref name="target"/> and stays there.
    /// </summary>
    /// <returns>The run's outcome and the epochs: null epochs either because the cost is above the target at the end, or because training diverged (then the outcome says where).</returns>
    /// <exception cref="ArgumentException">A target that is not a finite number, or epochs below 0 or above <see cref="TrainingOptions.MaxEpochs"/>.</exception>
    public static TargetRun EpochsToReach(Optimizer optimizer, DataSet train, DataSet test, double target, int epochs = RaceEpochs)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        Target(target);
        var outcome = Trainer.TryTrain(new NeuronObjective(train), Neuron.OriginalStart, optimizer, TrainingOptions.ForEpochs(epochs), new NeuronObjective(test));
        return new TargetRun(outcome, outcome.Result is { } result ? EpochsToReach(result.ValidationHistory, target) : null);
    }

    /// <summary>Refuses a target cost that is not a finite number.</summary>
    private static void Target(double target)
    {
        if (!double.IsFinite(target))
        {
            throw new ArgumentException(
                Invariant($"target is {Guard.Format(target)}: it must be a finite cost, such as OptimizerComparison.TargetTestCost(data)."), nameof(target));
        }
    }

    /// <summary>
    /// The race on the original's data: the <see cref="Tuned"/> optimizers on raw inputs, then gradient descent on
    /// standardized inputs at the <see cref="RaceSettings.NormalizationRate"/> and the <see cref="RaceSettings.StandardizedRate"/> of <see cref="Settings"/> (its test set standardized with the training set's μ and σ).
    /// </summary>
    public static ImmutableArray<RaceResult> Race(DataSets data)
    {
        ArgumentNullException.ThrowIfNull(data);
        double target = TargetTestCost(data);
        var standardizer = Standardizer.Fit(data.Train);
        var train = standardizer.Transform(data.Train);
        var test = standardizer.Transform(data.Test);
        var tuned = Settings;
        return
        [
            Row("gradient descent (the original's α)", FormattableString.Invariant($"α = {Hyperparameters.LearningRate}"), Tuned[0], data.Train, data.Test, target),
            Row("gradient descent (fastest α)", FormattableString.Invariant($"α = {tuned.FastestGradientDescent.LearningRate}"), Tuned[1], data.Train, data.Test, target),
            Row("momentum", FormattableString.Invariant($"α = {tuned.Momentum.LearningRate}, β = {tuned.Momentum.Beta}"), Tuned[2], data.Train, data.Test, target),
            Row("Adam", FormattableString.Invariant($"α = {tuned.Adam.LearningRate}, β₁ = {tuned.Adam.Beta1}, β₂ = {tuned.Adam.Beta2}"), Tuned[3], data.Train, data.Test, target),
            Row("standardized x + gradient descent (input normalization's α)", FormattableString.Invariant($"α = {tuned.NormalizationRate}"), new GradientDescent(tuned.NormalizationRate), train, test, target),
            Row("standardized x + gradient descent", FormattableString.Invariant($"α = {tuned.StandardizedRate}"), new GradientDescent(tuned.StandardizedRate), train, test, target),
        ];
    }

    /// <summary>One row of the race; a tuned setting that diverges is a mistake in <see cref="Settings"/>, not a result.</summary>
    /// <exception cref="InvalidOperationException">The run diverged.</exception>
    private static RaceResult Row(string method, string settings, Optimizer optimizer, DataSet train, DataSet test, double target)
    {
        var run = EpochsToReach(optimizer, train, test, target);
        return run.Outcome.Divergence is { } divergence
            ? throw new InvalidOperationException($"The race's {method} ({settings}) diverged, so its settings are wrong: {divergence.Message}")
            : new RaceResult(method, settings, run.Epochs);
    }

    /// <summary>How long the paths of <see cref="RacePaths(DataSet)"/> run: the original's 70,000 epochs.</summary>
    public const int PathEpochs = Hyperparameters.Epochs;

    /// <summary>The epochs the race's slider stops at: <see cref="Frames"/> of <see cref="PathEpochs"/>.</summary>
    public static ImmutableArray<int> RaceFrames { get; } = Frames(PathEpochs);

    /// <summary>
    /// The epochs a slider through a run of <paramref name="epochs"/> epochs stops at: every epoch up to 20, then about
    /// 40 spaced evenly on a log scale, ending at <paramref name="epochs"/>.
    /// </summary>
    /// <exception cref="ArgumentException">epochs &lt; 0.</exception>
    public static ImmutableArray<int> Frames(int epochs) =>
        [.. Training.LogSpacedEpochs(epochs, 40).Concat(Enumerable.Range(0, Math.Min(epochs, 20) + 1)).Distinct().Order()];

    /// <summary>
    /// The race's three paths from <see cref="Neuron.OriginalStart"/>, for drawing: gradient descent at the
    /// original's α (the path of plain training), and the tuned momentum and Adam, for <see cref="PathEpochs"/> epochs.
    /// </summary>
    public static ImmutableArray<RacePath> RacePaths(DataSet train) =>
        RacePaths(train, Neuron.OriginalStart, PathEpochs, new GradientDescent(Hyperparameters.LearningRate), Settings.Momentum, Settings.Adam);

    /// <summary>
    /// The race's three paths with any settings (the lesson's lab): gradient descent, momentum and Adam from
    /// <paramref name="start"/> for <paramref name="epochs"/> epochs, each with its cost history and the neuron at every
    /// epoch up to 2,000, then at about 400 log-spaced epochs, and at every one of <see cref="Frames"/>(epochs).
    /// </summary>
    /// <remarks>
    /// An optimizer whose steps are too large diverges (the engine's rule, <see cref="Divergence"/>): its path then ends at
    /// the last epoch a run reaches before the rule stops it, and its <see cref="RacePath.Divergence"/> says where and why.
    /// The others run on.
    /// </remarks>
    /// <exception cref="ArgumentException">A start that is not finite, or epochs below 0 or above <see cref="TrainingOptions.MaxEpochs"/>.</exception>
    public static ImmutableArray<RacePath> RacePaths(DataSet train, Neuron start, int epochs, GradientDescent gradientDescent, Momentum momentum, Adam adam)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(gradientDescent);
        ArgumentNullException.ThrowIfNull(momentum);
        ArgumentNullException.ThrowIfNull(adam);
        NeuronGuard.Finite(start, nameof(start));
        TrainingOptions.ForEpochs(epochs);
        int[] at = [.. Enumerable.Range(0, Math.Min(epochs, 2000) + 1).Concat(Training.LogSpacedEpochs(epochs, 400)).Concat(Frames(epochs)).Distinct().Order()];
        // β₂ is named only when it is not the usual 0.999 (Adam's default), as the lesson names it.
        string adamName = FormattableString.Invariant($"Adam, α = {adam.LearningRate}, β₁ = {adam.Beta1}")
            + (adam.Beta2 == 0.999 ? "" : FormattableString.Invariant($", β₂ = {adam.Beta2}"));
        return
        [
            Follow(FormattableString.Invariant($"gradient descent, α = {gradientDescent.LearningRate}"), "white", start, train, gradientDescent, epochs, at),
            Follow(FormattableString.Invariant($"momentum, α = {momentum.LearningRate}, β = {momentum.Beta}"), "deepskyblue", start, train, momentum, epochs, at),
            Follow(adamName, "lime", start, train, adam, epochs, at),
        ];
    }

    /// <summary>One path of the race: trained once, with its snapshots; if it diverges, its path up to the epoch before.</summary>
    private static RacePath Follow(string name, string color, Neuron start, DataSet train, Optimizer optimizer, int epochs, int[] at)
    {
        var outcome = Trainer.TryTrain(new NeuronObjective(train), start, optimizer, new TrainingOptions { Epochs = epochs, SnapshotsAt = [.. at] });
        if (outcome.Result is { } result)
        {
            return new RacePath(name, color, result.Snapshots) { CostHistory = result.CostHistory };
        }

        // Full-batch training is deterministic: the same steps again, stopped earlier, give the path it took. After a cost
        // that is not finite, the epoch before is the last finite one; after the 50th rise in a row, the rule fires at
        // the end of the epoch before the one it names, so a rerun that long would stop too: the path ends one earlier.
        var divergence = outcome.Divergence!;
        int last = divergence.Epoch - (divergence.Reason == DivergenceReason.KeepsRising ? 2 : 1);
        var path = last < 0 ? [] : Path(start, train, optimizer, last, at);
        return new RacePath(name, color, path) { CostHistory = divergence.CostHistory, Divergence = divergence };
    }

    /// <summary>
    /// The first <paramref name="steps"/> steps of plain gradient descent at <paramref name="learningRate"/> from <paramref name="start"/>:
    /// the slopes before each step (the velocities are then the slopes themselves).
    /// </summary>
    /// <remarks>Momentum with β = 0 keeps nothing of the last step, so it is plain gradient descent: θ ← θ − α·∂J/∂θ.</remarks>
    public static ImmutableArray<VelocityRow> Slopes(Neuron start, DataSet train, double learningRate, int steps) =>
        Velocities(start, train, new Momentum(learningRate, beta: 0), steps);

    /// <summary>
    /// The first <paramref name="steps"/> steps of <paramref name="momentum"/> from <paramref name="start"/>: the slopes before
    /// each step and the velocity it used, read back from the parameters (velocity = step / −α).
    /// </summary>
    /// <exception cref="ArgumentException">steps below 0 or above <see cref="MaxVelocitySteps"/>.</exception>
    public static ImmutableArray<VelocityRow> Velocities(Neuron start, DataSet train, Momentum momentum, int steps)
    {
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(momentum);
        string range = Invariant($"pass from 0 to {MaxVelocitySteps:N0} steps (OptimizerComparison.MaxVelocitySteps), such as 10");
        Guard.Count(steps, 0, MaxVelocitySteps, range, range, nameof(steps));
        var path = Path(start, train, momentum, steps, Enumerable.Range(0, steps + 1));
        return [.. Enumerable.Range(0, steps).Select(k =>
        {
            var (here, next) = (path[k].Model, path[k + 1].Model);
            var slopes = Propagation.BackwardPropagation(Propagation.ForwardPropagation(here, train), train);
            return new VelocityRow(k, slopes.DW, slopes.DB,
                (here.Weight - next.Weight) / momentum.LearningRate, (here.Bias - next.Bias) / momentum.LearningRate);
        })];
    }

    /// <summary>The most steps <see cref="Velocities"/> and <see cref="Slopes"/> tabulate: 100,000 (a table, not a training run).</summary>
    public const int MaxVelocitySteps = 100_000;

    /// <summary>The neuron after each of the epochs <paramref name="at"/> (and before the first), trained from <paramref name="start"/> with <paramref name="optimizer"/>.</summary>
    /// <exception cref="ArgumentException">Epochs below 0 or above <see cref="TrainingOptions.MaxEpochs"/>, or more epochs in <paramref name="at"/> than <see cref="TrainingOptions.WithSnapshotsAt"/> reads.</exception>
    public static ImmutableArray<Snapshot<Neuron>> Path(Neuron start, DataSet train, Optimizer optimizer, int epochs, IEnumerable<int> at)
    {
        ArgumentNullException.ThrowIfNull(at);
        var options = TrainingOptions.ForEpochs(epochs).WithSnapshotsAt(at);
        return Trainer.Train(new NeuronObjective(train), start, optimizer, options).Snapshots;
    }
}
