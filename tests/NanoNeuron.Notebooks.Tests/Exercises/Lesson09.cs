namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 09's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>09 — the test cost of the neuron trained on the noisy training readings.</summary>
    public static double TestCost()
    {
        var split = TryIt.NoisySplit();
        var trained = Training.TrainModel(Neuron.OriginalStart, split.Train).Model;
        return Propagation.ForwardPropagation(trained, split.Test).Cost;
    }
}

/// <summary>Lesson 09's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void TestCost_SolutionPasses_TrainingCostGetsAHint()
    {
        Accepted(TryIt.TestCost(ExerciseSolutions.TestCost()));
        var split = TryIt.NoisySplit();
        Rejected(TryIt.TestCost(Training.TrainModel(Neuron.OriginalStart, split.Train).CostAfter), "cost on the training readings");
        Rejected(TryIt.TestCost(0), "(result.Model, split.Test)");
    }
}
