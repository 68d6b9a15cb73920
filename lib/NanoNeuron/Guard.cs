using System.Globalization;

namespace NanoNeuron;

/// <summary>Input checks with messages that say what is wrong and how to fix it.</summary>
internal static class Guard
{
    public static void Examples(ReadOnlySpan<double> x, ReadOnlySpan<double> y, string xName = "x", string yName = "y")
    {
        if (x.IsEmpty)
        {
            throw new ArgumentException(
                $"{xName} is empty: pass at least one example, for example DataSets.GenerateDataSets().Train.", xName);
        }

        if (x.Length != y.Length)
        {
            throw new ArgumentException(
                $"{xName} has {x.Length} values but {yName} has {y.Length}: every input needs exactly one target, so pass two sequences of the same length.",
                yName);
        }

        Finite(x, xName);
        Finite(y, yName);
    }

    public static void Finite(ReadOnlySpan<double> values, string name)
    {
        for (int i = 0; i < values.Length; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException(
                    $"{name}[{i}] is {Format(values[i])}: every value must be a finite number; remove or correct that example.", name);
            }
        }
    }

    public static void Model(Neuron model, string name = "model")
    {
        if (!model.IsFinite)
        {
            throw new ArgumentException(
                $"The {name} has Weight = {Format(model.Weight)} and Bias = {Format(model.Bias)}: both must be finite numbers; start from Neuron.RandomStart() or new Neuron(w, b) with finite w and b.",
                name);
        }
    }

    public static void Epochs(int epochs, string name = "epochs")
    {
        if (epochs < 0)
        {
            throw new ArgumentException(
                $"{name} is {epochs}: pass 0 or more (the original trains for {Hyperparameters.Epochs:N0}).", name);
        }
    }

    /// <summary>Refuses more epochs than a cost history can hold (one double each).</summary>
    public static void HistoryEpochs(int epochs, string name = "epochs")
    {
        Epochs(epochs, name);
        if (epochs > NanoNeuron.Training.MaxEpochs)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"{name} is {epochs:N0}, but at most {NanoNeuron.Training.MaxEpochs:N0} epochs can be trained in one run: the cost history keeps one number per epoch, and {NanoNeuron.Training.MaxEpochs:N0} already take 800 MB. Train in shorter runs, each starting from the model the last one returned."),
                name);
        }
    }

    /// <summary>The power of two that brings the largest |value| into [1, 2) (0 if every value is 0).</summary>
    public static int ScaleExponent(ReadOnlySpan<double> values)
    {
        double largest = 0;
        foreach (double value in values)
        {
            largest = Math.Max(largest, Math.Abs(value));
        }

        return largest > 0 ? Math.ILogB(largest) : 0;
    }

    public static void LearningRate(double learningRate, string name = "learningRate")
    {
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
        {
            throw new ArgumentException(
                $"{name} is {Format(learningRate)}: it must be a positive finite number, such as {Format(Hyperparameters.LearningRate)}.", name);
        }
    }

    /// <summary>The checks every trainer makes before its first epoch.</summary>
    public static void Training(Neuron model, int epochs, double learningRate)
    {
        Model(model);
        HistoryEpochs(epochs);
        LearningRate(learningRate);
    }

    public static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
