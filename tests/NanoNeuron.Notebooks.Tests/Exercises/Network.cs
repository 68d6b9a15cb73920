using NanoNeuron.Activations;
using NanoNeuron.Data;
using NanoNeuron.Networks;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Worked solutions for <see cref="NetworkExercises"/>: try first, then compare.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>XOR broken by starting every weight and bias at zero: no correction reaches the hidden layer (b).</summary>
    public static (Network Trained, char Why) BrokenXor()
    {
        var start = Network.Random([2, 2, 1], Activation.Tanh);
        start = start.WithParameters(new double[start.ParameterCount]);
        return (Backpropagation.TrainModel(start, Examples.Xor, 5000, 0.5).Model, 'b');
    }
}

/// <summary><see cref="NetworkExercises"/>'s checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    private static Network TrainXor(Network start, int epochs = 5000, double learningRate = 0.5) => Backpropagation.TrainModel(start, Examples.Xor, epochs, learningRate).Model;

    [Fact]
    public void BrokenXor_SolutionPasses_WrongReasonsAndAWorkingNetworkGetHints()
    {
        var (trained, why) = ExerciseSolutions.BrokenXor();
        Accepted(NetworkExercises.BrokenXor(trained, why));
        var noHiddenLayer = TrainXor(Network.Random([2, 1], Activation.Identity));
        Accepted(NetworkExercises.BrokenXor(noHiddenLayer, 'a'));
        Accepted(NetworkExercises.BrokenXor(TrainXor(Network.Random([2, 4, 1], Activation.Identity), learningRate: 0.1), 'a'));
        Accepted(NetworkExercises.BrokenXor(TrainXor(Network.Random([2, 2, 1], Activation.Tanh), epochs: 10), 'd'));

        Rejected(NetworkExercises.BrokenXor(trained, 'a'), "not a flat plane");
        Rejected(NetworkExercises.BrokenXor(trained, 'd'), "more training would not help");
        Rejected(NetworkExercises.BrokenXor(noHiddenLayer, 'b'), "stuck at zero");
        Rejected(NetworkExercises.BrokenXor(trained, 'c'), "did not blow up");
        Rejected(NetworkExercises.BrokenXor(trained, '?'), "Now say why");
        Rejected(NetworkExercises.BrokenXor(TrainXor(Network.Random([2, 2, 1], Activation.Tanh)), 'b'), "still gets XOR right");
        Rejected(NetworkExercises.BrokenXor(Network.Random([1, 2, 1], Activation.Tanh), 'a'), "two inputs and one output");
    }

    [Fact]
    public void NetworkQuestions_RightAnswersPass_SlipsGetTheirHints()
    {
        Accepted(NetworkExercises.NetworkParameterCount(25));
        Rejected(NetworkExercises.NetworkParameterCount(24), "has a bias too");
        Rejected(NetworkExercises.NetworkParameterCount(double.NaN), "write your prediction");
        Accepted(NetworkExercises.XorWithoutHiddenLayer(0.5));
        Rejected(NetworkExercises.XorWithoutHiddenLayer(0), "0 is the target");
        Accepted(NetworkExercises.OverfitTestCost('c'));
        Rejected(NetworkExercises.OverfitTestCost('a'), "different noise");
        Rejected(NetworkExercises.OverfitTestCost('b'), "does not just stop improving");
    }
}
