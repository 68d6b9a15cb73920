namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 14's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>14 — a hidden layer of two tanh neurons learns XOR.</summary>
    public static Network Xor() =>
        Backpropagation.TrainModel(Network.Random([2, 2, 1], Activation.Tanh), Examples.Xor, 5000, 0.5).Model;
}

/// <summary>Lesson 14's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void Xor_SolutionPasses_NoHiddenLayerOrLinearHiddenLayerGetHints()
    {
        Accepted(TryIt.Xor(ExerciseSolutions.Xor()));
        Rejected(TryIt.Xor(Backpropagation.TrainModel(Network.Random([2, 1], Activation.Tanh), Examples.Xor, 2000, 0.5).Model), "add a hidden layer");
        Rejected(TryIt.Xor(Backpropagation.TrainModel(Network.Random([2, 4, 1], Activation.Identity), Examples.Xor, 2000, 0.1).Model), "linear hidden layers");
        Rejected(TryIt.Xor(Network.Random([2, 2, 1], Activation.Tanh)), "Train longer");
        Rejected(TryIt.Xor(Network.Random([1, 2, 1], Activation.Tanh)), "two inputs and one output");
    }
}
