using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NanoNeuron.Optimization;

/// <summary>The one training loop: any model (through its <see cref="IObjective{TModel}"/>), any <see cref="Optimizer"/>.</summary>
public static class Trainer
{
    /// <summary>Trains <paramref name="start"/> on <paramref name="objective"/> with <paramref name="optimizer"/>.</summary>
    /// <remarks>
    /// <para>Each epoch records the cost on every training example, then moves the parameters: once with the gradient
    /// over all examples (<see cref="TrainingOptions.BatchSize"/> 0), or once per batch of a fresh shuffle.</para>
    /// <para>With every example in one batch and <see cref="GradientDescent"/>, a neuron trained on
    /// <see cref="NeuronObjective"/> follows the original, bit for bit.</para>
    /// </remarks>
    /// <param name="objective">The cost to make small, on the training examples.</param>
    /// <param name="start">Where to start; it is not changed.</param>
    /// <param name="optimizer">How to step.</param>
    /// <param name="options">Epochs, batch size, decay and snapshots; <see cref="TrainingOptions.Default"/> when null.</param>
    /// <param name="validation">If given, the same cost on held-out examples, recorded after every epoch and used to pick <see cref="TrainingResult{TModel}.BestValidation"/>.</param>
    /// <param name="progress">If given, told the epoch and cost every <see cref="Training.ProgressInterval"/> epochs and after the last.</param>
    /// <param name="cancellationToken">Looked at every <see cref="Training.ProgressInterval"/> epochs; cancelling stops training.</param>
    /// <exception cref="ArgumentException">
    /// An objective without parameters, a start that is not finite or does not fit the objective, a validation objective
    /// that does not read the start as the training objective does or whose cost of the start is not finite, snapshots
    /// asked for after the last epoch, a decay that brings the step size to 0, or an optimizer whose Start returns null.
    /// </exception>
    /// <exception cref="TrainingDivergedException">The cost (training or validation) or the parameters became infinite or NaN: the learning rate is too large.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static TrainingResult<TModel> Train<TModel>(
        IObjective<TModel> objective,
        TModel start,
        Optimizer optimizer,
        TrainingOptions? options = null,
        IObjective<TModel>? validation = null,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(objective);
        ArgumentNullException.ThrowIfNull(optimizer);
        options ??= TrainingOptions.Default;
        ObjectiveGuard.Counts(objective, nameof(objective));
        if (validation is not null && validation.ParameterCount != objective.ParameterCount)
        {
            throw new ArgumentException(
                $"The validation objective has {validation.ParameterCount} parameters but the training objective has {objective.ParameterCount}: build both for the same model, on different examples.",
                nameof(validation));
        }

        CheckOptions(options, optimizer.LearningRate);
        var parameters = new double[objective.ParameterCount];
        objective.GetParameters(start, parameters);
        if (validation is not null)
        {
            CheckValidation(validation, start, parameters);
        }

