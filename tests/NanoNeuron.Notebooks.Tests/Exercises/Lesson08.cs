using NanoNeuron.Fast;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 08's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>
    /// 08 — another start, Neuron.RandomStart(7): predict the trained b from lesson 07's rule (70,000 epochs leave
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

/// <summary>Lesson 08's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void AnotherStart_SolutionPasses_CommonSlipsInThePredictionAndTheTrainingGetHints()
    {
        var data = DataSets.GenerateDataSets();
        var start = Neuron.RandomStart(7);
        var (predictedBias, trained) = ExerciseSolutions.AnotherStart();
        Accepted(TryIt.AnotherStart(predictedBias, trained));

        var fast = FastTraining.TrainModel(start, data.Train, summation: Summation.Vectorized).Model;
        Accepted(TryIt.AnotherStart(predictedBias, fast));

        var original = Training.TrainModel(Neuron.OriginalStart, data.Train).Model;
        Rejected(TryIt.AnotherStart(double.NaN, trained), "in place of double.NaN");
        Rejected(TryIt.AnotherStart(32, trained), "does not reach 32");
        Rejected(TryIt.AnotherStart(original.Bias, trained), "where the original start");
        Rejected(TryIt.AnotherStart(start.Bias + (0.000139 * (32 - start.Bias)), trained), "not the share travelled");
        Rejected(TryIt.AnotherStart(32 - (0.00014 * (32 - start.Bias)), trained), "leaves 0.00014 of the distance");
        Rejected(TryIt.AnotherStart(predictedBias, original), "start from Neuron.RandomStart(7)");
        Rejected(TryIt.AnotherStart(predictedBias, start), "train it first");
    }

    [Fact]
    public void SeventyDegrees_AboveIsRight_BelowAndExactGetHints()
    {
        Accepted(Questions.SeventyDegrees('c'));
        Rejected(Questions.SeventyDegrees('a'), "outweighs");
        Rejected(Questions.SeventyDegrees('b'), "stop short");
    }

    [Fact]
    public void StartFromZero_FurtherIsRight_NearerAndSameGetHints()
    {
        Accepted(Questions.StartFromZero('c'));
        Rejected(Questions.StartFromZero('a'), "does not cancel");
        Rejected(Questions.StartFromZero('b'), "depends a little on the start");
    }
}
