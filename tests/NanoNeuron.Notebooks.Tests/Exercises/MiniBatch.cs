using CsCheck;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Worked solutions for <see cref="MiniBatchExercises"/>: try first, then compare.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>Start with long steps (α = 0.1 crosses the bowl in a few epochs), then let them shrink: by epoch 49 they are 0.1/(1 + 3·49) ≈ 0.00068 long.</summary>
    public static (double LearningRate, double Decay) SettleWithDecay => (0.1, 3);
}

/// <summary><see cref="MiniBatchExercises"/>'s checkers accept the solution and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void SettleWithDecay_SolutionPasses_ConstantSlowAndJitteryRatesGetHints()
    {
        var (learningRate, decay) = ExerciseSolutions.SettleWithDecay;
        Accepted(MiniBatchExercises.SettleWithDecay(learningRate, decay));
        Accepted(MiniBatchExercises.SettleWithDecay(0.03, 1));
        Rejected(MiniBatchExercises.SettleWithDecay(0.1, 0), "give the decay a positive value");
        Rejected(MiniBatchExercises.SettleWithDecay(0.0015, 0), "give the decay a positive value");
        Rejected(MiniBatchExercises.SettleWithDecay(0.001, 1), "shrank before the neuron arrived");
        Rejected(MiniBatchExercises.SettleWithDecay(0.3, 0.1), "still jittering");
        Rejected(MiniBatchExercises.SettleWithDecay(5, 1), "too large for steps on single readings");
        Rejected(MiniBatchExercises.SettleWithDecay(2, 100), "too large for steps on single readings");
        Rejected(MiniBatchExercises.SettleWithDecay(1, 3), "too large for steps on single readings");
        Rejected(MiniBatchExercises.SettleWithDecay(0.1, -1), "use 0 for a constant α");
    }

    /// <summary>Any α too small to move the neuron (5e-324 up to 1e-9), whatever the decay: told so, never "use a smaller α".</summary>
    [Fact]
    public void SettleWithDecay_RateTooSmallToMove_IsToldToGrow()
    {
        Gen.Select(Gen.OneOf(Gen.Double[double.Epsilon, 1e-9], Gen.Const(double.Epsilon)), Gen.Double[0, 10]).Sample((learningRate, decay) =>
        {
            var feedback = MiniBatchExercises.SettleWithDecay(learningRate, decay);
            Rejected(feedback, "is too small to move the neuron");
            Assert.DoesNotContain("smaller α", feedback.Message, StringComparison.Ordinal);
        }, iter: 20, threads: 1);
        Rejected(MiniBatchExercises.SettleWithDecay(double.Epsilon, 0.001), "too small to move the neuron at all");
    }
}

/// <summary><see cref="MiniBatchExercises"/>'s predict-then-run questions accept the truth and explain the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void StepsPerEpoch_CountsTheLastSmallerBatch()
    {
        Accepted(MiniBatchExercises.StepsPerEpoch(32));
        Rejected(MiniBatchExercises.StepsPerEpoch(31), "left over");
        Rejected(MiniBatchExercises.StepsPerEpoch(31.25), "steps come whole");
        foreach (double slip in new[] { 31, 31.25 })
        {
            string hint = MiniBatchExercises.StepsPerEpoch(slip).Message;
            Assert.DoesNotContain("32", hint, StringComparison.Ordinal);
            Assert.DoesNotContain("one more", hint, StringComparison.Ordinal);
            Assert.DoesNotContain("one whole", hint, StringComparison.Ordinal);
        }
        Rejected(MiniBatchExercises.StepsPerEpoch(double.NaN), "in place of double.NaN");
    }

    [Fact]
    public void SgdAtTheOriginalRate_BlowsUp()
    {
        Accepted(MiniBatchExercises.SgdAtTheOriginalRate('c'));
        Rejected(MiniBatchExercises.SgdAtTheOriginalRate('a'), "cannot be smoother");
        Rejected(MiniBatchExercises.SgdAtTheOriginalRate('b'), "one example's own bowl");
    }

    [Fact]
    public void SameShuffleSeed_SameBits()
    {
        Accepted(MiniBatchExercises.SameShuffleSeed('a'));
        Rejected(MiniBatchExercises.SameShuffleSeed('b'), "change the order between two runs");
        Rejected(MiniBatchExercises.SameShuffleSeed('c'), "seeded generator");
    }
}
