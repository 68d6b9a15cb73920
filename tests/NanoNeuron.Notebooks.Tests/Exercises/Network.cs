using NanoNeuron.Activations;
using NanoNeuron.Data;
using NanoNeuron.Networks;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Worked solutions for <see cref="NetworkExercises"/>: try first, then compare.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>
    /// XOR broken by starting every weight and bias at the same number: the hidden neurons start identical, stay
    /// identical (symmetry), and the layer acts like a single neuron (b).
    /// </summary>
    public static (Network Trained, char Why) BrokenXor()
    {
        var start = Network.Random([2, 2, 1], Activation.Tanh);
        start = start.WithParameters(Enumerable.Repeat(0.5, start.ParameterCount).ToArray());
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
        var zeros = Network.Random([2, 2, 1], Activation.Tanh);
        var fromZeros = TrainXor(zeros.WithParameters(new double[zeros.ParameterCount]));
        Accepted(NetworkExercises.BrokenXor(fromZeros, 'b'));
        Assert.Contains("tanh(0) = 0", NetworkExercises.BrokenXor(fromZeros, 'b').Message, StringComparison.Ordinal);
        Accepted(NetworkExercises.BrokenXor(TrainXor(Network.Random([2, 1, 1], Activation.Tanh)), 'b'));
        var noHiddenLayer = TrainXor(Network.Random([2, 1], Activation.Identity));
        Accepted(NetworkExercises.BrokenXor(noHiddenLayer, 'a'));
        Accepted(NetworkExercises.BrokenXor(TrainXor(Network.Random([2, 4, 1], Activation.Identity), learningRate: 0.1), 'a'));
        var tooShort = TrainXor(Network.Random([2, 2, 1], Activation.Tanh), epochs: 10);
        Accepted(NetworkExercises.BrokenXor(tooShort, 'd'));
        Assert.Contains("got XOR right", NetworkExercises.BrokenXor(tooShort, 'd').Message, StringComparison.Ordinal);

        Rejected(NetworkExercises.BrokenXor(trained, 'a'), "not a flat plane");
        Rejected(NetworkExercises.BrokenXor(trained, 'd'), "more training would not help");
        Rejected(NetworkExercises.BrokenXor(noHiddenLayer, 'b'), "look further back");
        Rejected(NetworkExercises.BrokenXor(TrainXor(Network.Random([2, 2, 1], Activation.Tanh), epochs: 10), 'b'), "not all identical");
        Rejected(NetworkExercises.BrokenXor(trained, 'c'), "did not blow up");
        Rejected(NetworkExercises.BrokenXor(trained, 'e'), "holds before any training");
        Rejected(NetworkExercises.BrokenXor(tooShort, 'e'), "not stuck");
        Rejected(NetworkExercises.BrokenXor(trained, '?'), "Now say why");
        Rejected(NetworkExercises.BrokenXor(TrainXor(Network.Random([2, 2, 1], Activation.Tanh)), 'b'), "still gets XOR right");
        Rejected(NetworkExercises.BrokenXor(Network.Random([1, 2, 1], Activation.Tanh), 'a'), "two inputs and one output");
    }

    /// <summary>
    /// A network whose own code throws or whose numbers are not finite (attack 11, A11-12: an activation that throws, one
    /// returning NaN, weights of 1e308) gets a hint, whatever letter is given: never an exception through the checker.
    /// </summary>
    [Theory]
    [InlineData('a')]
    [InlineData('b')]
    [InlineData('?')]
    public void BrokenXor_NetworkThatThrowsOrIsNotFinite_GetsAHint(char why)
    {
        var throwing = Network.Random([2, 2, 1], new Activation("t", z => throw new DivideByZeroException(), z => 1));
        var nan = Network.Random([2, 2, 1], new Activation("n\u0007", z => double.NaN, z => 1));
        var huge = Network.Random([2, 2, 1], Activation.Tanh);
        huge = huge.WithParameters(Enumerable.Repeat(1e308, huge.ParameterCount).ToArray());
        var slopeThrows = Network.Random([2, 2, 1], new Activation("s", Math.Tanh, z => throw new InvalidOperationException("no slope")));

        Rejected(NetworkExercises.BrokenXor(throwing, why), "your function threw DivideByZeroException");
        foreach (var network in new[] { nan, huge })
        {
            var feedback = NetworkExercises.BrokenXor(network, why);
            Rejected(feedback, "your network's numbers are not finite on XOR's inputs");
            Assert.DoesNotContain("scale the inputs", feedback.Message, StringComparison.Ordinal);
        }

        // A derivative is only called when the checker trains further: after a reason is given that needs training.
        if (why != '?')
        {
            var feedback = NetworkExercises.BrokenXor(slopeThrows, why);
            Assert.False(feedback.Passed);
        }
    }

    [Fact]
    public void BrokenXor_AStuckStartIsJudgedStuck_NotUndertrained()
    {
        // From seed 39 the [2, 2, 1] tanh network stalls at predictions 0, 0.5, 1, 0.5 (cost 0.0625): its hidden
        // neurons differ, yet 100,000 epochs do not get it out.
        var stuck = TrainXor(Network.Random([2, 2, 1], Activation.Tanh, seed: 39));
        Assert.Equal(0.0625, Backpropagation.TrainModel(stuck, Examples.Xor, 95_000, 0.5).CostHistory[^1], 1e-4);
        Accepted(NetworkExercises.BrokenXor(stuck, 'e'));
        Assert.Contains("barely moved", NetworkExercises.BrokenXor(stuck, 'e').Message, StringComparison.Ordinal);
        Rejected(NetworkExercises.BrokenXor(stuck, 'd'), "still fails; its cost barely moved");
        Rejected(NetworkExercises.BrokenXor(stuck, 'b'), "not all identical");
        Rejected(NetworkExercises.BrokenXor(stuck, 'a'), "not a flat plane");
        Rejected(NetworkExercises.BrokenXor(stuck, 'c'), "did not blow up");
    }

    [Fact]
    public void BrokenXor_NoHintNamesAWayToBreakIt()
    {
        var working = NetworkExercises.BrokenXor(TrainXor(Network.Random([2, 2, 1], Activation.Tanh)), 'b');
        Assert.DoesNotContain("Identity", working.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("zero", working.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("WithParameters", working.Message, StringComparison.Ordinal);
        var notYetBroken = NetworkExercises.BrokenXor(TrainXor(Network.Random([2, 2, 1], Activation.Tanh)), '?');
        Assert.DoesNotContain("flat plane", notYetBroken.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("single neuron", notYetBroken.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NetworkQuestions_RightAnswersPass_SlipsGetTheirHints()
    {
        Accepted(NetworkExercises.NetworkParameterCount(25));
        Rejected(NetworkExercises.NetworkParameterCount(24), "and what else?");
        Rejected(NetworkExercises.NetworkParameterCount(16), "hidden layer only");
        Rejected(NetworkExercises.NetworkParameterCount(17), "a single number");
        foreach (double slip in new double[] { 24, 16, 17 })
        {
            Assert.DoesNotContain("25", NetworkExercises.NetworkParameterCount(slip).Message, StringComparison.Ordinal);
            Assert.DoesNotContain("8 weights", NetworkExercises.NetworkParameterCount(slip).Message, StringComparison.Ordinal);
        }
        Rejected(NetworkExercises.NetworkParameterCount(double.NaN), "write your prediction");
        Accepted(NetworkExercises.TwoPathsRate(23));
        Rejected(NetworkExercises.TwoPathsRate(120), "side by side");
        Rejected(NetworkExercises.TwoPathsRate(14), "rates along one path multiply");
        Rejected(NetworkExercises.TwoPathsRate(8), "through u alone");
        Rejected(NetworkExercises.TwoPathsRate(15), "through v alone");
        Rejected(NetworkExercises.TwoPathsRate(double.NaN), "write your prediction");
        Accepted(NetworkExercises.XorWithoutHiddenLayer(0.5));
        Rejected(NetworkExercises.XorWithoutHiddenLayer(0), "0 is the target");
        Rejected(NetworkExercises.XorWithoutHiddenLayer(1), "other diagonal");
        Assert.DoesNotContain("0.5", NetworkExercises.XorWithoutHiddenLayer(0).Message, StringComparison.Ordinal);
        Assert.DoesNotContain("0.5", NetworkExercises.XorWithoutHiddenLayer(1).Message, StringComparison.Ordinal);
        Assert.DoesNotContain("2 × 4", NetworkExercises.TwoPathsRate(14).Message, StringComparison.Ordinal);
    }
}
