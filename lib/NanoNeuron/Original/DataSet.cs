using System.Collections.Immutable;

namespace NanoNeuron;

/// <summary>Examples for the neuron: inputs <see cref="X"/> and their targets <see cref="Y"/>.</summary>
/// <remarks>
/// Validated once when built: at least one example, as many targets as inputs, all finite.
/// </remarks>
public sealed record DataSet
{
    /// <summary>Builds a data set after checking it.</summary>
    /// <exception cref="ArgumentException">Empty, mismatched lengths, or a value that is not finite.</exception>
    public DataSet(IEnumerable<double> x, IEnumerable<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        X = [.. x];
        Y = [.. y];
        Guard.Examples(X.AsSpan(), Y.AsSpan());
    }

    /// <summary>The inputs (°C in this course).</summary>
    public ImmutableArray<double> X { get; }

    /// <summary>The targets (°F in this course).</summary>
    public ImmutableArray<double> Y { get; }

    /// <summary>m, the number of examples.</summary>
    public int Count => X.Length;
}
