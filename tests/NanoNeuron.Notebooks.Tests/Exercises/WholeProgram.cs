using NanoNeuron.Fast;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Worked solutions for <see cref="WholeProgramExercises"/>: try first, then compare.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>
    /// Another start, Neuron.RandomStart(7): predict the trained b from training's rule (70,000 epochs leave
    /// 0.000139 of the distance from b = 32), then train the start.
    /// </summary>
    public static (double PredictedBias, Neuron Trained) AnotherStart()
    {
        var data = DataSets.GenerateDataSets();
        var start = Neuron.RandomStart(7);
        double predictedBias = 32 - (0.000139 * (32 - start.Bias));
        var trained = Training.TrainModel(start, data.Train).Model;
        return (predictedBias, trained);
    }
}

/// <summary><see cref="WholeProgramExercises"/>'s checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void AnotherStart_SolutionPasses_CommonSlipsInThePredictionAndTheTrainingGetHints()
    {
        var data = DataSets.GenerateDataSets();
        var start = Neuron.RandomStart(7);
        var (predictedBias, trained) = ExerciseSolutions.AnotherStart();
        Accepted(WholeProgramExercises.AnotherStart(predictedBias, trained));

        var fast = FastTraining.TrainModel(start, data.Train, summation: Summation.Vectorized).Model;
        Accepted(WholeProgramExercises.AnotherStart(predictedBias, fast));

        var original = Training.TrainModel(Neuron.OriginalStart, data.Train).Model;
        Rejected(WholeProgramExercises.AnotherStart(double.NaN, trained), "in place of double.NaN");
        Rejected(WholeProgramExercises.AnotherStart(32, trained), "does not reach 32");
        Rejected(WholeProgramExercises.AnotherStart(original.Bias, trained), "where the original start");
        Rejected(WholeProgramExercises.AnotherStart(start.Bias + (0.000139 * (32 - start.Bias)), trained), "not the share travelled");
        Rejected(WholeProgramExercises.AnotherStart(32 - (0.00014 * (32 - start.Bias)), trained), "leaves 0.00014 of the distance");
        Rejected(WholeProgramExercises.AnotherStart(predictedBias, original), "start from Neuron.RandomStart(7)");
        Rejected(WholeProgramExercises.AnotherStart(predictedBias, start), "train it first");
        foreach (double wrong in new[] { 0, 32 - predictedBias, -predictedBias, start.Bias })
        {
            string message = WholeProgramExercises.AnotherStart(wrong, trained).Message;
            Assert.DoesNotContain($"{32 - start.Bias:F6}", message, StringComparison.Ordinal);
            Assert.DoesNotContain($"{predictedBias:F4}", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void SeventyDegrees_AboveIsRight_BelowAndExactGetHints()
    {
        Accepted(WholeProgramExercises.SeventyDegrees('c'));
        Rejected(WholeProgramExercises.SeventyDegrees('a'), "its error counts 70 times");
        Rejected(WholeProgramExercises.SeventyDegrees('b'), "stop short");
    }

    [Fact]
    public void AnotherSeventyThousand_TheSameShareIsRight_HalfAndZeroGetHints()
    {
        Accepted(WholeProgramExercises.AnotherSeventyThousand('b'));
        Rejected(WholeProgramExercises.AnotherSeventyThousand('a'), "but by the same factor");
        Rejected(WholeProgramExercises.AnotherSeventyThousand('c'), "twice over");
        Rejected(WholeProgramExercises.AnotherSeventyThousand('d'), "brings it to 0");
        Rejected(WholeProgramExercises.AnotherSeventyThousand('?'), "in place of '?'");
    }

    [Fact]
    public void StartFromZero_FurtherIsRight_NearerAndSameGetHints()
    {
        Accepted(WholeProgramExercises.StartFromZero('c'));
        Rejected(WholeProgramExercises.StartFromZero('a'), "does not cancel");
        Rejected(WholeProgramExercises.StartFromZero('b'), "depends a little on the start");
    }
}
