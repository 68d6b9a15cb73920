using System.Collections.Immutable;
using System.Globalization;

namespace NanoNeuron.Optimization;

/// <summary>How a training run diverged: at which epoch, why, with which learning rate, and the costs it recorded before.</summary>
/// <remarks>
/// <para><b>The rule.</b> A run diverges when its cost grows without bound. Every trainer stops it, before its numbers
/// overflow where it can, at the first epoch whose cost (or a parameter) is not a finite number
/// (<see cref="DivergenceReason.NotFinite"/>), or once its cost has risen in each of <see cref="RisingEpochs"/> epochs in a
/// row to above the cost before training (<see cref="DivergenceReason.KeepsRising"/>: the run stops before the next
/// epoch). A run that converges may rise for a while (momentum and Adam overshoot, a mini-batch's noise: of the 4,064
/// runs of the course and its tests that ended below their start, none rose for more than 37 epochs in a row);
/// gradient descent past its limit rises in every epoch. A cost that stays high without growing (Adam with a huge α,
/// whose steps are about α long whatever the slope, before it settles) is not caught; Adam near the minimum, whose steps
/// stay about α long while it jitters there, can rise for 50 epochs and be stopped. When a model knows the limit in advance (the squared error of a line and the cross-entropy of a logistic
/// neuron under plain gradient descent on every example), its trainers refuse a learning rate at or above it before the
/// first epoch (<see cref="DivergenceReason.AboveLimit"/>): the rule would fire, or the run would never settle.</para>
/// <para>Both shapes a divergence reaches callers in carry one of these: <see cref="TrainingOutcome{TModel}.Divergence"/>
/// (from <see cref="Trainer.TryTrain"/>) and <see cref="TrainingDivergedException.Divergence"/> (from <see cref="Trainer.Train"/>).</para>
/// </remarks>
public sealed record Divergence
{
    /// <summary>How many epochs in a row a cost above its start must rise before the run counts as diverged: 50.</summary>
    public const int RisingEpochs = 50;

    /// <summary>Describes a divergence.</summary>
    /// <param name="epoch">The epoch (0-based) at which training stopped (see <see cref="Epoch"/>).</param>
    /// <param name="learningRate">The learning rate that diverged.</param>
    /// <param name="largestStableLearningRate">2/λmax of the training data, or NaN when the model or optimizer has no such known limit.</param>
    /// <param name="costHistory">The costs recorded before <paramref name="epoch"/>, starting with the cost before training: exactly <paramref name="epoch"/> of them.</param>
    /// <param name="reason">Which part of the rule stopped the run.</param>
    /// <exception cref="ArgumentException">
    /// A negative epoch, a learning rate that is not positive and finite, a limit that is neither NaN nor positive and
    /// finite, a history whose length is not the epoch or that holds a cost that is not finite, an unknown reason, a rise shorter than <see cref="RisingEpochs"/>
    /// epochs or one the history does not show, or a divergence known in advance that is not at epoch 0 or whose learning rate is below its limit.
    /// </exception>
    public Divergence(int epoch, double learningRate, double largestStableLearningRate, ImmutableArray<double> costHistory, DivergenceReason reason = DivergenceReason.NotFinite)
    {
        costHistory = costHistory.IsDefault ? [] : costHistory;
        if (epoch < 0)
        {
            throw new ArgumentException(Invariant($"epoch is {epoch}: a divergence happens at epoch 0 (the start) or later."), nameof(epoch));
        }

        Guard.LearningRate(learningRate);
        if (!double.IsNaN(largestStableLearningRate) && !(largestStableLearningRate > 0 && double.IsFinite(largestStableLearningRate)))
        {
            throw new ArgumentException(
                Invariant($"largestStableLearningRate is {Guard.Format(largestStableLearningRate)}: pass 2/λmax (positive, finite), or NaN when no limit is known."),
                nameof(largestStableLearningRate));
        }

        if (costHistory.Length != epoch)
        {
            throw new ArgumentException(
                Invariant($"costHistory holds {costHistory.Length} costs, but a divergence at epoch {epoch} has recorded exactly {epoch} before it (the cost before training, then one per epoch)."),
                nameof(costHistory));
        }

        for (int i = 0; i < costHistory.Length; i++)
        {
            if (!double.IsFinite(costHistory[i]))
            {
                throw new ArgumentException(
                    Invariant($"costHistory[{i}] is {Guard.Format(costHistory[i])}: the history holds the finite costs recorded before the divergence; a cost that is not finite is the divergence itself, at that epoch."),
                    nameof(costHistory));
            }
        }

        string? wrong = reason switch
        {
            DivergenceReason.NotFinite => null,
            DivergenceReason.KeepsRising when epoch <= RisingEpochs => Invariant($"a cost that keeps rising has risen in {RisingEpochs} epochs in a row after the start, so the run stops at epoch {RisingEpochs + 1} or later, not {epoch}"),
            DivergenceReason.KeepsRising when !KeptRising(costHistory) =>
                Invariant($"the history does not show it: each of its last {RisingEpochs} costs must be above the one before, and the last above the first"),
            DivergenceReason.KeepsRising => null,
            DivergenceReason.AboveLimit when epoch != 0 || !(learningRate >= largestStableLearningRate) =>
                Invariant($"a divergence known in advance is at epoch 0, with a learning rate at or above a known limit (here epoch {epoch}, learning rate {Guard.Format(learningRate)}, limit {Guard.Format(largestStableLearningRate)})"),
            DivergenceReason.AboveLimit => null,
            _ => Invariant($"{(int)reason} is not a DivergenceReason"),
        };
        if (wrong is not null)
        {
            throw new ArgumentException(Invariant($"reason is {reason}: {wrong}."), nameof(reason));
        }

        Epoch = epoch;
        LearningRate = learningRate;
        LargestStableLearningRate = largestStableLearningRate;
        CostHistory = costHistory;
        Reason = reason;
    }

