namespace NanoNeuron;

/// <summary>The training and test sets of the original program.</summary>
/// <param name="Train">x = 0, 1, …, 99 and their Fahrenheit values.</param>
/// <param name="Test">x = 0.5, 1.5, …, 99.5: values the neuron never sees while training.</param>
/// <exception cref="ArgumentNullException">A null set (also through <c>with</c>).</exception>
public sealed record DataSets(DataSet Train, DataSet Test)
{
    private readonly DataSet train = NotNull(Train, nameof(Train));
    private readonly DataSet test = NotNull(Test, nameof(Test));

    /// <summary>The examples the neuron learns from.</summary>
    public DataSet Train { get => train; init => train = NotNull(value, nameof(Train)); }

    /// <summary>The examples it is checked on, never seen while training.</summary>
    public DataSet Test { get => test; init => test = NotNull(value, nameof(Test)); }

    private static DataSet NotNull(DataSet? set, string parameter) =>
        set ?? throw new ArgumentNullException(parameter, Invariant($"{parameter} is null: pass a DataSet, for example new DataSet(x, y), or use DataSets.GenerateDataSets()."));

    /// <summary>How many examples each set holds.</summary>
    public const int Size = 100;

    /// <summary>Generates the original's data sets (its <c>generateDataSets</c>).</summary>
    /// <remarks>
    /// <c>train x = 0, 1, …, 99</c>; <c>test x = 0.5, 1.5, …, 99.5</c> (built by adding 1 from 0.5,
    /// as the original does); <c>y = CelsiusToFahrenheit(x)</c>.
    /// </remarks>
    public static DataSets GenerateDataSets()
    {
        var trainX = new double[Size];
        var testX = new double[Size];
        double test = 0.5;
        for (int i = 0; i < Size; i++, test += 1)
        {
            trainX[i] = i;
            testX[i] = test;
        }

        return new DataSets(
            new DataSet(trainX, trainX.Select(Temperature.CelsiusToFahrenheit)),
            new DataSet(testX, testX.Select(Temperature.CelsiusToFahrenheit)));
    }
}
