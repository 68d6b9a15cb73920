using NanoNeuron.Classification;
using NanoNeuron.Data;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 13's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>13 — where the trained classifier says 90 % hot: σ(z) = 0.9 at z = ln 9, and z = x·w + b, so x = (ln 9 − b)/w.</summary>
    public static double HotNinetyPercent()
    {
        var survey = HotOrNot.Survey();
        var standardizer = Standardizer.Fit(survey);
        var classifier = standardizer.ToOriginal(Logistic.TrainModel(new Neuron(0, 0), standardizer.Transform(survey), epochs: 2000, learningRate: 1).Model);
        return (Math.Log(9) - classifier.Bias) / classifier.Weight;
    }

    /// <summary>13 — the same by search: step up the temperature until the neuron says 90 %.</summary>
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

/// <summary>Lesson 13's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void HotNinetyPercent_SolutionsPass_CommonSlipsGetHints()
    {
        Accepted(TryIt.HotNinetyPercent(ExerciseSolutions.HotNinetyPercent()));
        Accepted(TryIt.HotNinetyPercent(ExerciseSolutions.HotNinetyPercentBySearch()));

        var survey = HotOrNot.Survey();
        var standardizer = Standardizer.Fit(survey);
        var standardized = Logistic.TrainModel(new Neuron(0, 0), standardizer.Transform(survey), epochs: 2000, learningRate: 1).Model;
        var classifier = standardizer.ToOriginal(standardized);
        Rejected(TryIt.HotNinetyPercent(Logistic.DecisionBoundary(classifier)), "50 %");
        Rejected(TryIt.HotNinetyPercent((-Math.Log(9) - classifier.Bias) / classifier.Weight), "10 % hot");
        Rejected(TryIt.HotNinetyPercent((Math.Log(9) - standardized.Bias) / standardized.Weight), "standardized units");
        Rejected(TryIt.HotNinetyPercent((0.9 - classifier.Bias) / classifier.Weight), "not z");
        Rejected(TryIt.HotNinetyPercent(35), "Try temperatures");
        Rejected(TryIt.HotNinetyPercent(0.9), "a temperature in °C");
        Rejected(TryIt.HotNinetyPercent(5), "p < 0.001");
    }
}

/// <summary>Lesson 13's predict-then-run questions: the right prediction passes, the common slips get their hints.</summary>
public partial class QuestionsTests
{
    [Fact]
    public void CostOfQuarter_TwiceLnTwoPasses_SlipsGetHints()
    {
        Assert.True(Questions.CostOfQuarter(1.386).Passed);
        Assert.Contains("cost more, not less", Questions.CostOfQuarter(0.35).Message, StringComparison.Ordinal);
        Assert.Contains("1 − p", Questions.CostOfQuarter(0.75).Message, StringComparison.Ordinal);
        Assert.Contains("never negative", Questions.CostOfQuarter(-1.386).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NegativeWeightSaysHot_NoPasses_TheFlippedRuleGetsItsHint()
    {
        Assert.True(Questions.NegativeWeightSaysHot('b').Passed);
        Assert.Contains("only for w > 0", Questions.NegativeWeightSaysHot('a').Message, StringComparison.Ordinal);
        Assert.Contains("in place of '?'", Questions.NegativeWeightSaysHot('?').Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PushWhenVeryWrong_MinusOnePasses_GrowingFadingAndSignSlipsGetHints()
    {
        Assert.True(Questions.PushWhenVeryWrong(-1).Passed);
        Assert.Contains("does not grow", Questions.PushWhenVeryWrong(-4.4).Message, StringComparison.Ordinal);
        Assert.Contains("does not grow", Questions.PushWhenVeryWrong(-10).Message, StringComparison.Ordinal);
        Assert.Contains("in place of double.NaN", Questions.PushWhenVeryWrong(double.NaN).Message, StringComparison.Ordinal);
        Assert.Contains("squared error's push", Questions.PushWhenVeryWrong(0).Message, StringComparison.Ordinal);
        Assert.Contains("mind the sign", Questions.PushWhenVeryWrong(1).Message, StringComparison.Ordinal);
    }
}
