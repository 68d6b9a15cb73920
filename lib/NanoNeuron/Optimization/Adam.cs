namespace NanoNeuron.Optimization;

/// <summary>
/// Adam: momentum, with each parameter's step divided by the typical size of its recent slopes, so that steep
/// and shallow directions move at similar speeds (Kingma and Ba, 2015).
/// </summary>
/// <remarks>
/// <para>At step t (from 1): <c>m ← β₁·m + (1 − β₁)·g</c>, <c>v ← β₂·v + (1 − β₂)·g²</c>,
/// <c>m̂ = m/(1 − β₁ᵗ)</c>, <c>v̂ = v/(1 − β₂ᵗ)</c>, <c>θ ← θ − α·m̂/(√v̂ + ε)</c>.</para>
/// <para>m̂ and v̂ correct m and v for starting at 0. A step usually moves a parameter by about α or less, whatever the
/// slope's size; Kingma and Ba bound it by <c>α·(1 − β₁)/√(1 − β₂)</c> when <c>1 − β₁ &gt; √(1 − β₂)</c> (about 3.2·α with the
/// usual settings, reached only when a slope jumps suddenly), and by α otherwise.</para>
/// </remarks>
public sealed record Adam : Optimizer
{
    private readonly double beta1;
    private readonly double beta2;
    private readonly double epsilon;

    /// <summary>Adam with step size α and the usual β₁ = 0.9, β₂ = 0.999, ε = 1e-8.</summary>
    /// <exception cref="ArgumentException">α ≤ 0 or not finite, β₁ or β₂ outside [0, 1), or ε ≤ 0 or not finite.</exception>
    public Adam(double learningRate, double beta1 = 0.9, double beta2 = 0.999, double epsilon = 1e-8)
        : base(learningRate)
    {
        Beta1 = beta1;
        Beta2 = beta2;
        Epsilon = epsilon;
    }

    /// <summary>β₁, the memory of the slope (as in <see cref="Momentum"/>).</summary>
    public double Beta1 { get => beta1; init => beta1 = Momentum.Fraction(value, nameof(Beta1)); }

    /// <summary>β₂, the memory of the slope's square.</summary>
    public double Beta2 { get => beta2; init => beta2 = Momentum.Fraction(value, nameof(Beta2)); }

    /// <summary>ε, added to √v̂ so that a zero slope never divides by zero.</summary>
    /// <exception cref="ArgumentException">ε ≤ 0 or not finite.</exception>
    public double Epsilon
    {
        get => epsilon;
        init => epsilon = value > 0 && double.IsFinite(value)
            ? value
            : throw new ArgumentException(Invariant($"Epsilon is {Guard.Format(value)}: it must be a small positive number such as 1e-8."), nameof(Epsilon));
    }

    /// <inheritdoc/>
    public override OptimizerRun Start(int parameterCount) => new Run(this, ObjectiveGuard.ParameterCount(parameterCount));

    private sealed class Run(Adam settings, int parameterCount) : OptimizerRun(parameterCount)
    {
        private readonly double[] m = new double[parameterCount];
        private readonly double[] v = new double[parameterCount];
        private double beta1Power = 1;
        private double beta2Power = 1;

        protected override void Move(Span<double> parameters, ReadOnlySpan<double> gradient, double learningRate)
        {
            beta1Power *= settings.Beta1;
            beta2Power *= settings.Beta2;
            for (int p = 0; p < parameters.Length; p++)
            {
                m[p] = settings.Beta1 * m[p] + (1 - settings.Beta1) * gradient[p];
                v[p] = settings.Beta2 * v[p] + (1 - settings.Beta2) * gradient[p] * gradient[p];
                if (double.IsInfinity(v[p]))
                {
                    // The slope's square overflowed: every later step of this parameter would be m̂/∞ = 0, a silent
                    // stall. Marking it NaN lets the trainer report the divergence.
                    parameters[p] = double.NaN;
                    continue;
                }

                double mHat = m[p] / (1 - beta1Power);
                double vHat = v[p] / (1 - beta2Power);
                parameters[p] -= learningRate * mHat / (Math.Sqrt(vHat) + settings.Epsilon);
            }
        }
    }
}
