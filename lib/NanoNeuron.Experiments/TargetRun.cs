namespace NanoNeuron.Experiments;

/// <summary>A run towards a target cost: how it ended, and from which epoch on its cost stayed at or below the target.</summary>
/// <remarks>
/// Three cases, told apart: reached (<see cref="Epochs"/> set), completed without staying at the target
/// (<see cref="Epochs"/> null, <see cref="Diverged"/> false), and diverged (<see cref="Outcome"/> holds the divergence).
/// </remarks>
/// <param name="Outcome">The training run: completed with its histories, or diverged.</param>
/// <param name="Epochs">The first epoch from which the cost stayed at or below the target to the end of the run; null if it did not, or if the run diverged.</param>
/// <exception cref="ArgumentNullException">A null outcome (also through <c>with</c>).</exception>
/// <exception cref="ArgumentException">Epochs below 0 (also through <c>with</c>).</exception>
public sealed record TargetRun(TrainingOutcome<Neuron> Outcome, int? Epochs)
{
    private readonly TrainingOutcome<Neuron> outcome = Outcome ?? throw new ArgumentNullException(nameof(Outcome));
    private readonly int? epochs = CheckedEpochs(Epochs, nameof(Epochs));

    /// <summary>The training run: completed with its histories, or diverged.</summary>
    public TrainingOutcome<Neuron> Outcome { get => outcome; init => outcome = value ?? throw new ArgumentNullException(nameof(Outcome)); }

    /// <summary>The first epoch from which the cost stayed at or below the target to the end of the run; null if it did not, or if the run diverged.</summary>
    public int? Epochs { get => epochs; init => epochs = CheckedEpochs(value, nameof(Epochs)); }

    /// <summary>Whether the run diverged before its last epoch.</summary>
    public bool Diverged => Outcome.HasDiverged;

    private static int? CheckedEpochs(int? epochs, string parameter) => epochs is null or >= 0
        ? epochs
        : throw new ArgumentException(Invariant($"Epochs is {epochs}: it counts epochs from 0, or is null when the run never stayed at its target."), parameter);
}
