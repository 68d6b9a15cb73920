using System.Collections.Immutable;

namespace NanoNeuron.Data;

/// <summary>Examples whose inputs are lists of numbers, and so are their targets: for a neuron with several inputs or a network.</summary>
public sealed record Examples
{
    /// <summary>Builds the examples after checking them.</summary>
    /// <remarks>Reads at most <see cref="MaxValues"/> + 1 values (or rows) of each side, so an endless sequence is refused instead of filling memory.</remarks>
    /// <exception cref="ArgumentException">No examples, more than <see cref="MaxValues"/> values on a side, a row that is null (named: inputs[3]), mismatched counts, inputs or targets of different lengths, or a value that is not finite.</exception>
    public Examples(IEnumerable<IEnumerable<double>> inputs, IEnumerable<IEnumerable<double>> targets)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(targets);
        Inputs = Rows(inputs, nameof(inputs));
        Targets = Rows(targets, nameof(targets));
        if (Inputs.IsEmpty || Inputs.Length != Targets.Length)
        {
            throw new ArgumentException(
                Invariant($"There are {Inputs.Length} inputs and {Targets.Length} targets: pass at least one example, and one target per input."), nameof(targets));
        }

        Uniform(Inputs, "inputs");
        Uniform(Targets, "targets");
    }

    /// <summary>The examples of a <see cref="DataSet"/>, one number in and one out.</summary>
    public static Examples From(DataSet data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new Examples(data.X.Select(x => new[] { x }), data.Y.Select(y => new[] { y }));
    }

    /// <summary>Exclusive or: 1 when exactly one of two inputs is 1. No single line separates its classes.</summary>
    public static Examples Xor { get; } = new(
        [[0, 0], [0, 1], [1, 0], [1, 1]],
        [[0], [1], [1], [0]]);

    /// <summary>The inputs.</summary>
    public ImmutableArray<ImmutableArray<double>> Inputs { get; }

    /// <summary>The targets, one per input.</summary>
    public ImmutableArray<ImmutableArray<double>> Targets { get; }

    /// <summary>m, the number of examples.</summary>
    public int Count => Inputs.Length;

    /// <summary>
    /// The most values the inputs hold in all, and the targets likewise: 10,000,000 (80 MB of doubles each), as many as
    /// <see cref="DataSet.MaxCount"/> examples of one value, or one reading of <see cref="SeveralInputs.LinearNeuron.MaxInputs"/> inputs.
    /// </summary>
    public const int MaxValues = 10_000_000;

    /// <summary>The rows, read with a budget of <see cref="MaxValues"/> values in all (every row needs one), so that an endless sequence, of rows or within one, is refused.</summary>
    private static ImmutableArray<ImmutableArray<double>> Rows(IEnumerable<IEnumerable<double>> rows, string name)
    {
        var read = ImmutableArray.CreateBuilder<ImmutableArray<double>>();
        int left = MaxValues;
        foreach (var row in Guard.AtMost(rows, MaxValues,
            Invariant($"the {name} hold at most {MaxValues:N0} values in all (Examples.MaxValues), and every example at least one"), name))
        {
            int i = read.Count;
            read.Add(row is null
                ? throw new ArgumentException(
                    Invariant($"{name}[{i}] is null: every example needs a list of numbers, such as [1.0, 2.0]; remove that example or give it its values."), name)
                : [.. Guard.AtMost(row, left,
                    Invariant($"the {name} hold at most {MaxValues:N0} values in all (Examples.MaxValues), and the rows before {name}[{i}] hold {MaxValues - left:N0}"),
                    name, Invariant($"{name}[{i}]"))]);
            left -= read[i].Length;
        }

        return read.ToImmutable();
    }

    private static void Uniform(ImmutableArray<ImmutableArray<double>> rows, string name)
    {
        for (int i = 0; i < rows.Length; i++)
        {
            if (rows[i].IsEmpty)
            {
                throw new ArgumentException(
                    Invariant($"{name}[{i}] is empty: every example needs at least one value."), name);
            }

            if (rows[i].Length != rows[0].Length)
            {
                throw new ArgumentException(
                    Invariant($"{name}[{i}] has {rows[i].Length} values but {name}[0] has {rows[0].Length}: every example needs the same number of values."), name);
            }

            Guard.Finite(rows[i].AsSpan(), Invariant($"{name}[{i}]"));
        }
    }
}
