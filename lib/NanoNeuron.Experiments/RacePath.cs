namespace NanoNeuron.Experiments;

/// <summary>One optimizer's path through (w, b): its name, its colour and the neuron at (at least) every frame's epoch.</summary>
/// <param name="Name">The legend's name.</param>
/// <param name="Color">A CSS colour.</param>
/// <param name="Path">The neuron at increasing epochs, starting at epoch 0.</param>
public sealed record RacePath(string Name, string Color, IReadOnlyList<Snapshot<Neuron>> Path)
{
    /// <summary>The cost before training and after each epoch, up to where it diverged if it did; empty if not recorded.</summary>
    public IReadOnlyList<double> CostHistory { get; init; } = [];

    /// <summary>Where and why training diverged, or null if it ran every epoch; the path then ends before it (see <see cref="OptimizerComparison.RacePaths(DataSet, Neuron, int, GradientDescent, Momentum, Adam)"/>).</summary>
    public Divergence? Divergence { get; init; }
}
