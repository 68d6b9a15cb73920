namespace NanoNeuron.Experiments;

/// <summary>The cost on the training examples and on held-out examples at one epoch of a training run.</summary>
/// <param name="Epoch">The epoch.</param>
/// <param name="Training">The cost on the examples the model trains on.</param>
/// <param name="HeldOut">The cost on examples it never trains on (a test or validation set).</param>
public sealed record EpochCosts(int Epoch, double Training, double HeldOut)
{
    /// <summary>The most snapshots <see cref="Of"/> measures: 1,000,000, far more than a chart can show apart.</summary>
    public const int MaxSnapshots = 1_000_000;

    /// <summary>The training and held-out costs of a neuron at each of <paramref name="snapshots"/>.</summary>
    /// <remarks>Reads at most <see cref="MaxSnapshots"/> + 1 snapshots, measuring each as it goes, so an endless sequence is refused within a second or so.</remarks>
    /// <exception cref="ArgumentException">More than <see cref="MaxSnapshots"/> snapshots, a snapshot whose cost is not a finite number, or a model that is not finite or whose held-out cost overflows.</exception>
    public static ImmutableArray<EpochCosts> Of(IEnumerable<Snapshot<Neuron>> snapshots, DataSet heldOut)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(heldOut);
        return [.. Guard.AtMost(snapshots, MaxSnapshots,
            Invariant($"a chart measures at most {MaxSnapshots:N0} (EpochCosts.MaxSnapshots), so pick the epochs, such as every 100th (snapshots.Where(s => s.Epoch % 100 == 0))"), nameof(snapshots)).Select(s => new EpochCosts(s.Epoch, TrainingCost(s, nameof(snapshots)), Propagation.ForwardPropagation(s.Model, heldOut).Cost))];
    }

    /// <summary>A snapshot's own cost, which a training run keeps finite (it stops at a divergence); refused when it is not.</summary>
    private static double TrainingCost(Snapshot<Neuron> snapshot, string name) => double.IsFinite(snapshot.Cost)
        ? snapshot.Cost
        : throw new ArgumentException(
            Invariant($"The snapshot of epoch {snapshot.Epoch} has a cost of {Guard.Format(snapshot.Cost)}, not a finite number: pass snapshots a training run kept (result.Snapshots), whose costs are finite."),
            name);
}
