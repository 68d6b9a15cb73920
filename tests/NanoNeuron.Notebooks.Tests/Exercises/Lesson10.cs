using NanoNeuron.Data;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 10's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>10 — a raw reading goes through the training data's (x − μ)/σ before the neuron sees it.</summary>
    public static Func<Neuron, Standardizer, double, double> RawPrediction => (model, standardizer, celsius) =>
        model.Predict((celsius - standardizer.Mean) / standardizer.StandardDeviation);
}

/// <summary>Lesson 10's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void RawPrediction_SolutionAndMappedNeuronPass_CommonSlipsGetHints()
    {
        Accepted(TryIt.RawPrediction(ExerciseSolutions.RawPrediction));
        Accepted(TryIt.RawPrediction((model, s, c) => s.ToOriginal(model).Predict(c)));
        Rejected(TryIt.RawPrediction((model, s, c) => model.Predict(c)), "standardize the reading first");
        Rejected(TryIt.RawPrediction((model, s, c) => model.Predict(c * s.StandardDeviation + s.Mean)), "goes the other way");
        Rejected(TryIt.RawPrediction((model, s, c) => model.Predict((c - s.Mean) * s.StandardDeviation)), "model.Predict(standardizer.Transform(celsius))");
    }
}

/// <summary>Lesson 10's predict-then-run questions accept the truth and explain the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void LargestStableRateStandardized_IsTwo()
    {
        Accepted(Questions.LargestStableRateStandardized(2));
        Rejected(Questions.LargestStableRateStandardized(0.000609), "limit on raw inputs");
        Rejected(Questions.LargestStableRateStandardized(1), "α = 1 is special");
        Rejected(Questions.LargestStableRateStandardized(double.NaN), "in place of double.NaN");
    }

    [Fact]
    public void EpochsToMatchTheOriginal_AboutAHundred()
    {
        Assert.Equal(105, Questions.EpochsToMatchTheOriginal());
        Accepted(Questions.EpochsToMatchTheOriginal('b'));
        Rejected(Questions.EpochsToMatchTheOriginal('d'), "no slow direction");
        Rejected(Questions.EpochsToMatchTheOriginal('a'), "more than ten");
    }

    [Fact]
    public void EpochsWithAlphaOne_IsOne()
    {
        Accepted(Questions.EpochsWithAlphaOne(1));
        Rejected(Questions.EpochsWithAlphaOne(105), "covers only a tenth");
        Rejected(Questions.EpochsWithAlphaOne(200), "first step already lands");
    }
}
