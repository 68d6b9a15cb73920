namespace NanoNeuron.Optimization;

/// <summary>Plain gradient descent, the original's update: a step downhill, in proportion to the slope.</summary>
/// <remarks><c>θ ← θ − α·∂J/∂θ</c>. For a neuron this is <see cref="Neuron.Step"/>, bit for bit.</remarks>
/// <param name="LearningRate">α.</param>
public sealed record GradientDescent(double LearningRate = Hyperparameters.LearningRate) : Optimizer(LearningRate)
{
    /// <inheritdoc/>
    public override OptimizerRun Start(int parameterCount)
    {
        ObjectiveGuard.ParameterCount(parameterCount);
        return new Run(parameterCount);
    }

    private sealed class Run(int parameterCount) : OptimizerRun
    {
        public override void Update(Span<double> parameters, ReadOnlySpan<double> gradient, double learningRate)
        {
            ObjectiveGuard.Step(parameters, gradient, learningRate, parameterCount);
            for (int p = 0; p < parameters.Length; p++)
            {
                parameters[p] -= learningRate * gradient[p];
            }
        }
    }
}