        var gradient = new double[parameters.Length];
        var history = new double[options.Epochs + 1];
        var validationHistory = validation is null ? null : new double[options.Epochs + 1];
        Snapshot<TModel>? best = null;
        var keep = options.SnapshotsAt.ToHashSet();
        var snapshots = ImmutableArray.CreateBuilder<Snapshot<TModel>>();
        var run = optimizer.Start(parameters.Length) ?? throw new ArgumentException(
            $"{optimizer.GetType().Name}.Start returned null: an optimizer must return the OptimizerRun that takes the steps.", nameof(optimizer));
        int m = objective.ExampleCount;
        bool fullBatch = options.BatchSize == 0 || options.BatchSize >= m;
        int[] order = fullBatch ? [] : [.. Enumerable.Range(0, m)];
        var shuffle = new Random(options.ShuffleSeed);
        long steps = 0;
        // 2/λmax bounds plain gradient descent over every example; for other optimizers, or steps on a few examples
        // (whose own curvature may be larger), the message cannot name a limit.
        Func<double> largestStable = () => optimizer is GradientDescent && fullBatch ? objective.LargestStableLearningRate : double.NaN;
        for (int epoch = 0; ; epoch++)
        {
            history[epoch] = fullBatch ? objective.CostAndGradient(parameters, [], gradient) : objective.Cost(parameters);
            DivergenceCheck.Check(history, epoch, parameters, optimizer.LearningRate, largestStable);
            if (validationHistory is not null)
            {
                validationHistory[epoch] = validation!.Cost(parameters);
                CheckValidationCost(validationHistory, epoch, history, optimizer.LearningRate, nameof(validation));
                if (best is null || validationHistory[epoch] < best.Value.Cost)
                {
                    best = new Snapshot<TModel>(epoch, objective.Model(parameters), validationHistory[epoch]);
                }
            }

            if (epoch == 0 || epoch == options.Epochs || keep.Contains(epoch))
            {
                snapshots.Add(new Snapshot<TModel>(epoch, objective.Model(parameters), history[epoch]));
            }

            Progress.Check(epoch, options.Epochs, history[epoch], progress, cancellationToken);
            if (epoch == options.Epochs)
            {
                return new TrainingResult<TModel>(objective.Model(parameters), ImmutableCollectionsMarshal.AsImmutableArray(history))
                {
                    Snapshots = snapshots.ToImmutable(),
                    ValidationHistory = validationHistory is null ? [] : ImmutableCollectionsMarshal.AsImmutableArray(validationHistory),
                    BestValidation = best,
                    Steps = steps,
                };
            }

            double learningRate = options.LearningRateAt(optimizer.LearningRate, epoch);
            if (fullBatch)
            {
                run.Update(parameters, gradient, learningRate);
                steps++;
                continue;
            }

            shuffle.Shuffle(order);
            for (int first = 0; first < m; first += options.BatchSize)
            {
                objective.CostAndGradient(parameters, order.AsSpan(first, Math.Min(options.BatchSize, m - first)), gradient);
                run.Update(parameters, gradient, learningRate);
                steps++;
            }
        }
    }

    /// <summary>Trains like <see cref="Train"/>, but returns a divergence as an outcome instead of throwing it.</summary>
    /// <remarks>For experiments that expect some runs to diverge (learning rates near the limit, say): match on the outcome.</remarks>
    /// <exception cref="ArgumentException">As <see cref="Train"/>.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public static TrainingOutcome<TModel> TryTrain<TModel>(
        IObjective<TModel> objective,
        TModel start,
        Optimizer optimizer,
        TrainingOptions? options = null,
        IObjective<TModel>? validation = null,
        IProgress<TrainingProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        try
        {
            return new TrainingOutcome<TModel>(Train(objective, start, optimizer, options, validation, progress, cancellationToken));
        }
        catch (TrainingDivergedException diverged)
        {
            return new TrainingOutcome<TModel>(diverged.Divergence);
        }
    }

    /// <summary>Refuses snapshots after the last epoch, and a decay that brings the step size down to 0 before the last epoch.</summary>
    private static void CheckOptions(TrainingOptions options, double learningRate)
    {
        int beyond = options.SnapshotsAt.FirstOrDefault(epoch => epoch > options.Epochs, -1);
        if (beyond >= 0)
        {
            throw new ArgumentException(
                $"SnapshotsAt holds epoch {beyond}, but training makes only {options.Epochs} epochs: ask for snapshots from 0 to Epochs, or train for more epochs.",
                nameof(options));
        }

        if (options.Epochs > 0 && options.LearningRateAt(learningRate, options.Epochs - 1) == 0)
        {
            throw new ArgumentException(
                $"LearningRateDecay is {Guard.Format(options.LearningRateDecay)}: with learning rate {Guard.Format(learningRate)} it makes the step size 0 by epoch {options.Epochs - 1}, so training would stop moving while it seemed to run. Use a much smaller decay, such as 0.01.",
                nameof(options));
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
            throw new ArgumentException($"The validation objective refuses the start ({error.Message}): {Fix}", nameof(validation), error);
        }

        if (!parameters.SequenceEqual(seen))
        {
            throw new ArgumentException($"The validation objective reads the start as other parameters than the training objective does: {Fix}", nameof(validation));
        }
    }

    /// <summary>
    /// Refuses a validation cost that is not finite: at epoch 0 the validation examples do not suit the start (an
    /// <see cref="ArgumentException"/>); later the model grew too large, a divergence.
    /// </summary>
    private static void CheckValidationCost(double[] validationHistory, int epoch, double[] history, double learningRate, string name)
    {
        double cost = validationHistory[epoch];
        if (double.IsFinite(cost))
        {
            return;
        }

        if (epoch == 0)
        {
            throw new ArgumentException(
                $"The validation cost of the start is {Guard.Format(cost)}, not a finite number, while its training cost is {Guard.Format(history[0])}: give validation examples of the same kind and scale as the training ones (scale both with the same Standardizer).",
                name);
        }

        throw new TrainingDivergedException(epoch, learningRate, double.NaN, [.. history.AsSpan(0, epoch)]);
    }
}
