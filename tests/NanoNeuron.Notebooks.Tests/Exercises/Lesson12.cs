using NanoNeuron.Activations;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 12's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>12 — the slope of tanh(3x) at x = 0.25: z = 3x moves 3 per unit of x, tanh moves tanh′(z) per unit of z; rates multiply.</summary>
    public static double TanhOfThreeXSlope => 3 * Activation.Tanh.Derivative(3 * TryIt.TanhOfThreeXAt);
}

/// <summary>Lesson 12's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void TanhOfThreeXSlope_SolutionPasses_CommonSlipsGetHints()
    {
        const double x = TryIt.TanhOfThreeXAt, h = 1e-5;
        Accepted(TryIt.TanhOfThreeXSlope(ExerciseSolutions.TanhOfThreeXSlope));
        Accepted(TryIt.TanhOfThreeXSlope((Math.Tanh(3 * (x + h)) - Math.Tanh(3 * (x - h))) / (2 * h)));
        Accepted(TryIt.TanhOfThreeXSlope(1.79));
        Rejected(TryIt.TanhOfThreeXSlope(0), "in place of 0");
        Rejected(TryIt.TanhOfThreeXSlope(Activation.Tanh.Derivative(3 * x)), "inner rate");
        Rejected(TryIt.TanhOfThreeXSlope(3 * Activation.Tanh.Derivative(x)), "where tanh is working");
        Rejected(TryIt.TanhOfThreeXSlope(3 + Activation.Tanh.Derivative(3 * x)), "do not add");
        Rejected(TryIt.TanhOfThreeXSlope(3 * Math.Tanh(3 * x)), "height");
        Rejected(TryIt.TanhOfThreeXSlope(-7), "Measure it");
        Rejected(TryIt.TanhOfThreeXSlope(-7), "(Math.Tanh(3 * (x + h)) - Math.Tanh(3 * (x - h))) / (2 * h)");
    }
}

/// <summary>Lesson 12's predict-then-run questions: the right prediction passes, the common slips get their hints.</summary>
public partial class QuestionsTests
{
    [Fact]
    public void StackedWeight_MinusSixPasses_SumAndSignSlipsGetHints()
    {
        Assert.True(Questions.StackedWeight(-6).Passed);
        Assert.Contains("multiply", Questions.StackedWeight(4).Message, StringComparison.Ordinal);
        Assert.Contains("turns every rise into a fall", Questions.StackedWeight(6).Message, StringComparison.Ordinal);
        Assert.Contains("last neuron's own weight", Questions.StackedWeight(-1).Message, StringComparison.Ordinal);
        Assert.Contains("in place of double.NaN", Questions.StackedWeight(double.NaN).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SigmoidNudgeAtEight_AlmostNothingPasses_OthersGetHints()
    {
        Assert.True(Questions.SigmoidNudgeAtEight('b').Passed);
        Assert.Contains("steepest", Questions.SigmoidNudgeAtEight('a').Message, StringComparison.Ordinal);
        Assert.Contains("never that steep", Questions.SigmoidNudgeAtEight('c').Message, StringComparison.Ordinal);
        Assert.Contains("in place of '?'", Questions.SigmoidNudgeAtEight('?').Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChainSlopeAtZero_ProductPasses_ForgottenRatesGetHints()
    {
        Assert.True(Questions.ChainSlopeAtZero(0.393).Passed);
        Assert.True(Questions.ChainSlopeAtZero(2 * 0.197).Passed);
        Assert.True(Questions.ChainSlopeAtZero(2 * 0.1966).Passed);
        Assert.Contains("twice as much", Questions.ChainSlopeAtZero(0.197).Message, StringComparison.Ordinal);
        Assert.Contains("z's rate per unit of x", Questions.ChainSlopeAtZero(2).Message, StringComparison.Ordinal);
        Assert.Contains("do not add", Questions.ChainSlopeAtZero(2.197).Message, StringComparison.Ordinal);
        Assert.Contains("slope at z = 0", Questions.ChainSlopeAtZero(0.5).Message, StringComparison.Ordinal);
    }
}
