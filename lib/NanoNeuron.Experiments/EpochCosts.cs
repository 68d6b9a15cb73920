namespace NanoNeuron.Experiments;

/// <summary>The cost on the training examples and on held-out examples at one epoch of a training run.</summary>
/// <param name="Epoch">The epoch.</param>
/// <param name="Training">The cost on the examples the model trains on.</param>
/// <param name="HeldOut">The cost on examples it never trains on (a test or validation set).</param>
public sealed record EpochCosts(int Epoch, double Training, double HeldOut)
{
    /// <summary>The training and held-out costs of a neuron at each of <paramref name="snapshots"/>.</summary>
    /// <remarks>Reads at most <see cref="TrainingOptions.MaxEpochs"/> + 2 snapshots (a run keeps at most one per epoch, 0 included), so an endless sequence is refused.</remarks>
    /// <exception cref="ArgumentException">More snapshots than a run can keep.</exception>
    public static ImmutableArray<EpochCosts> Of(IEnumerable<Snapshot<Neuron>> snapshots, DataSet heldOut)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(heldOut);
        return [.. Guard.AtMost(snapshots, TrainingOptions.MaxEpochs + 1,
            Invariant($"a run keeps at most {TrainingOptions.MaxEpochs + 1:N0} snapshots, one for each epoch from 0 to TrainingOptions.MaxEpochs"), nameof(snapshots)).Select(s => new EpochCosts(s.Epoch, s.Cost, Propagation.ForwardPropagation(s.Model, heldOut).Cost))];
    }
}
