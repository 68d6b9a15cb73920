using System.Numerics.Tensors;

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

    [Fact]
    public void TestCost_SolutionPasses_TrainingCostGetsAHint()
    {
        Accepted(TryIt.TestCost(ExerciseSolutions.TestCost()));
        var split = TryIt.NoisySplit();
        Rejected(TryIt.TestCost(Training.TrainModel(Neuron.OriginalStart, split.Train).CostAfter), "cost on the training readings");
        Rejected(TryIt.TestCost(0), "(result.Model, split.Test)");
    }

    [Fact]
    public void ToOriginal_SolutionPasses_CommonSlipsGetHints()
    {
        Accepted(TryIt.ToOriginal(ExerciseSolutions.ToOriginal));
        Rejected(TryIt.ToOriginal((m, s) => new Neuron(m.Weight * s.StandardDeviation, m.Bias)), "w′/σ, not w′·σ");
        Rejected(TryIt.ToOriginal((m, s) => new Neuron(m.Weight / s.StandardDeviation, m.Bias)), "subtract w′·μ/σ");
    }

    [Fact]
    public void VectorizedGradients_SolutionPasses_SumsAndSwapsGetHints()
    {
        Accepted(TryIt.VectorizedGradients(ExerciseSolutions.VectorizedGradients));
        Rejected(TryIt.VectorizedGradients((e, x) => new Gradients(TensorPrimitives.Dot<double>(e, x), TensorPrimitives.Sum<double>(e))), "divide both by m");
        Rejected(TryIt.VectorizedGradients((e, x) => new Gradients(TensorPrimitives.Sum<double>(e) / x.Length, TensorPrimitives.Dot<double>(e, x) / x.Length)), "swapped");
    }

    [Fact]
    public void TanhDerivative_SolutionPasses_CommonSlipsGetHints()
    {
        Accepted(TryIt.TanhDerivative(ExerciseSolutions.TanhDerivative));
        Rejected(TryIt.TanhDerivative(Math.Tanh), "tanh itself");
        Rejected(TryIt.TanhDerivative(z => 1 - Math.Tanh(z)), "square the tanh");
    }

    [Fact]
    public void CrossEntropy_SolutionPasses_CommonSlipsGetHints()
    {
        Accepted(TryIt.CrossEntropy(ExerciseSolutions.CrossEntropy));
        Rejected(TryIt.CrossEntropy((y, p) => y * Math.Log(p) + (1 - y) * Math.Log(1 - p)), "minus sign");
        Rejected(TryIt.CrossEntropy((y, p) => -(y * Math.Log10(p) + (1 - y) * Math.Log10(1 - p))), "Math.Log10");
        Rejected(TryIt.CrossEntropy((y, p) => -(y * Math.Log(1 - p) + (1 - y) * Math.Log(p))), "swapped");
    }

    [Fact]
    public void Xor_SolutionPasses_NoHiddenLayerOrLinearHiddenLayerGetHints()
    {
        Accepted(TryIt.Xor(ExerciseSolutions.Xor()));
        Rejected(TryIt.Xor(Backpropagation.TrainModel(Network.Random([2, 1], Activation.Tanh), Examples.Xor, 2000, 0.5).Model), "add a hidden layer");
        Rejected(TryIt.Xor(Backpropagation.TrainModel(Network.Random([2, 4, 1], Activation.Identity), Examples.Xor, 2000, 0.1).Model), "linear hidden layers");
        Rejected(TryIt.Xor(Network.Random([2, 2, 1], Activation.Tanh)), "Train longer");
        Rejected(TryIt.Xor(Network.Random([1, 2, 1], Activation.Tanh)), "two inputs and one output");
    }

    [Fact]
    public void LeastSquares_SolutionPasses_UpsideDownRatioGetsAHint()
    {
        var (weight, bias) = ExerciseSolutions.LeastSquares();
        Accepted(TryIt.LeastSquares(weight, bias));
        Rejected(TryIt.LeastSquares(weight, 32), "passes through the averages");
        Rejected(TryIt.LeastSquares(1.8, 32), "should be mean((x − x̄)(y − ȳ))");
    }
}