    private static bool KeptRising(ImmutableArray<double> history)
    {
        for (int i = history.Length - RisingEpochs; i < history.Length; i++)
        {
            if (!(history[i] > history[i - 1]))
            {
                return false;
            }
        }

        return history[^1] > history[0];
    }

    /// <summary>
    /// The epoch (0-based) at which training stopped: the one whose cost or parameters were not finite, the one after a
    /// rise of <see cref="RisingEpochs"/> epochs, or 0 for a divergence known in advance.
    /// </summary>
    public int Epoch { get; }

    /// <summary>The learning rate that diverged.</summary>
    public double LearningRate { get; }

    /// <summary>
    /// 2/λmax of the training data, with λmax the steepest curvature the cost can have (learning rates strictly below it
    /// settle under plain gradient descent), or NaN when the model or optimizer has no such known limit.
    /// </summary>
    public double LargestStableLearningRate { get; }

    /// <summary>The costs recorded before the divergence, starting with the cost before training (empty at epoch 0).</summary>
    public ImmutableArray<double> CostHistory { get; }

    /// <summary>Which part of the rule stopped the run.</summary>
    public DivergenceReason Reason { get; }

    /// <summary>
    /// What went wrong and what to do. A divergence known in advance names the limit (printed to 5 significant digits,
    /// 0.00060897 for the original's data), and says the inputs are too large when the limit is below 1e-12; at epoch 0 otherwise no step has been taken, so the start is to blame; later,
    /// the learning rate, and the limit when it is known.
    /// </summary>
    public string Message => Reason switch
    {
        DivergenceReason.AboveLimit when LargestStableLearningRate < TinyLimit => string.Create(CultureInfo.InvariantCulture,
            $"Training was not started: the inputs are too large. On this data the cost curves so steeply (λmax ≈ {2 / LargestStableLearningRate:G3}) that plain gradient descent settles only for learning rates below 2/λmax ≈ {LargestStableLearningRate:G3}, and {LearningRate:R} is not below it. Standardize the inputs (Standardizer.Fit(data).Transform(data)) and train on those, or bring them to an ordinary size (|x| up to about 1,000)."),
        DivergenceReason.AboveLimit => string.Create(CultureInfo.InvariantCulture,
            $"Training was not started: the learning rate {LearningRate:R} is not below 2/λmax ≈ {LargestStableLearningRate:G5}, where λmax is the steepest the cost can curve on this data; only below that limit is plain gradient descent sure to settle (a strict upper limit, known before the first epoch), so no epoch was run: use a smaller learning rate."),
        _ when Epoch == 0 =>
            "Training cannot start: the cost of the starting point is already not a finite number (for the squared error, its errors overflow when squared), " +
            "so the start or the data are too large for a double, or the model computes a value that is not a number (a custom activation that returns NaN, for example). " +
            "Begin from parameters of moderate size, scale the inputs (standardize them), or check the model's formulas.",
        DivergenceReason.KeepsRising => string.Create(CultureInfo.InvariantCulture,
            $"Training diverged at epoch {Epoch}: with learning rate {LearningRate:R} the cost rose in each of the {RisingEpochs} epochs before it, to {Apart(CostHistory[^1], CostHistory[0])}, as a cost that grows without bound does. Runs that settle rarely rise for so long (Adam near the minimum, whose steps stay about α long while it jitters there, and a network leaving a plateau, can). {Advice}"),
        _ => string.Create(CultureInfo.InvariantCulture,
            $"Training diverged at epoch {Epoch}: with learning rate {LearningRate:R} the cost or the parameters grew until they were no longer finite numbers. {Advice}"),
    };

    /// <summary>"LAST, above the FIRST it started from", to 4 significant digits, or to every digit where 4 would print the two alike.</summary>
    private static string Apart(double last, double first)
    {
        string format = last.ToString("G4", CultureInfo.InvariantCulture) == first.ToString("G4", CultureInfo.InvariantCulture) ? "R" : "G4";
        return string.Create(CultureInfo.InvariantCulture, $"{last.ToString(format, CultureInfo.InvariantCulture)}, above the {first.ToString(format, CultureInfo.InvariantCulture)} it started from");
    }

    /// <summary>
    /// A limit below this (inputs of size 1e6 or more: λmax grows with the mean square of the inputs) is blamed on the
    /// inputs, not the learning rate: no learning rate anyone would try is small enough.
    /// </summary>
    private const double TinyLimit = 1e-12;

    /// <summary>The <see cref="Message"/>.</summary>
    public override string ToString() => Message;

    private string Advice => double.IsNaN(LargestStableLearningRate)
        ? "Use a smaller learning rate (try a tenth of it), or scale the inputs (standardize them)."
        : LargestStableLearningRate < TinyLimit
        ? string.Create(CultureInfo.InvariantCulture, $"The inputs are too large: for this data the learning rate must be below 2/λmax ≈ {LargestStableLearningRate:G3}; standardize the inputs (Standardizer.Fit(data).Transform(data)) and train on those.")
        : string.Create(CultureInfo.InvariantCulture, $"For this data the learning rate must be below 2/λmax ≈ {LargestStableLearningRate:G5} (a strict upper limit); use a smaller one.");
}
