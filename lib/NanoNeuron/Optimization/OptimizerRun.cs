namespace NanoNeuron.Optimization;

/// <summary>One optimizer during one training run: it takes the steps and remembers what it needs between them.</summary>
/// <remarks>
/// <see cref="Update"/> checks what a caller passes; <see cref="Trainer"/>, which checked its arguments before the first
/// epoch, takes the steps without checking them again.
/// </remarks>
public abstract class OptimizerRun
{
    /// <summary>A run over <paramref name="parameterCount"/> parameters.</summary>
    /// <exception cref="ArgumentException">A negative count.</exception>
    protected OptimizerRun(int parameterCount)
    {
        ObjectiveGuard.ParameterCount(parameterCount);
        ParameterCount = parameterCount;
    }

    /// <summary>How many parameters each step moves.</summary>
    public int ParameterCount { get; }

    /// <summary>Moves <paramref name="parameters"/> using <paramref name="gradient"/>, with step size <paramref name="learningRate"/>.</summary>
    /// <param name="parameters">θ, changed in place.</param>
    /// <param name="gradient">∂J/∂θ at θ.</param>
    /// <param name="learningRate">α for this step (the optimizer's, unless a schedule lowers it).</param>
    /// <exception cref="ArgumentException">Spans that are not <see cref="ParameterCount"/> long, or a step size below 0 or not finite.</exception>
    public void Update(Span<double> parameters, ReadOnlySpan<double> gradient, double learningRate)
    {
        ObjectiveGuard.Step(parameters, gradient, learningRate, ParameterCount);
        Move(parameters, gradient, learningRate);
    }

    /// <summary>Takes one step; the spans are <see cref="ParameterCount"/> long and the step size is 0 or more and finite.</summary>
    protected abstract void Move(Span<double> parameters, ReadOnlySpan<double> gradient, double learningRate);

    /// <summary><see cref="Update"/> for a trainer that checked its arguments once, before the first epoch.</summary>
    internal void UpdateUnchecked(Span<double> parameters, ReadOnlySpan<double> gradient, double learningRate) => Move(parameters, gradient, learningRate);
}
