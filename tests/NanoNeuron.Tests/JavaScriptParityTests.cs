using System.Globalization;
using System.Text.Json;
using NanoNeuron.Testing;

namespace NanoNeuron.Tests;

/// <summary>The C# library against a JavaScript implementation run by node itself.</summary>
public class JavaScriptParityTests
{
    [Theory]
    [InlineData(0.9492, 0.4570, 70_000)]
    [InlineData(0.1, 0.9, 1)]
    [InlineData(-3.5, 12.25, 5_000)]
    public void TrainModel_SameStartAsNode_SameBits(double weight, double bias, int epochs)
    {
        var (exitCode, output, error) = Repository.Run("node",
        [
            JavaScriptReference.Script,
            "--initial-weight", weight.ToString("R", CultureInfo.InvariantCulture),
            "--initial-bias", bias.ToString("R", CultureInfo.InvariantCulture),
            "--epochs", epochs.ToString(CultureInfo.InvariantCulture),
        ]);
        Assert.True(exitCode == 0, error);
        using var node = JsonDocument.Parse(output);
        double Node(string name) => node.RootElement.GetProperty(name).GetDouble();

        var data = DataSets.GenerateDataSets();
        var result = Training.TrainModel(new Neuron(weight, bias), data.Train, epochs, Hyperparameters.LearningRate);

        Bits.Equal(Node("costBefore"), result.CostBefore, "costBefore");
        Bits.Equal(Node("lastRecordedCost"), result.CostHistory[^2], "last recorded cost");
        Bits.Equal(Node("weight"), result.Model.Weight, "weight");
        Bits.Equal(Node("bias"), result.Model.Bias, "bias");
        Bits.Equal(Node("testCost"), Propagation.ForwardPropagation(result.Model, data.Test).Cost, "testCost");
        Bits.Equal(Node("prediction"), result.Model.Predict(70), "prediction");
    }
}
