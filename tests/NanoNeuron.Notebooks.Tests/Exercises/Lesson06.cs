namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 06's worked solutions.</summary>
public static partial class ExerciseSolutions
{
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
}

/// <summary>Lesson 06's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void Gradients_SolutionPasses_OriginalSignAndSumsGetHints()
    {
        var (dW, dB) = ExerciseSolutions.Gradients();
        Accepted(TryIt.Gradients(dW, dB));
        Rejected(TryIt.Gradients(-dW, -dB), "the original's sign");
        Rejected(TryIt.Gradients(dW * 100, dB * 100), "those are sums");
        Rejected(TryIt.Gradients(0, 0), "average (ŷ − y)·x");
    }
}
