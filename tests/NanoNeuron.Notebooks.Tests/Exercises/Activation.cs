using NanoNeuron.Activations;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Worked solutions for <see cref="ActivationExercises"/>: try first, then compare.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>The slope of tanh(3x) at x = 0.25: z = 3x moves 3 per unit of x, tanh moves tanh′(z) per unit of z; rates multiply.</summary>
    public static double TanhOfThreeXSlope => 3 * Activation.Tanh.Derivative(3 * ActivationExercises.TanhOfThreeXAt);
}

/// <summary><see cref="ActivationExercises"/>'s checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void TanhOfThreeXSlope_SolutionPasses_CommonSlipsGetHints()
    {
        const double x = ActivationExercises.TanhOfThreeXAt, h = 1e-5;
        Accepted(ActivationExercises.TanhOfThreeXSlope(ExerciseSolutions.TanhOfThreeXSlope));
        Accepted(ActivationExercises.TanhOfThreeXSlope((Math.Tanh(3 * (x + h)) - Math.Tanh(3 * (x - h))) / (2 * h)));
        Accepted(ActivationExercises.TanhOfThreeXSlope(1.79));
        Rejected(ActivationExercises.TanhOfThreeXSlope(0), "in place of 0");
        Rejected(ActivationExercises.TanhOfThreeXSlope(Activation.Tanh.Derivative(3 * x)), "inner rate");
        Rejected(ActivationExercises.TanhOfThreeXSlope(3 * Activation.Tanh.Derivative(x)), "where tanh is working");
        Rejected(ActivationExercises.TanhOfThreeXSlope(3 + Activation.Tanh.Derivative(3 * x)), "do not add");
        Rejected(ActivationExercises.TanhOfThreeXSlope(3 * Math.Tanh(3 * x)), "height");
        Rejected(ActivationExercises.TanhOfThreeXSlope(-7), "Two rates are at work");
        Assert.DoesNotContain("Math.Tanh", ActivationExercises.TanhOfThreeXSlope(-7).Message, StringComparison.Ordinal);
    }
}

/// <summary><see cref="ActivationExercises"/>'s predict-then-run questions: the right prediction passes, the common slips get their hints.</summary>
public partial class QuestionsTests
{
    [Fact]
    public void StackedWeight_MinusSixPasses_SumAndSignSlipsGetHints()
    {
        Assert.True(ActivationExercises.StackedWeight(-6).Passed);
        Assert.Contains("multiply", ActivationExercises.StackedWeight(4).Message, StringComparison.Ordinal);
        Assert.Contains("a third one comes after them", ActivationExercises.StackedWeight(6).Message, StringComparison.Ordinal);
        foreach (double slip in new double[] { 4, 6, -1 })
        {
            string hint = ActivationExercises.StackedWeight(slip).Message;
            Assert.DoesNotContain("−6", hint, StringComparison.Ordinal);
            Assert.DoesNotContain("same size", hint, StringComparison.Ordinal);
            Assert.DoesNotContain("by 2 and by 3", hint, StringComparison.Ordinal);
        }
        Assert.Contains("last neuron's own weight", ActivationExercises.StackedWeight(-1).Message, StringComparison.Ordinal);
        Assert.Contains("in place of double.NaN", ActivationExercises.StackedWeight(double.NaN).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SigmoidNudgeAtEight_AlmostNothingPasses_OthersGetHints()
    {
        Assert.True(ActivationExercises.SigmoidNudgeAtEight('b').Passed);
        Assert.Contains("steepest", ActivationExercises.SigmoidNudgeAtEight('a').Message, StringComparison.Ordinal);
        Assert.Contains("never that steep", ActivationExercises.SigmoidNudgeAtEight('c').Message, StringComparison.Ordinal);
        Assert.Contains("in place of '?'", ActivationExercises.SigmoidNudgeAtEight('?').Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChainSlopeAtZero_ProductPasses_ForgottenRatesGetHints()
    {
        Assert.True(ActivationExercises.ChainSlopeAtZero(0.393).Passed);
        Assert.True(ActivationExercises.ChainSlopeAtZero(2 * 0.197).Passed);
        Assert.True(ActivationExercises.ChainSlopeAtZero(2 * 0.1966).Passed);
        Assert.Contains("asks per unit of x", ActivationExercises.ChainSlopeAtZero(0.197).Message, StringComparison.Ordinal);
        Assert.Contains("z's rate per unit of x", ActivationExercises.ChainSlopeAtZero(2).Message, StringComparison.Ordinal);
        Assert.Contains("do not add", ActivationExercises.ChainSlopeAtZero(2.197).Message, StringComparison.Ordinal);
        Assert.Contains("slope at z = 0", ActivationExercises.ChainSlopeAtZero(0.5).Message, StringComparison.Ordinal);
        foreach (double slip in new[] { 0.197, 2, 2.197, 0.5 })
        {
            string message = ActivationExercises.ChainSlopeAtZero(slip).Message;
            string hint = message[(message.IndexOf(": ", StringComparison.Ordinal) + 2)..]; // after the learner's own number
            Assert.DoesNotContain("0.19", hint, StringComparison.Ordinal);
            Assert.DoesNotContain("0.39", hint, StringComparison.Ordinal);
            Assert.DoesNotContain("twice", hint, StringComparison.Ordinal);
        }
    }
}
