namespace NanoNeuron.Optimization;

/// <summary>
/// How the parameters move, given the gradient: plain <see cref="GradientDescent"/>, <see cref="Momentum"/> or
/// <see cref="Adam"/>. An optimizer is a description (immutable settings); <see cref="Start"/> makes the
/// <see cref="OptimizerRun"/> that holds what it remembers between steps during one training run.
/// </summary>
public abstract record Optimizer
{
    private readonly double learningRate;

    /// <summary>Checks and keeps the learning rate.</summary>
    /// <exception cref="ArgumentException">α ≤ 0 or not finite.</exception>
    protected Optimizer(double learningRate) => LearningRate = learningRate;

    /// <summary>α, the size of each step.</summary>
    /// <exception cref="ArgumentException">α ≤ 0 or not finite (also through <c>with</c>).</exception>
    public double LearningRate
    {
        get => learningRate;
        init
        {
            Guard.LearningRate(value);
            learningRate = value;
        }
    }

    /// <summary>Begins a training run over <paramref name="parameterCount"/> parameters.</summary>
    /// <remarks>The built-in optimizers refuse a negative count or one above <see cref="Array.MaxLength"/> (the most one array holds), and their runs refuse spans of another length or a step size below 0 or not finite, with an <see cref="ArgumentException"/>.</remarks>
    public abstract OptimizerRun Start(int parameterCount);
}
