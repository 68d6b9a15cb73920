namespace NanoNeuron.Notebooks.Tests;

/// <summary>
/// Worked solutions to the lessons' "Try it" cells. Try first; then compare. Each one is checked by
/// <see cref="ExerciseTests"/> against the same checker the notebook uses.
/// </summary>
public static class ExerciseSolutions
{
    /// <summary>01 — the model.</summary>
    public static Func<double, double, double, double> Predict => (x, w, b) => x * w + b;

    /// <summary>02 — Celsius to Fahrenheit.</summary>
    public static Func<double, double> CelsiusToFahrenheit => celsius => celsius * 1.8 + 32;

    /// <summary>03 — a data set of −10, 0, 10, 20 and 30 °C.</summary>
    public static DataSet DataSet()
    {
        double[] celsius = [-10, 0, 10, 20, 30];
        return new DataSet(celsius, celsius.Select(Temperature.CelsiusToFahrenheit));
    }

    /// <summary>04 — the cost of one prediction.</summary>
    public static Func<double, double, double> PredictionCost => (y, prediction) => (y - prediction) * (y - prediction) / 2;

    /// <summary>05 — the average cost of w = 2, b = 30, with a loop.</summary>
    public static double AverageCost()
    {
        var train = DataSets.GenerateDataSets().Train;
        var model = TryIt.ExerciseNeuron;
        double total = 0;
        for (int i = 0; i < train.Count; i++)
        {
            total += Cost.PredictionCost(train.Y[i], model.Predict(train.X[i]));
        }

        return total / train.Count;
    }

    /// <summary>06 — the gradients at w = 2, b = 30, with a loop.</summary>
    public static (double DW, double DB) Gradients()
    {
        var train = DataSets.GenerateDataSets().Train;
        var model = TryIt.ExerciseNeuron;
        double dW = 0, dB = 0;
        for (int i = 0; i < train.Count; i++)
        {
            double error = model.Predict(train.X[i]) - train.Y[i];
            dW += error * train.X[i];
            dB += error;
        }

        return (dW / train.Count, dB / train.Count);
    }

    /// <summary>07 — a learning rate that converges: anything clearly below 2/λmax ≈ 0.000609 and not too small.</summary>
    public const double LearningRate = 0.0005;

    /// <summary>08 — what the trained neuron says for 100 °C.</summary>
    public static double Prediction() =>
        Training.TrainModel(Neuron.OriginalStart, DataSets.GenerateDataSets().Train).Model.Predict(TryIt.ExerciseCelsius);
}
