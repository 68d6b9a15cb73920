using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace NanoNeuron.Optimization;

/// <summary>
/// Which models a training run keeps: the one way every trainer takes the snapshots of <see cref="TrainingOptions.SnapshotsAt"/>,
/// before the first epoch and after the last.
/// </summary>
/// <typeparam name="TModel">The model trained.</typeparam>
internal sealed class Snapshots<TModel>
{
    private readonly int[] at;
    private readonly Snapshot<TModel>[] taken;
    private int next;

    /// <summary>The snapshots <paramref name="options"/> ask for, which <see cref="TrainingOptions.Check"/> has accepted.</summary>
    public Snapshots(TrainingOptions options)
    {
        // Without SnapshotsAt (most runs) the two epochs alone, without sorting: a fast trainer allocates nothing it can avoid.
        at = options.SnapshotsAt.IsEmpty
            ? options.Epochs == 0 ? [0] : [0, options.Epochs]
            : [.. options.SnapshotsAt.Append(0).Append(options.Epochs).Distinct().Order()];
        taken = new Snapshot<TModel>[at.Length];
    }

    /// <summary>The next epoch to keep; <see cref="int.MaxValue"/> once all are kept.</summary>
    public int NextEpoch => next < at.Length ? at[next] : int.MaxValue;

    /// <summary>The models kept, in the order of their epochs (all of them once training has reached its last epoch).</summary>
    public ImmutableArray<Snapshot<TModel>> Taken => ImmutableCollectionsMarshal.AsImmutableArray(taken);

    /// <summary>Keeps the model at <see cref="NextEpoch"/>, <paramref name="epoch"/>.</summary>
    public void Take(int epoch, TModel model, double cost)
    {
        taken[next++] = new Snapshot<TModel>(epoch, model, cost);
    }
}
