using NanoNeuron.Classification;
using NanoNeuron.Data;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Worked solutions for <see cref="ClassificationExercises"/>: try first, then compare.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>Where the trained classifier says 90 % hot: σ(z) = 0.9 at z = ln 9, and z = x·w + b, so x = (ln 9 − b)/w.</summary>
    public static double HotNinetyPercent()
    {
        var survey = HotOrNot.Survey();
        var standardizer = Standardizer.Fit(survey);
        var classifier = standardizer.ToOriginal(Logistic.TrainModel(new Neuron(0, 0), standardizer.Transform(survey), epochs: 2000, learningRate: 1).Model);
        return (Math.Log(9) - classifier.Bias) / classifier.Weight;
    }

    /// <summary>The same by search: step up the temperature until the neuron says 90 %.</summary>
    public static double HotNinetyPercentBySearch()
    {
        var survey = HotOrNot.Survey();
        var standardizer = Standardizer.Fit(survey);
        var classifier = standardizer.ToOriginal(Logistic.TrainModel(new Neuron(0, 0), standardizer.Transform(survey), epochs: 2000, learningRate: 1).Model);
        double x = 0;
        while (Logistic.Probability(classifier, x) < 0.9)
        {
            x += 0.01;
        }

        return x;
    }
}

/// <summary><see cref="ClassificationExercises"/>'s checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void HotNinetyPercent_SolutionsPass_CommonSlipsGetHints()
    {
        Accepted(ClassificationExercises.HotNinetyPercent(ExerciseSolutions.HotNinetyPercent()));
        Accepted(ClassificationExercises.HotNinetyPercent(ExerciseSolutions.HotNinetyPercentBySearch()));

        var survey = HotOrNot.Survey();
        var standardizer = Standardizer.Fit(survey);
        var standardized = Logistic.TrainModel(new Neuron(0, 0), standardizer.Transform(survey), epochs: 2000, learningRate: 1).Model;
        var classifier = standardizer.ToOriginal(standardized);
        Rejected(ClassificationExercises.HotNinetyPercent(Logistic.DecisionBoundary(classifier)), "50 %");
        Rejected(ClassificationExercises.HotNinetyPercent((-Math.Log(9) - classifier.Bias) / classifier.Weight), "10 % hot");
        Rejected(ClassificationExercises.HotNinetyPercent((Math.Log(9) - standardized.Bias) / standardized.Weight), "standardized units");
        Rejected(ClassificationExercises.HotNinetyPercent((0.9 - classifier.Bias) / classifier.Weight), "not z");
        Rejected(ClassificationExercises.HotNinetyPercent(35), "Try temperatures");
        Rejected(ClassificationExercises.HotNinetyPercent(0.9), "a temperature in °C");
        Rejected(ClassificationExercises.HotNinetyPercent(5), "p < 0.001");
    }
}

/// <summary><see cref="ClassificationExercises"/>'s predict-then-run questions: the right prediction passes, the common slips get their hints.</summary>
public partial class QuestionsTests
{
    [Fact]
    public void CostOfQuarter_TwiceLnTwoPasses_SlipsGetHints()
    {
        Assert.True(ClassificationExercises.CostOfQuarter(1.386).Passed);
        Assert.Contains("cost more, not less", ClassificationExercises.CostOfQuarter(0.35).Message, StringComparison.Ordinal);
        Assert.Contains("1 − p", ClassificationExercises.CostOfQuarter(0.75).Message, StringComparison.Ordinal);
        Assert.Contains("never negative", ClassificationExercises.CostOfQuarter(-1.386).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeWeightAtThirty_NoPasses_TheFlippedRuleGetsItsHint()
    {
        Assert.True(ClassificationExercises.NegativeWeightAtThirty('b').Passed);
        Assert.Contains("turns an inequality round", ClassificationExercises.NegativeWeightAtThirty('a').Message, StringComparison.Ordinal);
        Assert.Contains("in place of '?'", ClassificationExercises.NegativeWeightAtThirty('?').Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PushWhenVeryWrong_MinusOnePasses_GrowingFadingAndSignSlipsGetHints()
    {
        Assert.True(ClassificationExercises.PushWhenVeryWrong(-1).Passed);
        Assert.Contains("does not grow", ClassificationExercises.PushWhenVeryWrong(-4.4).Message, StringComparison.Ordinal);
        Assert.Contains("does not grow", ClassificationExercises.PushWhenVeryWrong(-10).Message, StringComparison.Ordinal);
        Assert.Contains("in place of double.NaN", ClassificationExercises.PushWhenVeryWrong(double.NaN).Message, StringComparison.Ordinal);
        Assert.Contains("squared error's push", ClassificationExercises.PushWhenVeryWrong(0).Message, StringComparison.Ordinal);
        Assert.Contains("mind the sign", ClassificationExercises.PushWhenVeryWrong(1).Message, StringComparison.Ordinal);
    }
}
