using System.Collections.Immutable;
using System.Globalization;

namespace NanoNeuron.SeveralInputs;

/// <summary>NanoNeuron with several inputs: one weight per input, and one bias.</summary>
/// <remarks>
/// <c>ŷ = w₁·x₁ + w₂·x₂ + … + wₙ·xₙ + b = w·x + b</c>, the dot product of the weight vector and the inputs, plus the bias.
/// With one input it is <see cref="Neuron"/>: <c>ŷ = x·w + b</c>, with the same arithmetic.
/// </remarks>
public sealed class LinearNeuron
{
    /// <summary>A neuron with these weights (copied: one per input) and this bias.</summary>
    /// <remarks>Reads at most <see cref="MaxInputs"/> + 1 weights, so an endless sequence is refused instead of filling memory.</remarks>
    /// <exception cref="ArgumentException">No weights, more than <see cref="MaxInputs"/>, or a weight or bias that is not a finite number.</exception>
    public LinearNeuron(IEnumerable<double> weights, double bias)
    {
        ArgumentNullException.ThrowIfNull(weights);
        Weights = [.. Guard.AtMost(weights, MaxInputs,
            Invariant($"a neuron reads at most {MaxInputs:N0} inputs (LinearNeuron.MaxInputs; each weight takes 8 bytes), one weight each"), nameof(weights))];
        if (Weights.IsEmpty)
        {
            throw new ArgumentException(
                "weights is empty: a neuron needs one weight per input, for example new LinearNeuron([1, 0.33], -4) for two inputs.", nameof(weights));
        }

        Guard.Finite(Weights.AsSpan(), nameof(weights));
        if (!double.IsFinite(bias))
        {
            throw new ArgumentException(Invariant($"bias is {Guard.Format(bias)}: it must be a finite number, such as 0."), nameof(bias));
        }

        Bias = bias;
    }

    /// <summary>The most inputs a neuron reads (and weights it has): 10,000,000 (an array of doubles, 80 MB).</summary>
    public const int MaxInputs = 10_000_000;

    /// <summary>A neuron with <paramref name="inputs"/> weights, all 0, and bias 0: it predicts 0 for every reading.</summary>
    /// <exception cref="ArgumentException">Fewer than one input.</exception>
    /// <exception cref="ArgumentOutOfRangeException">More than <see cref="MaxInputs"/> inputs.</exception>
    public static LinearNeuron Zero(int inputs)
    {
        Guard.Count(inputs, 1, MaxInputs, "a neuron reads at least one input",
            Invariant($"a neuron built by LinearNeuron.Zero reads at most {MaxInputs:N0} inputs (LinearNeuron.MaxInputs; each weight takes 8 bytes); the course's neurons read two or three"),
            nameof(inputs));
        return new LinearNeuron(new double[inputs], 0);
    }

    /// <summary>The one-input <see cref="Neuron"/> as a linear neuron with the weight vector [w].</summary>
    public static LinearNeuron From(Neuron neuron)
    {
        NeuronGuard.Finite(neuron, nameof(neuron));
        return new LinearNeuron([neuron.Weight], neuron.Bias);
    }

    /// <summary>The weight vector w: <c>Weights[j]</c> multiplies input j.</summary>
    public ImmutableArray<double> Weights { get; }

    /// <summary>b, added to the weighted sum.</summary>
    public double Bias { get; }

    /// <summary>n, how many inputs it reads.</summary>
    public int InputCount => Weights.Length;

    /// <summary>The prediction for one reading, <c>ŷ = w·x + b</c>.</summary>
    /// <remarks>IEEE arithmetic, as <c>System.Math</c>: NaN in gives NaN out, a result too large gives ±∞, and no number makes it throw (the README's rule for NaN and ∞; what trains, checks or reports refuses them instead).</remarks>
    /// <exception cref="ArgumentException">A reading with another number of inputs than the neuron has weights.</exception>
    public double Predict(ReadOnlySpan<double> x)
    {
        if (x.Length != Weights.Length)
        {
            throw new ArgumentException(
                Invariant($"x has {x.Length} inputs but the neuron has {Weights.Length} weights: pass one value per weight, in the same order."), nameof(x));
        }

        return PredictUnchecked(x);
    }

    /// <summary>The prediction without the length check, for callers that checked.</summary>
    internal double PredictUnchecked(ReadOnlySpan<double> x) => DotProduct.Unchecked(x, Weights.AsSpan()) + Bias;

    /// <summary>"w = [1, 0.33], b = -4".</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"w = [{string.Join(", ", Weights.Select(w => w.ToString("G6", CultureInfo.InvariantCulture)))}], b = {Bias.ToString("G6", CultureInfo.InvariantCulture)}");
}
