namespace NanoNeuron;

/// <summary>
/// The model: one neuron with a weight and a bias (the original's <c>NanoNeuron(w, b)</c>).
/// </summary>
/// <remarks>
/// <c>ŷ = x·w + b</c>. A neuron is an immutable value: training returns a new one.
/// </remarks>
/// <param name="Weight">w, how strongly the input is scaled.</param>
/// <param name="Bias">b, the value added after scaling.</param>
public readonly record struct Neuron(double Weight, double Bias)
{
    /// <summary>The starting point quoted in the original article (w = 0.9492, b = 0.4570).</summary>
    public static Neuron OriginalStart { get; } = new(0.9492, 0.4570);

    /// <summary>
    /// A neuron with a reproducible random start: weight and bias drawn uniformly from [0, 1),
    /// like the original's <c>Math.random()</c>, but from a seeded generator.
    /// </summary>
    /// <param name="seed">The seed; the same seed always gives the same neuron.</param>
    public static Neuron RandomStart(int seed = Hyperparameters.Seed)
    {
        Guard.Seed(seed);
        var random = new Random(seed);
        return new Neuron(random.NextDouble(), random.NextDouble());
    }

    /// <summary>Predicts the output for one input.</summary>
    /// <remarks><c>ŷ = x·w + b</c>, evaluated in this order (multiply, then add). IEEE arithmetic, as <c>System.Math</c>: NaN in gives NaN out, a result too large gives ±∞, and no number makes it throw (the README's rule for NaN and ∞; what trains, checks or reports refuses them instead).</remarks>
    public double Predict(double x) => x * Weight + Bias;

    /// <summary>One step of gradient descent: moves the parameters against the gradient.</summary>
    /// <remarks>
    /// <c>w ← w − α·∂J/∂w</c>, <c>b ← b − α·∂J/∂b</c>. The original adds <c>α·dW</c> because its
    /// <c>dW</c> is the negative gradient; subtracting the true gradient gives the same bits. IEEE arithmetic, as <c>System.Math</c>: NaN in gives NaN out, a result too large gives ±∞, and no number makes it throw (the README's rule for NaN and ∞; what trains, checks or reports refuses them instead).
    /// </remarks>
    public Neuron Step(Gradients gradients, double learningRate) =>
        new(Weight - learningRate * gradients.DW, Bias - learningRate * gradients.DB);

    /// <summary>Whether both parameters are finite numbers.</summary>
    public bool IsFinite => double.IsFinite(Weight) && double.IsFinite(Bias);
}
