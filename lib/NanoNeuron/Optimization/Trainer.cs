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
    /// <exception cref="ArgumentException">A start that is not finite or does not fit the objective, or a validation objective with a different number of parameters.</exception>
    /// <exception cref="TrainingDivergedException">The cost or the parameters became infinite or NaN: the learning rate is too large.</exception>
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
        if (validation is not null && validation.ParameterCount != objective.ParameterCount)
        {
            throw new ArgumentException(
                $"The validation objective has {validation.ParameterCount} parameters but the training objective has {objective.ParameterCount}: build both for the same model, on different examples.",
                nameof(validation));
        }

        var parameters = new double[objective.ParameterCount];
        objective.GetParameters(start, parameters);
        var gradient = new double[parameters.Length];
        var history = new double[options.Epochs + 1];
        var validationHistory = validation is null ? null : new double[options.Epochs + 1];
        Snapshot<TModel>? best = null;
        var keep = options.SnapshotsAt.ToHashSet();
        var snapshots = ImmutableArray.CreateBuilder<Snapshot<TModel>>();
        var run = optimizer.Start(parameters.Length);
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
            Divergence.Check(history, epoch, parameters, optimizer.LearningRate, largestStable);
            if (validationHistory is not null)
            {
                validationHistory[epoch] = validation!.Cost(parameters);
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
}
