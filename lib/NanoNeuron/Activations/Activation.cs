namespace NanoNeuron.Activations;

/// <summary>
/// A neuron's activation function and its derivative: what bends the straight line
/// <c>z = x·w + b</c> into a curve.
/// </summary>
/// <param name="Name">How the course calls it.</param>
/// <param name="Function">g(z).</param>
/// <param name="Derivative">g′(z), what backpropagation multiplies by.</param>
/// <remarks>
/// g and g′ are one-line formulas: they follow IEEE arithmetic like <c>System.Math</c> (NaN in, NaN out). What uses
/// them to report or train (<see cref="Networks.Network.Predict(ReadOnlySpan{double})"/>, <see cref="Networks.Backpropagation"/>, the trainers) refuses a
/// value that is not finite, naming the activations: the README's rule for NaN and ∞.
/// </remarks>
/// <exception cref="ArgumentNullException">A null name, function or derivative (also through <c>with</c>).</exception>
public sealed record Activation(string Name, Func<double, double> Function, Func<double, double> Derivative)
{
    private readonly string name = NotNull(Name, nameof(Name));
    private readonly Func<double, double> function = NotNull(Function, nameof(Function));
    private readonly Func<double, double> derivative = NotNull(Derivative, nameof(Derivative));

    /// <summary>How the course calls it.</summary>
    public string Name { get => name; init => name = NotNull(value, nameof(Name)); }

    /// <summary>g(z).</summary>
    public Func<double, double> Function { get => function; init => function = NotNull(value, nameof(Function)); }

    /// <summary>g′(z), what backpropagation multiplies by.</summary>
    public Func<double, double> Derivative { get => derivative; init => derivative = NotNull(value, nameof(Derivative)); }

    private static T NotNull<T>(T? value, string parameter)
        where T : class =>
        value ?? throw new ArgumentNullException(parameter, Invariant($"{parameter} is null: an activation needs a name, a function g(z) and its derivative g′(z), for example new Activation(\"square\", z => z * z, z => 2 * z)."));

    /// <summary>No activation: <c>g(z) = z</c>, <c>g′(z) = 1</c>. NanoNeuron's, and a regression output's.</summary>
    public static Activation Identity { get; } = new("identity", z => z, _ => 1);

    /// <summary>The logistic sigmoid: <c>σ(z) = 1/(1 + e^−z)</c>, <c>σ′(z) = σ(z)·(1 − σ(z))</c>. Squashes into (0, 1).</summary>
    public static Activation Sigmoid { get; } = new("sigmoid", SigmoidOf, z =>
    {
        double s = SigmoidOf(z);
        return s * (1 - s);
    });

    /// <summary>The hyperbolic tangent: <c>tanh(z)</c>, <c>tanh′(z) = 1 − tanh²(z)</c>. Squashes into (−1, 1), centred on 0.</summary>
    public static Activation Tanh { get; } = new("tanh", Math.Tanh, z =>
    {
        double t = Math.Tanh(z);
        return 1 - t * t;
    });

    /// <summary>The rectified linear unit: <c>max(0, z)</c>; <c>g′(z) = 1</c> for z &gt; 0, else 0 (0 at the kink, by convention).</summary>
    public static Activation ReLU { get; } = new("ReLU", z => Math.Max(0, z), z => z > 0 ? 1 : 0);

    /// <summary>The three activations the course compares, in that order.</summary>
    public static IReadOnlyList<Activation> All { get; } = [Sigmoid, Tanh, ReLU];

    /// <summary><c>σ(z) = 1/(1 + e^−z)</c>, computed so that it neither overflows nor loses precision for large |z|.</summary>
    /// <remarks>IEEE arithmetic, as <c>System.Math</c>: NaN in gives NaN out, a result too large gives ±∞, and no number makes it throw (the README's rule for NaN and ∞; what trains, checks or reports refuses them instead).</remarks>
    public static double SigmoidOf(double z)
    {
        if (z >= 0)
        {
            return 1 / (1 + Math.Exp(-z));
        }

        double e = Math.Exp(z);
        return e / (1 + e);
    }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
