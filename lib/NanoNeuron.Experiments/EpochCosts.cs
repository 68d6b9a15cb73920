using NanoNeuron.Data;
using NanoNeuron.Networks;

namespace NanoNeuron.Experiments;

/// <summary>The cost on the training examples and on held-out examples at one epoch of a training run.</summary>
/// <param name="Epoch">The epoch.</param>
/// <param name="Training">The cost on the examples the model trains on.</param>
/// <param name="HeldOut">The cost on examples it never trains on (a test or validation set).</param>
public sealed record EpochCosts(int Epoch, double Training, double HeldOut)
{
    /// <summary>The training and held-out costs of a neuron at each of <paramref name="snapshots"/>.</summary>
    public static ImmutableArray<EpochCosts> Of(IEnumerable<Snapshot<Neuron>> snapshots, DataSet heldOut)
    {
        ArgumentNullException.ThrowIfNull(snapshots);
        ArgumentNullException.ThrowIfNull(heldOut);
        return [.. snapshots.Select(s => new EpochCosts(s.Epoch, s.Cost, Propagation.ForwardPropagation(s.Model, heldOut).Cost))];
    }

    /// <summary>The training and held-out costs of a network at each snapshot of <paramref name="result"/>.</summary>
    public static ImmutableArray<EpochCosts> Of(TrainingResult<Network> result, Examples heldOut)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(heldOut);
        return [.. result.Snapshots.Select(s => new EpochCosts(s.Epoch, s.Cost, Backpropagation.ForwardPropagation(s.Model, heldOut)))];
    }
}
