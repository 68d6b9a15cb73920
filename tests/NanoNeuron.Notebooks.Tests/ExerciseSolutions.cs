using System.Numerics.Tensors;

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

    /// <summary>09 — the test cost of the neuron trained on the noisy training readings.</summary>
    public static double TestCost()
    {
        var split = TryIt.NoisySplit();
        var trained = Training.TrainModel(Neuron.OriginalStart, split.Train).Model;
        return Propagation.ForwardPropagation(trained, split.Test).Cost;
    }

    /// <summary>10 — back to raw inputs: w′·(x − μ)/σ + b′ = (w′/σ)·x + (b′ − w′·μ/σ).</summary>
    public static Func<Neuron, Standardizer, Neuron> ToOriginal => (model, s) =>
        new Neuron(model.Weight / s.StandardDeviation, model.Bias - model.Weight * s.Mean / s.StandardDeviation);

    /// <summary>11 — backward propagation in two vectorized calls.</summary>
    public static Func<double[], double[], Gradients> VectorizedGradients => (errors, x) =>
        new Gradients(TensorPrimitives.Dot<double>(errors, x) / x.Length, TensorPrimitives.Sum<double>(errors) / x.Length);

    /// <summary>12 — the slope of tanh.</summary>
    public static Func<double, double> TanhDerivative => z => 1 - Math.Tanh(z) * Math.Tanh(z);

    /// <summary>13 — the cross-entropy of one prediction.</summary>
    public static Func<double, double, double> CrossEntropy => (y, p) => -(y * Math.Log(p) + (1 - y) * Math.Log(1 - p));

    /// <summary>14 — a hidden layer of two tanh neurons learns XOR.</summary>
    public static Network Xor() =>
        Backpropagation.TrainModel(Network.Random([2, 2, 1], Activation.Tanh), Examples.Xor, 5000, 0.5).Model;

    /// <summary>15 — the least-squares line from the averages.</summary>
    public static (double Weight, double Bias) LeastSquares()
    {
        var train = TryIt.NoisySplit().Train;
        double meanX = train.X.Average(), meanY = train.Y.Average();
        double sxy = train.X.Zip(train.Y, (x, y) => (x - meanX) * (y - meanY)).Average();
        double sxx = train.X.Average(x => (x - meanX) * (x - meanX));
        double weight = sxy / sxx;
        return (weight, meanY - weight * meanX);
    }
}
