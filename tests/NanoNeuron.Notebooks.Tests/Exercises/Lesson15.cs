using NanoNeuron.Activations;
using NanoNeuron.Course;
using NanoNeuron.Data;
using NanoNeuron.Networks;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 15's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>15 — XOR broken by starting every weight and bias at zero: no correction reaches the hidden layer (b).</summary>
    public static (Network Trained, char Why) BrokenXor()
    {
        var start = Network.Random([2, 2, 1], Activation.Tanh);
        start = start.WithParameters(new double[start.ParameterCount]);
        return (Backpropagation.TrainModel(start, Examples.Xor, 5000, 0.5).Model, 'b');
    }
}

/// <summary>Lesson 15's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    private static Network TrainXor(Network start, int epochs = 5000, double learningRate = 0.5) => Backpropagation.TrainModel(start, Examples.Xor, epochs, learningRate).Model;

    [Fact]
    public void BrokenXor_SolutionPasses_WrongReasonsAndAWorkingNetworkGetHints()
    {
        var (trained, why) = ExerciseSolutions.BrokenXor();
        Accepted(TryIt.BrokenXor(trained, why));
        var noHiddenLayer = TrainXor(Network.Random([2, 1], Activation.Identity));
        Accepted(TryIt.BrokenXor(noHiddenLayer, 'a'));
        Accepted(TryIt.BrokenXor(TrainXor(Network.Random([2, 4, 1], Activation.Identity), learningRate: 0.1), 'a'));
        Accepted(TryIt.BrokenXor(TrainXor(Network.Random([2, 2, 1], Activation.Tanh), epochs: 10), 'd'));

        Rejected(TryIt.BrokenXor(trained, 'a'), "not a flat plane");
        Rejected(TryIt.BrokenXor(trained, 'd'), "more training would not help");
        Rejected(TryIt.BrokenXor(noHiddenLayer, 'b'), "stuck at zero");
        Rejected(TryIt.BrokenXor(trained, 'c'), "did not blow up");
        Rejected(TryIt.BrokenXor(trained, '?'), "Now say why");
        Rejected(TryIt.BrokenXor(TrainXor(Network.Random([2, 2, 1], Activation.Tanh)), 'b'), "still gets XOR right");
        Rejected(TryIt.BrokenXor(Network.Random([1, 2, 1], Activation.Tanh), 'a'), "two inputs and one output");
    }

    [Fact]
    public void Lesson15Questions_RightAnswersPass_SlipsGetTheirHints()
    {
        Accepted(Questions.NetworkParameterCount(25));
        Rejected(Questions.NetworkParameterCount(24), "has a bias too");
        Rejected(Questions.NetworkParameterCount(double.NaN), "write your prediction");
        Accepted(Questions.XorWithoutHiddenLayer(0.5));
        Rejected(Questions.XorWithoutHiddenLayer(0), "0 is the target");
        Accepted(Questions.OverfitTestCost('c'));
        Rejected(Questions.OverfitTestCost('a'), "different noise");
        Rejected(Questions.OverfitTestCost('b'), "does not just stop improving");
    }

    [Fact]
    public void Overfitting_TrainingCostFallsEveryEpoch_TestCostRises_AndItsChartRenders()
    {
        var result = TryIt.Overfit();
        var test = Examples.From(TryIt.FewNoisyReadings().Test);
        Assert.All(Enumerable.Range(1, result.CostHistory.Length - 1), e => Assert.True(result.CostHistory[e] <= result.CostHistory[e - 1]));
        double early = Backpropagation.ForwardPropagation(result.Snapshots.Single(s => s.Epoch == 400).Model, test);
        Assert.True(Backpropagation.ForwardPropagation(result.Model, test) > 10 * early);

        string html = OfflineHtml.Render(Charts.NetworkTrainAndTestCost(result, test), "overfitting");
        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("test cost", html, StringComparison.Ordinal);
    }
}
