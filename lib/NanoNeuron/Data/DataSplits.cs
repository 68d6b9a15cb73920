namespace NanoNeuron.Data;

/// <summary>One data set split three ways: examples to train on, to choose with, and to measure once at the end.</summary>
/// <param name="Train">The examples the model learns from.</param>
/// <param name="Validation">Held-out examples used to choose things about the model: when to stop training, how strong a penalty.</param>
/// <param name="Test">Held-out examples used once, at the very end, to measure the model that was chosen.</param>
/// <exception cref="ArgumentNullException">A null set (also through <c>with</c>).</exception>
public sealed record DataSplits(DataSet Train, DataSet Validation, DataSet Test)
{
    private readonly DataSet train = NotNull(Train, nameof(Train));
    private readonly DataSet validation = NotNull(Validation, nameof(Validation));
    private readonly DataSet test = NotNull(Test, nameof(Test));

    /// <summary>The examples the model learns from.</summary>
    public DataSet Train { get => train; init => train = NotNull(value, nameof(Train)); }

    /// <summary>Held-out examples used to choose things about the model: when to stop training, how strong a penalty.</summary>
    public DataSet Validation { get => validation; init => validation = NotNull(value, nameof(Validation)); }

    /// <summary>Held-out examples used once, at the very end, to measure the model that was chosen.</summary>
    public DataSet Test { get => test; init => test = NotNull(value, nameof(Test)); }

    private static DataSet NotNull(DataSet? set, string parameter) =>
        set ?? throw new ArgumentNullException(parameter, Invariant($"{parameter} is null: pass a DataSet, or use DataSplit.TrainValidationTest(data)."));
}
