namespace NanoNeuron.Notebooks.Tests;

/// <summary>Worked solutions for <see cref="MomentumAndAdamExercises"/>: try first, then compare.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>A β that keeps most of each step, so that the small, steady slope along the valley adds up over many steps, but not so much that the neuron overshoots along it.</summary>
    public const double MomentumBeta = 0.98;
}

/// <summary><see cref="MomentumAndAdamExercises"/>'s checkers accept the solution and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void MomentumBeta_SolutionPasses_TooLittleTooMuchAndImpossibleGetHints()
    {
        Accepted(MomentumAndAdamExercises.MomentumBeta(ExerciseSolutions.MomentumBeta));
        Accepted(MomentumAndAdamExercises.MomentumBeta(0.984));    // the race's reach along the valley: 0.0005/(1 − β) = 0.00095/(1 − 0.97)
        Rejected(MomentumAndAdamExercises.MomentumBeta(0.97), "keeps too little");   // the race's β, tuned for α = 0.00095, is too little at α = 0.0005
        Rejected(MomentumAndAdamExercises.MomentumBeta(0.9), "keeps too little");
        Rejected(MomentumAndAdamExercises.MomentumBeta(0.995), "keeps too much");
        Rejected(MomentumAndAdamExercises.MomentumBeta(1), "below 1");
    }
}

/// <summary><see cref="MomentumAndAdamExercises"/>'s predict-then-run questions accept the truth and explain the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void VelocityLimit_IsTenTimesTheSlope()
    {
        Accepted(MomentumAndAdamExercises.VelocityLimit(10));
        Rejected(MomentumAndAdamExercises.VelocityLimit(0.9), "share of the old velocity");
        Rejected(MomentumAndAdamExercises.VelocityLimit(1.9), "after two steps");
        Rejected(MomentumAndAdamExercises.VelocityLimit(double.NaN), "in place of double.NaN");
    }

    [Fact]
    public void WhichNeuronNeedsUndoing_IsTheStandardizedOne()
    {
        Accepted(MomentumAndAdamExercises.WhichNeuronNeedsUndoing('a'));
        Rejected(MomentumAndAdamExercises.WhichNeuronNeedsUndoing('c'), "each neuron in turn");
        Rejected(MomentumAndAdamExercises.WhichNeuronNeedsUndoing('b'), "Adam changes only how the steps are taken");
        Rejected(MomentumAndAdamExercises.WhichNeuronNeedsUndoing('d'), "were they all °C?");
    }

    [Fact]
    public void AdamFirstStep_MovesBothByAlpha()
    {
        Accepted(MomentumAndAdamExercises.AdamFirstStep('c'));
        Rejected(MomentumAndAdamExercises.AdamFirstStep('b'), "gradient descent's steps");
        Rejected(MomentumAndAdamExercises.AdamFirstStep('a'), "about 4355");
        Rejected(MomentumAndAdamExercises.AdamFirstStep('?'), "write one of");
    }
}
