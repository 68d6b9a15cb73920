using System.Collections.Immutable;

namespace NanoNeuron.Optimization;

/// <summary>What training returns.</summary>
/// <typeparam name="TModel">The model trained.</typeparam>
/// <param name="Model">The trained model.</param>
/// <param name="CostHistory">
/// <c>epochs + 1</c> costs on the training examples: <c>[0]</c> before training, <c>[k]</c> after <c>k</c> epochs. (The
/// original records only the cost before each update, so its "cost after training" is one update stale; its value
/// is <c>CostHistory[^2]</c> here.)
/// </param>
/// <exception cref="ArgumentException">An empty or default history (also through <c>with</c>).</exception>
public sealed record TrainingResult<TModel>(TModel Model, ImmutableArray<double> CostHistory)
{
    private readonly ImmutableArray<double> costHistory = Checked(CostHistory, nameof(CostHistory));

    /// <summary><c>epochs + 1</c> costs: before training, then after each epoch.</summary>
    public ImmutableArray<double> CostHistory { get => costHistory; init => costHistory = Checked(value, nameof(CostHistory)); }

    private readonly ImmutableArray<Snapshot<TModel>> snapshots = [];
    private readonly ImmutableArray<double> validationHistory = [];
    private readonly long steps;

    /// <summary>The model before the first epoch, at the epochs asked for in <see cref="TrainingOptions.SnapshotsAt"/>, and after the last.</summary>
    /// <remarks>A default array given to <c>init</c> or <c>with</c> is kept as an empty one.</remarks>
    public ImmutableArray<Snapshot<TModel>> Snapshots { get => snapshots; init => snapshots = value.IsDefault ? [] : value; }

    /// <summary>The cost on the validation examples after each epoch, when <see cref="Trainer.Train"/> was given some; empty otherwise.</summary>
    /// <remarks>A default array given to <c>init</c> or <c>with</c> is kept as an empty one.</remarks>
    public ImmutableArray<double> ValidationHistory { get => validationHistory; init => validationHistory = value.IsDefault ? [] : value; }

    /// <summary>The epoch whose validation cost was lowest, with its model and that cost: early stopping's choice. Null without validation examples.</summary>
    public Snapshot<TModel>? BestValidation { get; init; }

    /// <summary>How many times the parameters were moved: one per epoch for full batches, more with mini-batches.</summary>
    /// <exception cref="ArgumentException">A negative count (also through <c>with</c>).</exception>
    public long Steps
    {
        get => steps;
        init => steps = value >= 0
            ? value
            : throw new ArgumentException(Invariant($"Steps is {value}: a training run moves the parameters 0 or more times."), nameof(Steps));
    }

    /// <summary>The cost before the first update.</summary>
    public double CostBefore => CostHistory[0];

    /// <summary>The cost after the last update.</summary>
    public double CostAfter => CostHistory[^1];

    /// <summary>How many epochs were made.</summary>
    public int Epochs => CostHistory.Length - 1;

    private static ImmutableArray<double> Checked(ImmutableArray<double> history, string parameter) =>
        history.IsDefaultOrEmpty
            ? throw new ArgumentException(
                "CostHistory is empty: a training result holds at least the cost before training (epochs + 1 costs in all); train with Trainer.Train instead of building one by hand.",
                parameter)
            : history;
}
