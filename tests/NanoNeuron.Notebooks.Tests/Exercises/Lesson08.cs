namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 08's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>08 — the whole program from Neuron.RandomStart(7): the trained neuron and its test cost.</summary>
    public static (Neuron Trained, double TestCost) AnotherStart()
    {
        var data = DataSets.GenerateDataSets();
        var trained = Training.TrainModel(Neuron.RandomStart(7), data.Train).Model;
        return (trained, Propagation.ForwardPropagation(trained, data.Test).Cost);
    }
}

/// <summary>Lesson 08's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void AnotherStart_SolutionPasses_TheWrongStartOrTheTrainingCostGetHints()
    {
        var data = DataSets.GenerateDataSets();
        var (trained, testCost) = ExerciseSolutions.AnotherStart();
        Accepted(TryIt.AnotherStart(trained, testCost));

        var fast = FastTraining.TrainModel(Neuron.RandomStart(7), data.Train, summation: Summation.Vectorized).Model;
        Accepted(TryIt.AnotherStart(fast, Propagation.ForwardPropagation(fast, data.Test).Cost));

        var original = Training.TrainModel(Neuron.OriginalStart, data.Train).Model;
        Rejected(TryIt.AnotherStart(original, testCost), "start from Neuron.RandomStart(7)");
        Rejected(TryIt.AnotherStart(Neuron.RandomStart(7), testCost), "train it first");
        double trainingCost = Propagation.ForwardPropagation(trained, data.Train).Cost;
        Rejected(TryIt.AnotherStart(trained, trainingCost), "cost on the training examples");
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
