namespace NanoNeuron.Notebooks.Tests;

/// <summary>Every checker accepts its worked solution and rejects a wrong answer with a useful hint.</summary>
public class ExerciseTests
{
    private static void Accepted(Feedback feedback) => Assert.True(feedback.Passed, feedback.ToString());

    private static void Rejected(Feedback feedback, string hint)
    {
        Assert.False(feedback.Passed, feedback.ToString());
        Assert.StartsWith("✗ Not yet: ", feedback.ToString(), StringComparison.Ordinal);
        Assert.Contains(hint, feedback.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Predict_SolutionPasses_ForgottenBiasGetsAHint()
    {
        Accepted(TryIt.Predict(ExerciseSolutions.Predict));
        Rejected(TryIt.Predict((x, w, b) => x * w), "add the bias");
        Rejected(TryIt.Predict((x, w, b) => 0), "should say x·w + b = 7");
    }

    [Fact]
    public void CelsiusToFahrenheit_SolutionPasses_WrongOrderGetsAHint()
    {
        Accepted(TryIt.CelsiusToFahrenheit(ExerciseSolutions.CelsiusToFahrenheit));
        Rejected(TryIt.CelsiusToFahrenheit(c => c * 1.8), "add 32");
        Rejected(TryIt.CelsiusToFahrenheit(c => (c + 32) * 1.8), "should be 32 °F");
        Rejected(TryIt.CelsiusToFahrenheit(c => c * 2 + 32), "multiply by 1.8, then add 32");
    }

    [Fact]
    public void DataSet_SolutionPasses_WrongInputsOrTargetsGetHints()
    {
        Accepted(TryIt.DataSet(ExerciseSolutions.DataSet()));
        Rejected(TryIt.DataSet(new DataSet([0.0], [32.0])), "x should be -10, 0, 10, 20, 30");
        Rejected(TryIt.DataSet(new DataSet([-10.0, 0, 10, 20, 30], [0.0, 0, 0, 0, 0])), "use Temperature.CelsiusToFahrenheit");
    }

    [Fact]
    public void PredictionCost_SolutionPasses_CommonSlipsGetHints()
    {
        Accepted(TryIt.PredictionCost(ExerciseSolutions.PredictionCost));
        Rejected(TryIt.PredictionCost((y, p) => (y - p) * (y - p)), "halve the square");
        Rejected(TryIt.PredictionCost((y, p) => (y - p) / 2), "square the error");
    }

    [Fact]
    public void AverageCost_SolutionPasses_TotalGetsTheDivideByMHint()
    {
        double solution = ExerciseSolutions.AverageCost();
        Accepted(TryIt.AverageCost(solution));
        Rejected(TryIt.AverageCost(solution * 100), "divide by m = 100");
        Rejected(TryIt.AverageCost(0), "add PredictionCost");
    }

    [Fact]
    public void Gradients_SolutionPasses_OriginalSignAndSumsGetHints()
    {
        var (dW, dB) = ExerciseSolutions.Gradients();
        Accepted(TryIt.Gradients(dW, dB));
        Rejected(TryIt.Gradients(-dW, -dB), "the original's sign");
        Rejected(TryIt.Gradients(dW * 100, dB * 100), "those are sums");
        Rejected(TryIt.Gradients(0, 0), "average (ŷ − y)·x");
    }

    [Fact]
    public void LearningRate_SolutionPasses_TooSmallAndTooLargeGetHints()
    {
        Accepted(TryIt.LearningRate(ExerciseSolutions.LearningRate));
        Rejected(TryIt.LearningRate(0.00001), "stable but slow");
        Rejected(TryIt.LearningRate(0.0007), "diverges at epoch 1333");
        Rejected(TryIt.LearningRate(-1), "small positive number");
    }

    [Fact]
    public void Prediction_SolutionPasses_TheExactAnswerIsNotTheNeuronsAnswer()
    {
        Accepted(TryIt.Prediction(ExerciseSolutions.Prediction()));
        Rejected(TryIt.Prediction(212), "call Predict on it");
        Rejected(TryIt.Prediction(0), "train from Neuron.OriginalStart");
    }
}
