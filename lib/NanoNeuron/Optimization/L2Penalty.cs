namespace NanoNeuron.Optimization;

/// <summary>
/// Weight decay: another objective's cost plus a charge for large parameters, so that training keeps
/// them small unless the data really asks for them to be large.
/// </summary>
/// <remarks>
/// <para><c>J′(θ) = J(θ) + (λ/2)·Σₚ θₚ²</c>, and so <c>∂J′/∂θₚ = ∂J/∂θₚ + λ·θₚ</c>.</para>
/// <para>With plain gradient descent each step is <c>θ ← θ − α·(∂J/∂θ + λ·θ) = (1 − α·λ)·θ − α·∂J/∂θ</c>: every
/// parameter first shrinks by the factor 1 − α·λ, hence the name weight decay. The penalty adds λ to every curvature
/// of the cost, so where the inner cost has the limit 2/λmax, this one has 2/(λmax + λ).</para>
/// <para>This penalty charges <b>every</b> parameter, biases included, as ML.NET's SDCA does. Many
/// libraries charge the weights only; for the small networks of this course the difference is small, but it is
/// not nothing.</para>
/// <para>The penalty is the same whichever examples a batch holds: it is added once to each batch's average cost.
/// With λ = 0 the cost and the gradient are the inner objective's, bit for bit.</para>
/// </remarks>
/// <typeparam name="TModel">The model trained.</typeparam>
public sealed class L2Penalty<TModel> : IObjective<TModel>
{
    private readonly IObjective<TModel> inner;

    /// <summary>Adds the penalty <c>(λ/2)·Σ θ²</c> to <paramref name="inner"/>.</summary>
    /// <param name="inner">The cost to make small, such as <c>new NetworkObjective(network, examples)</c>.</param>
    /// <param name="lambda">λ, the penalty's strength: 0 (no penalty) or a small positive number such as 0.001.</param>
    /// <exception cref="ArgumentException">λ negative, NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException">λ above <see cref="MaxLambda"/>.</exception>
    public L2Penalty(IObjective<TModel> inner, double lambda)
    {
        ArgumentNullException.ThrowIfNull(inner);
        if (!(lambda >= 0) || !double.IsFinite(lambda))
        {
            throw new ArgumentException(
                Invariant($"lambda is {Guard.Format(lambda)}: the penalty's strength must be 0 (no penalty) or a positive finite number, such as 0.001. A negative λ would reward large parameters instead of charging for them."),
                nameof(lambda));
        }

        if (lambda > MaxLambda)
        {
            throw new ArgumentOutOfRangeException(nameof(lambda),
                Invariant($"lambda is {Guard.Format(lambda)}: the penalty's strength may be at most {MaxLambda:N0} (L2Penalty.MaxLambda). A stronger penalty pins every parameter to 0 whatever the data, and its curvature λ needs a learning rate below 2/λ; usual values are 0.0001 to 1."));
        }

        this.inner = inner;
        Lambda = lambda;
    }

    /// <summary>The strongest penalty taken: 1,000,000. Beyond it the penalty alone decides every parameter (0), and plain gradient descent needs α &lt; 2/λ.</summary>
    public const double MaxLambda = 1e6;

    /// <summary>λ, the penalty's strength.</summary>
    public double Lambda { get; }

    /// <inheritdoc/>
    public int ParameterCount => inner.ParameterCount;

    /// <inheritdoc/>
    public int ExampleCount => inner.ExampleCount;

    /// <inheritdoc/>
    public string ParameterName(int index) => inner.ParameterName(index);

    /// <inheritdoc/>
    public void GetParameters(TModel model, Span<double> parameters) => inner.GetParameters(model, parameters);

    /// <inheritdoc/>
    public TModel Model(ReadOnlySpan<double> parameters) => inner.Model(parameters);

    /// <summary>The inner cost plus the penalty, <c>J(θ) + (λ/2)·Σ θ²</c>.</summary>
    /// <exception cref="ArgumentException">Parameters that are not <see cref="ParameterCount"/> long, or what the inner objective refuses.</exception>
    public double Cost(ReadOnlySpan<double> parameters)
    {
        ObjectiveGuard.Parameters(parameters, ParameterCount);
        double cost = inner.Cost(parameters);
        return Lambda == 0 ? cost : cost + Penalty(parameters);
    }

    /// <summary>The inner batch cost plus the penalty, and its gradient <c>∂J/∂θ + λ·θ</c>.</summary>
    /// <exception cref="ArgumentException">Parameters or a gradient that are not <see cref="ParameterCount"/> long, or what the inner objective refuses.</exception>
    public double CostAndGradient(ReadOnlySpan<double> parameters, ReadOnlySpan<int> batch, Span<double> gradient)
    {
        ObjectiveGuard.Parameters(parameters, ParameterCount);
        ObjectiveGuard.Gradient(gradient, ParameterCount);
        double cost = inner.CostAndGradient(parameters, batch, gradient);
        if (Lambda == 0)
        {
            return cost;
        }

        for (int p = 0; p < parameters.Length; p++)
        {
            gradient[p] += Lambda * parameters[p];
        }

        return cost + Penalty(parameters);
    }

    /// <summary><c>(λ/2)·Σ θ²</c> alone.</summary>
    /// <remarks>A part of <see cref="Cost"/>, it follows the rule of every objective's cost (<see cref="IObjective{TModel}"/>):
    /// parameters that are not finite are not refused, and give a penalty of NaN or ∞, as one too large for a double does.</remarks>
    /// <exception cref="ArgumentException">Parameters that are not <see cref="ParameterCount"/> long.</exception>
    public double Penalty(ReadOnlySpan<double> parameters)
    {
        ObjectiveGuard.Parameters(parameters, ParameterCount);
        double sum = 0;
        foreach (double parameter in parameters)
        {
            sum += parameter * parameter;
        }

        return Lambda / 2 * sum;
    }
}
