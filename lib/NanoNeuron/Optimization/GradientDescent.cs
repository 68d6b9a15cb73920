using System.Runtime.CompilerServices;

namespace NanoNeuron.Optimization;

/// <summary>Plain gradient descent, the original's update: a step downhill, in proportion to the slope.</summary>
/// <remarks><c>θ ← θ − α·∂J/∂θ</c>: for the one neuron, the original's update of w and b, bit for bit.</remarks>
/// <param name="LearningRate">α.</param>
public sealed record GradientDescent(double LearningRate = Hyperparameters.LearningRate) : Optimizer(LearningRate)
{
    /// <inheritdoc/>
    public override OptimizerRun Start(int parameterCount) => new Run(parameterCount);

    private sealed class Run(int parameterCount) : OptimizerRun(parameterCount)
    {
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        protected override void Move(Span<double> parameters, ReadOnlySpan<double> gradient, double learningRate)
        {
            for (int p = 0; p < parameters.Length; p++)
            {
                parameters[p] -= learningRate * gradient[p];
            }
        }
    }
}
