namespace NanoNeuron.Optimization;

/// <summary>One optimizer during one training run: it takes the steps and remembers what it needs between them.</summary>
public abstract class OptimizerRun
{
    /// <summary>Moves <paramref name="parameters"/> using <paramref name="gradient"/>, with step size <paramref name="learningRate"/>.</summary>
    /// <param name="parameters">θ, changed in place.</param>
    /// <param name="gradient">∂J/∂θ at θ.</param>
    /// <param name="learningRate">α for this step (the optimizer's, unless a schedule lowers it).</param>
    public abstract void Update(Span<double> parameters, ReadOnlySpan<double> gradient, double learningRate);
}
