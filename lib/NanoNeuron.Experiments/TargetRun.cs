namespace NanoNeuron.Experiments;

/// <summary>A run towards a target cost: how it ended, and from which epoch on its cost stayed at or below the target.</summary>
/// <remarks>
/// Three cases, told apart: reached (<see cref="Epochs"/> set), completed without staying at the target
/// (<see cref="Epochs"/> null, <see cref="Diverged"/> false), and diverged (<see cref="Outcome"/> holds the divergence).
/// </remarks>
/// <param name="Outcome">The training run: completed with its histories, or diverged.</param>
/// <param name="Epochs">The first epoch from which the cost stayed at or below the target to the end of the run; null if it did not, or if the run diverged.</param>
public sealed record TargetRun(TrainingOutcome<Neuron> Outcome, int? Epochs)
{
    /// <summary>Whether the run diverged before its last epoch.</summary>
    public bool Diverged => Outcome.HasDiverged;
}
