using CsCheck;
using NanoNeuron.Activations;
using NanoNeuron.Classification;
using NanoNeuron.Data;
using NanoNeuron.Optimization;

namespace NanoNeuron.Tests;

/// <summary>Lessons 12 and 13: activations and their derivatives, the sigmoid neuron and cross-entropy.</summary>
public class ClassificationTests
{
    private const double Step = 1e-5;

    public static TheoryData<string> Activations => ["identity", "sigmoid", "tanh", "ReLU"];

    private static Activation Named(string name) => name == "identity" ? Activation.Identity : Activation.All.Single(a => a.Name == name);

    [Theory]
    [MemberData(nameof(Activations))]
    public void Activation_Derivative_MatchesCentralDifferences(string name)
    {
        var activation = Named(name);
        // Away from ReLU's kink at 0, where it has no derivative.
        foreach (double z in new[] { -6.0, -2.5, -0.7, 0.3, 1.1, 4.0, 9.0 })
        {
            double measured = (activation.Function(z + Step) - activation.Function(z - Step)) / (2 * Step);
            Assert.InRange(Math.Abs(measured - activation.Derivative(z)), 0, 1e-9);
        }
    }

    [Fact]
    public void Sigmoid_IsFiniteAndInRange_ForHugeInputs()
    {
        Assert.Equal(1, Activation.SigmoidOf(1000));
        Assert.Equal(0, Activation.SigmoidOf(-1000));
        Assert.Equal(0.5, Activation.SigmoidOf(0));
        Bits.Close(Math.Exp(-40), Activation.SigmoidOf(-40), 1e-12, "σ(−40)");
    }

    [Fact]
    public void CrossEntropy_KnownValues()
    {
        Assert.Equal(-Math.Log(0.8), Logistic.CrossEntropy(1, 0.8));
        Bits.Close(-Math.Log(0.2), Logistic.CrossEntropy(0, 0.8), 1e-15, "−ln(1 − 0.8)");
        Assert.Equal(0, Logistic.CrossEntropy(1, 1));
        Assert.Equal(double.PositiveInfinity, Logistic.CrossEntropy(0, 1));
    }

    [Fact]
    public void CrossEntropy_OnFahrenheitTargets_SaysItIsForLabels()
    {
        var error = Assert.Throws<ArgumentException>(() => Logistic.ForwardPropagation(new Neuron(1, 0), DataSets.GenerateDataSets().Train));
        Assert.Contains("0 or 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("Cost.PredictionCost", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Logistic.CrossEntropy(1, 2.5));
    }

    [Fact]
    public void ForwardPropagation_IsTheAverageCrossEntropy()
    {
        var survey = HotOrNot.Survey(50);
        var model = new Neuron(0.3, -7);
        double expected = survey.X.Zip(survey.Y, (x, y) => Logistic.CrossEntropy(y, Logistic.Probability(model, x))).Average();
        Bits.Close(expected, Logistic.ForwardPropagation(model, survey), 1e-12, "J");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void BackwardPropagation_MatchesCentralDifferences(int seed)
    {
        var random = new Random(seed);
        var survey = HotOrNot.Survey(30, seed);
        var model = new Neuron(random.NextDouble() - 0.5, random.NextDouble() * 10 - 5);
        var gradients = Logistic.BackwardPropagation(model, survey);

        double J(Neuron n) => Logistic.ForwardPropagation(n, survey);
        Bits.Close((J(model with { Weight = model.Weight + Step }) - J(model with { Weight = model.Weight - Step })) / (2 * Step), gradients.DW, 1e-6, "∂J/∂w");
        Bits.Close((J(model with { Bias = model.Bias + Step }) - J(model with { Bias = model.Bias - Step })) / (2 * Step), gradients.DB, 1e-6, "∂J/∂b");
    }

    [Fact]
    public void TrainModel_OnTheSurvey_FindsABoundaryNearTheThreshold()
    {
        var survey = HotOrNot.Survey();
        var standardizer = Standardizer.Fit(survey);
        var result = Logistic.TrainModel(new Neuron(0, 0), standardizer.Transform(survey), 2000, 1);
        var model = standardizer.ToOriginal(result.Model);

        Assert.Equal(Math.Log(2), result.CostBefore, 12);
        Assert.True(result.CostAfter < 0.2);
        Assert.InRange(Logistic.DecisionBoundary(model), 23, 27);
        var gradients = Logistic.BackwardPropagation(result.Model, standardizer.Transform(survey));
        Assert.InRange(Math.Abs(gradients.DW) + Math.Abs(gradients.DB), 0, 1e-3);
    }

    [Fact]
    public void DecisionBoundary_ZeroWeight_SaysThereIsNone()
    {
        var error = Assert.Throws<ArgumentException>(() => Logistic.DecisionBoundary(new Neuron(0, 1)));
        Assert.Contains("no boundary", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Issue 19: these learning rates returned costs of 4.8e4 to 1.0e301 without a word.</summary>
    [Theory]
    [InlineData(1e3)]
    [InlineData(1e6)]
    [InlineData(1e12)]
    [InlineData(1e300)]
    public void TrainModel_HugeLearningRate_IsRefusedBeforeTheFirstEpoch(double learningRate)
    {
        var survey = HotOrNot.Survey();
        var error = Assert.Throws<TrainingDivergedException>(() => Logistic.TrainModel(new Neuron(0, 0), survey, 2000, learningRate));

        Assert.Equal((0, DivergenceReason.AboveLimit), (error.Epoch, error.Reason));
        Assert.Equal(Logistic.LargestStableLearningRate(survey), error.LargestStableLearningRate);
    }

    [Fact]
    public void LargestStableLearningRate_StandardizedSurvey_LeavesTheLessonsRateWellInside()
    {
        var survey = HotOrNot.Survey();
        var standardized = Standardizer.Fit(survey).Transform(survey);

        // σ′ ≤ ¼, so the cross-entropy curves at most a quarter as steeply as the squared error: four times its limit.
        Assert.Equal(4 * Stability.LargestStableLearningRate(standardized), Logistic.LargestStableLearningRate(standardized));
        Assert.True(Logistic.LargestStableLearningRate(standardized) > 1);
        Assert.False(Trainer.TryTrain(new LogisticObjective(standardized), new Neuron(0, 0), new GradientDescent(1), new TrainingOptions { Epochs = 2000 }).HasDiverged);
    }

    /// <summary>
    /// Attack 13, A13b-16: any logistic neuron and inputs so large that z = x·w + b overflows are refused with the logistic
    /// neuron's own reason (it quoted the squared error of the line, which cross-entropy does not have).
    /// </summary>
    [Fact]
    public void LogisticOverflow_IsExplainedByZ_NotByASquaredError()
    {
        Gen.Select(Gen.Double[1e200, 1e308], Gen.Double[1e110, 1e200]).Sample((x, w) =>
        {
            var data = new DataSet([x, -x], [0, 1]);
            foreach (var call in new Action[] { () => Logistic.ForwardPropagation(new Neuron(w, 0), data), () => Logistic.BackwardPropagation(new Neuron(1, 0), new DataSet([1e308, -1e308], [0, 1])) })
            {
                var error = Assert.Throws<ArgumentException>(call);
                Assert.Equal("model", error.ParamName);
                Assert.Contains("z = x·w + b", error.Message, StringComparison.Ordinal);
                Assert.DoesNotContain("squared", error.Message, StringComparison.Ordinal);
            }
        }, iter: 100, threads: 1);
    }
}
