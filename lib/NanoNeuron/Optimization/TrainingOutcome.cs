using System.Collections.Immutable;

namespace NanoNeuron.Optimization;

/// <summary>How a training run ended: completed, with its <see cref="Result"/>, or diverged, with its <see cref="Divergence"/>.</summary>
/// <remarks>
/// Exactly one of <see cref="Result"/> and <see cref="Divergence"/> is set. Match on it with a property pattern
/// (<c>outcome is { Divergence: { } d }</c>) or with <see cref="Match{T}"/>.
/// </remarks>
/// <typeparam name="TModel">The model trained.</typeparam>
public sealed class TrainingOutcome<TModel>
{
    /// <summary>A run that made every epoch.</summary>
    public TrainingOutcome(TrainingResult<TModel> result) => Result = result ?? throw new ArgumentNullException(nameof(result));

    /// <summary>A run that stopped because it diverged.</summary>
    public TrainingOutcome(Divergence divergence) => Divergence = divergence ?? throw new ArgumentNullException(nameof(divergence));

    /// <summary>The result of a completed run; null if it diverged.</summary>
    public TrainingResult<TModel>? Result { get; }

    /// <summary>How the run diverged; null if it completed.</summary>
    public Divergence? Divergence { get; }

    /// <summary>Whether the run diverged.</summary>
    public bool HasDiverged => Divergence is not null;

    /// <summary>The costs recorded: <c>epochs + 1</c> of them for a completed run, those before the divergence otherwise.</summary>
    public ImmutableArray<double> CostHistory => Result?.CostHistory ?? Divergence!.CostHistory;

    /// <summary>Calls <paramref name="completed"/> or <paramref name="diverged"/>, whichever describes the run, and returns what it returns.</summary>
    public T Match<T>(Func<TrainingResult<TModel>, T> completed, Func<Divergence, T> diverged)
    {
        ArgumentNullException.ThrowIfNull(completed);
        ArgumentNullException.ThrowIfNull(diverged);
        return Result is { } result ? completed(result) : diverged(Divergence!);
    }

    /// <summary>The result of a completed run.</summary>
    /// <exception cref="TrainingDivergedException">The run diverged; the exception carries its <see cref="Divergence"/>.</exception>
    public TrainingResult<TModel> ResultOrThrow() => Result ?? throw new TrainingDivergedException(Divergence!);

    /// <summary>"completed after N epochs, cost C" or the divergence's message.</summary>
    public override string ToString() => Match(
        result => Invariant($"completed after {result.Epochs:N0} epochs, cost {result.CostAfter:G6}"),
        divergence => divergence.Message);
}
