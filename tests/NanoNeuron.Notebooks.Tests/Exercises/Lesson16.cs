namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 16's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>16 — start with long steps (α = 0.1 crosses the bowl in a few epochs), then let them shrink: by epoch 49 they are 0.1/(1 + 3·49) ≈ 0.00068 long.</summary>
    public static (double LearningRate, double Decay) SettleWithDecay => (0.1, 3);
}

/// <summary>Lesson 16's checkers accept the solution and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void SettleWithDecay_SolutionPasses_ConstantSlowAndJitteryRatesGetHints()
    {
        var (learningRate, decay) = ExerciseSolutions.SettleWithDecay;
        Accepted(TryIt.SettleWithDecay(learningRate, decay));
        Accepted(TryIt.SettleWithDecay(0.03, 1));
        Rejected(TryIt.SettleWithDecay(0.1, 0), "give the decay a positive value");
        Rejected(TryIt.SettleWithDecay(0.0015, 0), "give the decay a positive value");
        Rejected(TryIt.SettleWithDecay(0.001, 1), "shrank before the neuron arrived");
        Rejected(TryIt.SettleWithDecay(0.3, 0.1), "still jittering");
        Rejected(TryIt.SettleWithDecay(5, 1), "too large for steps on single readings");
        Rejected(TryIt.SettleWithDecay(2, 100), "too large for steps on single readings");
        Rejected(TryIt.SettleWithDecay(1, 3), "too large for steps on single readings");
        Rejected(TryIt.SettleWithDecay(0.1, -1), "use 0 for a constant α");
    }
}

/// <summary>Lesson 16's predict-then-run questions accept the truth and explain the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void StepsPerEpoch_CountsTheLastSmallerBatch()
    {
        Accepted(Questions.StepsPerEpoch(32));
        Rejected(Questions.StepsPerEpoch(31), "8 left over");
        Rejected(Questions.StepsPerEpoch(31.25), "steps come whole");
        Rejected(Questions.StepsPerEpoch(double.NaN), "in place of double.NaN");
    }

    [Fact]
    public void SgdAtTheOriginalRate_BlowsUp()
    {
        Accepted(Questions.SgdAtTheOriginalRate('c'));
        Rejected(Questions.SgdAtTheOriginalRate('a'), "cannot be smoother");
        Rejected(Questions.SgdAtTheOriginalRate('b'), "overshoots its bowl");
    }

    [Fact]
    public void SameShuffleSeed_SameBits()
    {
        Accepted(Questions.SameShuffleSeed('a'));
        Rejected(Questions.SameShuffleSeed('b'), "so the bits are too");
        Rejected(Questions.SameShuffleSeed('c'), "seeded generator");
    }
}
