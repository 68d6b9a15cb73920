using System.Collections.Immutable;
using NanoNeuron.Data;

namespace NanoNeuron.SeveralInputs;

/// <summary>The <see cref="Standardizer"/> once per input: each input gets its own mean and standard deviation.</summary>
/// <remarks>
/// <para><c>x′ⱼ = (xⱼ − μⱼ)/σⱼ</c> for every input j.</para>
/// <para>A neuron <c>ŷ = Σⱼ w′ⱼ·x′ⱼ + b′</c> on standardized inputs is the neuron <c>wⱼ = w′ⱼ/σⱼ</c>,
/// <c>b = b′ − Σⱼ w′ⱼ·μⱼ/σⱼ</c> on the raw inputs.</para>
/// </remarks>
public sealed class InputStandardizer
{
    private InputStandardizer(ImmutableArray<Standardizer> inputs) => Inputs = inputs;

    /// <summary>One standardizer per input, in input order.</summary>
    public ImmutableArray<Standardizer> Inputs { get; }

    /// <summary>Measures μⱼ and σⱼ of every input of <paramref name="examples"/>.</summary>
    /// <exception cref="ArgumentException">An input that has the same value in every example (σ = 0).</exception>
    public static InputStandardizer Fit(Examples examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        int n = examples.Inputs[0].Length;
        var inputs = ImmutableArray.CreateBuilder<Standardizer>(n);
        for (int j = 0; j < n; j++)
        {
            double[] column = [.. examples.Inputs.Select(input => input[j])];
            if (Array.TrueForAll(column, value => value == column[0]))
            {
                throw new ArgumentException(
                    Invariant($"Input {j + 1} (column {j + 1} of Inputs) of every example equals {Guard.Format(column[0])}, so its standard deviation is 0 and it cannot be standardized: use examples in which that input varies, or leave it out."),
                    nameof(examples));
            }

            try
            {
                inputs.Add(Standardizer.Fit(column));
            }
            catch (ArgumentException error)
            {
                // Values that differ by less than a double can tell apart once centred: say so once, with this parameter's name only.
                string reason = error.ParamName is null ? error.Message : error.Message.Replace(Invariant($" (Parameter '{error.ParamName}')"), string.Empty, StringComparison.Ordinal);
                throw new ArgumentException(Invariant($"Input {j + 1} (column {j + 1} of Inputs) cannot be standardized: {reason}"), nameof(examples), error);
            }
        }

        return new InputStandardizer(inputs.MoveToImmutable());
    }

    /// <summary>The same examples with every input standardized; the targets are unchanged.</summary>
    /// <exception cref="ArgumentException">Examples with another number of inputs than the standardizer was fitted on.</exception>
    public Examples Transform(Examples examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        return new Examples(examples.Inputs.Select(input => Transform(input.AsSpan())), examples.Targets.Select(target => (IEnumerable<double>)target));
    }

    /// <summary>One reading with every input standardized.</summary>
    /// <exception cref="ArgumentException">A reading with another number of inputs than the standardizer was fitted on.</exception>
    public double[] Transform(ReadOnlySpan<double> x)
    {
        CheckCount(x.Length, nameof(x));
        var standardized = new double[x.Length];
        for (int j = 0; j < x.Length; j++)
        {
            standardized[j] = Inputs[j].Transform(x[j]);
        }

        return standardized;
    }

    /// <summary>The neuron on raw inputs that predicts what <paramref name="model"/> predicts on standardized ones.</summary>
    /// <remarks><c>wⱼ = w′ⱼ/σⱼ</c>, <c>b = b′ − Σⱼ w′ⱼ·μⱼ/σⱼ</c>.</remarks>
    /// <exception cref="ArgumentException">A neuron with another number of weights than there are inputs, or one whose raw-input weights overflow.</exception>
    public LinearNeuron ToOriginal(LinearNeuron model)
    {
        ArgumentNullException.ThrowIfNull(model);
        CheckCount(model.InputCount, nameof(model));
        var weights = new double[model.InputCount];
        double bias = model.Bias;
        for (int j = 0; j < weights.Length; j++)
        {
            weights[j] = model.Weights[j] / Inputs[j].StandardDeviation;
            bias -= model.Weights[j] * Inputs[j].Mean / Inputs[j].StandardDeviation;
            if (!double.IsFinite(weights[j]) || !double.IsFinite(bias))
            {
                // Said here, not by LinearNeuron's constructor, which would blame an example the caller never passed.
                throw new ArgumentException(
                    Invariant($"On raw inputs this neuron would have {(double.IsFinite(weights[j]) ? "b" : $"w[{j}]")} = {Guard.Format(double.IsFinite(weights[j]) ? bias : weights[j])}, not a finite number: w′[{j}] = {Guard.Format(model.Weights[j])} is too large for input {j}'s σ = {Guard.Format(Inputs[j].StandardDeviation)} and μ = {Guard.Format(Inputs[j].Mean)}."),
                    nameof(model));
            }
        }

        return new LinearNeuron(weights, bias);
    }

    private void CheckCount(int count, string name)
    {
        if (count != Inputs.Length)
        {
            throw new ArgumentException(
                Invariant($"{name} has {count} inputs but this standardizer was fitted on {Inputs.Length}: use the InputStandardizer fitted on the same kind of readings."),
                name);
        }
    }
}
