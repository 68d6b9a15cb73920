using System.Globalization;

namespace NanoNeuron.Optimization;

/// <summary>
/// Gradient descent with momentum: each step keeps a share of the previous one, so steps that agree add up
/// (along a long valley) and steps that alternate cancel out (across it).
/// </summary>
/// <remarks><c>v ← β·v + ∂J/∂θ</c>, <c>θ ← θ − α·v</c>, with v starting at 0. β = 0 is plain gradient descent.</remarks>
public sealed record Momentum : Optimizer
{
    private readonly double beta;

    /// <summary>Momentum with step size α and memory β.</summary>
    /// <exception cref="ArgumentException">α ≤ 0 or not finite, or β outside [0, 1).</exception>
    public Momentum(double learningRate, double beta = 0.9)
        : base(learningRate) => Beta = beta;

    /// <summary>β, the share of the last step kept in the next one: 0 forgets it, 0.9 (the default) keeps most of it.</summary>
    /// <exception cref="ArgumentException">β outside [0, 1).</exception>
    public double Beta
    {
        get => beta;
        init => beta = Fraction(value, nameof(Beta));
    }

    /// <inheritdoc/>
    public override OptimizerRun Start(int parameterCount) => new Run(Beta, ObjectiveGuard.ParameterCount(parameterCount));

    /// <summary>Refuses a decay rate outside [0, 1).</summary>
    internal static double Fraction(double value, string name) => value is >= 0 and < 1
        ? value
        : throw new ArgumentException(
            string.Create(CultureInfo.InvariantCulture, $"{name} is {Guard.Format(value)}: it must be at least 0 and below 1 (0.9 is usual); at 1 or more the steps never fade and training does not settle."),
            name);

    private sealed class Run(double beta, int parameterCount) : OptimizerRun(parameterCount)
    {
        private readonly double[] velocity = new double[parameterCount];

        protected override void Move(Span<double> parameters, ReadOnlySpan<double> gradient, double learningRate)
        {
            for (int p = 0; p < parameters.Length; p++)
            {
                velocity[p] = beta * velocity[p] + gradient[p];
                parameters[p] -= learningRate * velocity[p];
            }
        }
    }
}
