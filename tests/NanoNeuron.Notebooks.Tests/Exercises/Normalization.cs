using NanoNeuron.Data;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Worked solutions for <see cref="NormalizationExercises"/>: try first, then compare.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>A raw reading goes through the training data's (x − μ)/σ before the neuron sees it.</summary>
    public static Func<Neuron, Standardizer, double, double> RawPrediction => (model, standardizer, celsius) =>
        model.Predict((celsius - standardizer.Mean) / standardizer.StandardDeviation);
}

/// <summary><see cref="NormalizationExercises"/>'s checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void RawPrediction_SolutionAndMappedNeuronPass_CommonSlipsGetHints()
    {
        Accepted(NormalizationExercises.RawPrediction(ExerciseSolutions.RawPrediction));
        Accepted(NormalizationExercises.RawPrediction((model, s, c) => s.ToOriginal(model).Predict(c)));
        Rejected(NormalizationExercises.RawPrediction((model, s, c) => model.Predict(c)), "were those numbers in °C?");
        Rejected(NormalizationExercises.RawPrediction((model, s, c) => model.Predict(c * s.StandardDeviation + s.Mean)), "goes the other way");
        var slip = NormalizationExercises.RawPrediction((model, s, c) => model.Predict((c - s.Mean) * s.StandardDeviation));
        Rejected(slip, "what kind of number the neuron read");
        Assert.DoesNotContain("Transform", slip.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Transform", NormalizationExercises.RawPrediction((model, s, c) => model.Predict(c)).Message, StringComparison.Ordinal);
    }
}

/// <summary><see cref="NormalizationExercises"/>'s predict-then-run questions accept the truth and explain the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void LargestStableRateStandardized_IsTwo()
    {
        Accepted(NormalizationExercises.LargestStableRateStandardized(2));
        Rejected(NormalizationExercises.LargestStableRateStandardized(0.000609), "limit on raw inputs");
        Rejected(NormalizationExercises.LargestStableRateStandardized(1), "α = 1 is special");
        Assert.DoesNotContain("= 2", NormalizationExercises.LargestStableRateStandardized(1).Message, StringComparison.Ordinal);
        Rejected(NormalizationExercises.LargestStableRateStandardized(double.NaN), "in place of double.NaN");
    }

    [Fact]
    public void EpochsToMatchTheOriginal_AboutAHundred()
    {
        Assert.Equal(105, NormalizationExercises.EpochsToMatchTheOriginal());
        Accepted(NormalizationExercises.EpochsToMatchTheOriginal('b'));
        Rejected(NormalizationExercises.EpochsToMatchTheOriginal('d'), "no slow direction");
        Rejected(NormalizationExercises.EpochsToMatchTheOriginal('a'), "more than ten");
    }

    [Fact]
    public void EpochsWithAlphaOne_IsOne()
    {
        Accepted(NormalizationExercises.EpochsWithAlphaOne(1));
        Rejected(NormalizationExercises.EpochsWithAlphaOne(105), "covers only a tenth");
        Rejected(NormalizationExercises.EpochsWithAlphaOne(200), "more than it needed");
        foreach (double slip in new double[] { 105, 200 })
        {
            string hint = NormalizationExercises.EpochsWithAlphaOne(slip).Message;
            Assert.DoesNotContain("first step", hint, StringComparison.Ordinal);
            Assert.DoesNotContain("all of it", hint, StringComparison.Ordinal);
        }
    }
}
