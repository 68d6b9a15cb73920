namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 17's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>17 — a β that keeps most of each step, so that the small, steady slope along the valley adds up over many steps, but not so much that the neuron overshoots along it.</summary>
    public const double MomentumBeta = 0.98;
}

/// <summary>Lesson 17's checkers accept the solution and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void MomentumBeta_SolutionPasses_TooLittleTooMuchAndImpossibleGetHints()
    {
        Accepted(TryIt.MomentumBeta(ExerciseSolutions.MomentumBeta));
        Accepted(TryIt.MomentumBeta(0.984));    // the race's reach along the valley: 0.0005/(1 − β) = 0.00095/(1 − 0.97)
        Rejected(TryIt.MomentumBeta(0.97), "keeps too little");   // the race's β, tuned for α = 0.00095, is too little at α = 0.0005
        Rejected(TryIt.MomentumBeta(0.9), "keeps too little");
        Rejected(TryIt.MomentumBeta(0.995), "keeps too much");
        Rejected(TryIt.MomentumBeta(1), "below 1");
    }
}

/// <summary>Lesson 17's predict-then-run questions accept the truth and explain the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void VelocityLimit_IsTenTimesTheSlope()
    {
        Accepted(Questions.VelocityLimit(10));
        Rejected(Questions.VelocityLimit(0.9), "share of the old velocity");
        Rejected(Questions.VelocityLimit(1.9), "after two steps");
        Rejected(Questions.VelocityLimit(double.NaN), "in place of double.NaN");
    }

    [Fact]
    public void WhichNeuronNeedsUndoing_IsTheStandardizedOne()
    {
        Accepted(Questions.WhichNeuronNeedsUndoing('a'));
        Rejected(Questions.WhichNeuronNeedsUndoing('c'), "only one of them");
        Rejected(Questions.WhichNeuronNeedsUndoing('b'), "reads raw °C");
        Rejected(Questions.WhichNeuronNeedsUndoing('d'), "never saw a raw °C value");
    }

    [Fact]
    public void FirstStepDividedBySlopeSize_MovesBothByAlpha()
    {
        Accepted(Questions.FirstStepDividedBySlopeSize('c'));
        Rejected(Questions.FirstStepDividedBySlopeSize('b'), "that is gradient descent");
        Rejected(Questions.FirstStepDividedBySlopeSize('a'), "about 4355");
        Rejected(Questions.FirstStepDividedBySlopeSize('?'), "write one of");
    }
}
