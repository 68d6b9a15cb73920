using NanoNeuron.Data;
using NanoNeuron.Networks;

namespace NanoNeuron.Course;

public static partial class Charts
{
    /// <summary>
    /// Lesson 15: a network's cost on its training examples and on test examples it never trained on, at each
    /// snapshot of its training: where the first keeps falling and the second rises, the network is overfitting.
    /// </summary>
    /// <param name="result">The training, with snapshots (<see cref="Backpropagation.TrainModel"/>'s <c>snapshotsAt</c>).</param>
    /// <param name="test">Examples the network did not train on.</param>
    public static GenericChart NetworkTrainAndTestCost(TrainingResult<Network> result, Examples test)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(test);
        int[] epochs = [.. result.Snapshots.Select(s => s.Epoch)];
        return Chart.Combine(
            [
                Chart.Line<int, double, string>(epochs, epochs.Select(e => result.CostHistory[e]), Name: "training cost"),
                Chart.Line<int, double, string>(epochs, result.Snapshots.Select(s => Backpropagation.ForwardPropagation(s.Model, test)), Name: "test cost"),
            ])
            .Titled("Overfitting: the training cost keeps falling, the test cost rises", "epoch", "average cost J (log scale)", logY: true);
    }
}
