using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NanoNeuron.Optimization;

/// <summary>The one training loop: any model (through its <see cref="IObjective{TModel}"/>), any <see cref="Optimizer"/>.</summary>
/// <remarks>
/// Everything a caller passes is checked once, before the first epoch; the epochs themselves check nothing but the rule
/// of <see cref="Divergence"/>.
/// </remarks>
public static class Trainer
{
    /// <summary>Trains <paramref name="start"/> on <paramref name="objective"/> with <paramref name="optimizer"/>.</summary>
    /// <remarks>
    /// <para>Each epoch records the cost on every training example, then moves the parameters: once with the gradient
    /// over all examples (<see cref="TrainingOptions.BatchSize"/> 0), or once per batch of a fresh shuffle.</para>
    /// <para>With every example in one batch and <see cref="GradientDescent"/>, the one neuron trained on its squared
    /// error follows the original, bit for bit.</para>
    /// </remarks>
    /// <param name="objective">The cost to make small, on the training examples.</param>
    /// <param name="start">Where to start; it is not changed.</param>
    /// <param name="optimizer">How to step.</param>
    /// <param name="options">Epochs, batch size, decay and snapshots; <see cref="TrainingOptions.Default"/> when null.</param>
    /// <param name="validation">If given, the same cost on held-out examples, recorded after every epoch and used to pick <see cref="TrainingResult{TModel}.BestValidation"/>.</param>
    /// <param name="progress">If given, told the epoch and cost every <see cref="TrainingOptions.ProgressInterval"/> epochs and after the last.</param>
    /// <param name="cancellationToken">Looked at every epoch, and with mini-batches before every step; cancelling stops training.</param>
    /// <exception cref="ArgumentException">
    /// An objective without parameters, a start that is not finite or does not fit the objective, a validation objective
    /// that does not read the start as the training objective does or whose cost of the start is not finite, snapshots
    /// asked for after the last epoch, a decay that would make the step size fall more than a million-fold, or an
    /// optimizer whose Start returns null or a run for another number of parameters.
    /// </exception>
    /// <exception cref="TrainingDivergedException">The run diverged (the rule of <see cref="Divergence"/>): the learning rate is too large.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static TrainingResult<TModel> Train<TModel>(IObjective<TModel> objective, TModel start, Optimizer optimizer, TrainingOptions? options = null,
        IObjective<TModel>? validation = null, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default) =>
        TryTrain(objective, start, optimizer, options, validation, progress, cancellationToken).ResultOrThrow();

    /// <summary>Trains like <see cref="Train"/>, but returns a divergence as an outcome instead of throwing it.</summary>
    /// <remarks>For experiments that expect some runs to diverge (learning rates near the limit, say): match on the outcome.</remarks>
    /// <exception cref="ArgumentException">As <see cref="Train"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static TrainingOutcome<TModel> TryTrain<TModel>(IObjective<TModel> objective, TModel start, Optimizer optimizer, TrainingOptions? options = null,
        IObjective<TModel>? validation = null, IProgress<TrainingProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(optimizer);
        options ??= TrainingOptions.Default;
        ObjectiveGuard.Counts(objective, nameof(objective));
        if (validation is not null && validation.ParameterCount != objective.ParameterCount)
        {
            throw new ArgumentException(
                Invariant($"The validation objective has {validation.ParameterCount} parameters but the training objective has {objective.ParameterCount}: build both for the same model, on different examples."),
                nameof(validation));
        }

        options.Check();
        var parameters = new double[objective.ParameterCount];
        objective.GetParameters(start, parameters);
        if (validation is not null)
        {
            CheckValidation(validation, start, parameters);
        }

        var run = optimizer.Start(parameters.Length) ?? throw new ArgumentException(
            Invariant($"{optimizer.GetType().Name}.Start returned null: an optimizer must return the OptimizerRun that takes the steps."), nameof(optimizer));
        if (run.ParameterCount != parameters.Length)
        {
            throw new ArgumentException(
                Invariant($"{optimizer.GetType().Name}.Start({parameters.Length}) returned a run for {run.ParameterCount} parameters: it must take steps over as many parameters as it was asked for."), nameof(optimizer));
        }

        return Loop(objective, parameters, run, optimizer.LearningRate, options, validation, progress, cancellationToken);
    }

    /// <summary>The epochs, on arguments already checked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static TrainingOutcome<TModel> Loop<TModel>(
        IObjective<TModel> objective,
        double[] parameters,
        OptimizerRun run,
        double learningRate,
        TrainingOptions options,
        IObjective<TModel>? validation,
        IProgress<TrainingProgress>? progress,
        CancellationToken cancellationToken)
    {
        int epochs = options.Epochs;
        var gradient = new double[parameters.Length];
        var history = new double[epochs + 1];
        var validationHistory = validation is null ? null : new double[epochs + 1];
        Snapshot<TModel>? best = null;
        var snapshots = new Snapshots<TModel>(options);
        var divergence = new DivergenceCheck();
        int m = objective.ExampleCount;
        bool fullBatch = options.FullBatch(m);
        int[] order = fullBatch ? [] : [.. Enumerable.Range(0, m)];
        var shuffle = new Random(options.ShuffleSeed);
        long steps = 0;
        for (int epoch = 0; ; epoch++)
        {
            history[epoch] = fullBatch ? objective.CostAndGradient(parameters, [], gradient) : objective.Cost(parameters);
            if (divergence.Look(history, epoch, DivergenceCheck.AllFinite(parameters), learningRate, double.NaN) is { } diverged)
            {
                return new TrainingOutcome<TModel>(diverged);
            }

            if (validationHistory is not null)
            {
                validationHistory[epoch] = validation!.Cost(parameters);
                if (ValidationDivergence(validationHistory, epoch, history, learningRate, nameof(validation)) is { } overflowed)
                {
                    return new TrainingOutcome<TModel>(overflowed);
                }

                if (best is null || validationHistory[epoch] < best.Value.Cost)
                {
                    best = new Snapshot<TModel>(epoch, objective.Model(parameters), validationHistory[epoch]);
                }
            }

            if (epoch == snapshots.NextEpoch)
            {
                snapshots.Take(epoch, objective.Model(parameters), history[epoch]);
            }
            Progress.Check(epoch, epochs, history[epoch], progress, cancellationToken);

            if (epoch == epochs)
            {
                return new TrainingOutcome<TModel>(new TrainingResult<TModel>(objective.Model(parameters), ImmutableCollectionsMarshal.AsImmutableArray(history))
                {
                    Snapshots = snapshots.Taken,
                    ValidationHistory = validationHistory is null ? [] : ImmutableCollectionsMarshal.AsImmutableArray(validationHistory),
                    BestValidation = best,
                    Steps = steps,
                });
            }

            double stepSize = options.StepSize(learningRate, epoch);
            if (fullBatch)
            {
                run.UpdateUnchecked(parameters, gradient, stepSize);
                steps++;
                continue;
            }

            shuffle.Shuffle(order);
            for (int first = 0; first < m; first += options.BatchSize)
            {
                cancellationToken.ThrowIfCancellationRequested(); // an epoch of 10,000,000 single examples takes seconds
                objective.CostAndGradient(parameters, order.AsSpan(first, Math.Min(options.BatchSize, m - first)), gradient);
                run.UpdateUnchecked(parameters, gradient, stepSize);
                steps++;
            }
        }
    }

    /// <summary>Refuses a validation objective that reads the start differently from the training objective (a network of another shape with as many parameters, say).</summary>
    private static void CheckValidation<TModel>(IObjective<TModel> validation, TModel start, ReadOnlySpan<double> parameters)
    {
        const string Fix = "build both objectives for the same model, on different examples.";
        var seen = new double[parameters.Length];
        try
        {
            validation.GetParameters(start, seen);
        }
        catch (ArgumentException error)
        {
            throw new ArgumentException(Invariant($"The validation objective refuses the start ({error.Message}): {Fix}"), nameof(validation), error);
        }

        if (!parameters.SequenceEqual(seen))
        {
            throw new ArgumentException(Invariant($"The validation objective reads the start as other parameters than the training objective does: {Fix}"), nameof(validation));
        }
    }

    /// <summary>
    /// A validation cost that is not finite: at epoch 0 the validation examples do not suit the start (an
    /// <see cref="ArgumentException"/>); later the model grew too large, a divergence.
    /// </summary>
    private static Divergence? ValidationDivergence(double[] validationHistory, int epoch, double[] history, double learningRate, string name)
    {
        double cost = validationHistory[epoch];
        if (double.IsFinite(cost))
        {
            return null;
        }

        if (epoch == 0)
        {
            throw new ArgumentException(
                Invariant($"The validation cost of the start is {Guard.Format(cost)}, not a finite number, while its training cost is {Guard.Format(history[0])}: give validation examples of the same kind and scale as the training ones (scale both with the same standardizer)."),
                name);
        }

        return new Divergence(epoch, learningRate, double.NaN, [.. history.AsSpan(0, epoch)]);
    }
}
