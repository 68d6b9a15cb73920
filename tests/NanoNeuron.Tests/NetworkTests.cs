using NanoNeuron.Testing;
using NanoNeuron.Activations;
using NanoNeuron.ClosedForm;
using NanoNeuron.Data;
using NanoNeuron.Networks;
using NanoNeuron.Optimization;

namespace NanoNeuron.Tests;

/// <summary>Lesson 15: the network's backpropagation against finite differences, and what it can learn.</summary>
public class NetworkTests
{
    public static TheoryData<int[], string, int> Shapes => new()
    {
        { [1, 1], "identity", 1 },
        { [1, 8, 1], "tanh", 2 },
        { [2, 3, 1], "sigmoid", 3 },
        { [3, 4, 5, 2], "tanh", 4 },
        { [2, 6, 1], "ReLU", 5 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void BackwardPropagation_MatchesCentralDifferences(int[] sizes, string activation, int seed)
    {
        var hidden = activation == "identity" ? Activation.Identity : Activation.All.Single(a => a.Name == activation);
        var network = Network.Random(sizes, hidden, seed);
        var random = new Random(seed);
        var examples = new Examples(
            Enumerable.Range(0, 7).Select(_ => Enumerable.Range(0, sizes[0]).Select(_ => random.NextDouble() * 4 - 2).ToArray()),
            Enumerable.Range(0, 7).Select(_ => Enumerable.Range(0, sizes[^1]).Select(_ => random.NextDouble() * 4 - 2).ToArray()));

        var analytic = Backpropagation.BackwardPropagation(network, examples);
        var measured = Backpropagation.FiniteDifferences(network, examples);

        Assert.Equal(network.ParameterCount, analytic.Length);
        for (int p = 0; p < analytic.Length; p++)
        {
            Assert.True(Math.Abs(analytic[p] - measured[p]) <= 1e-7 * Math.Max(1, Math.Abs(measured[p])),
                $"parameter {p}: backpropagation {analytic[p]:R}, finite differences {measured[p]:R}");
        }
    }

    [Fact]
    public void OneLinearLayer_IsNanoNeuron()
    {
        // A [1, 1] network is ŷ = w·x + b: the same cost and gradients as lesson 05 and 06.
        var train = DataSets.GenerateDataSets().Train;
        var network = new Network([new Layer(1, [0.9492], [0.4570], Activation.Identity)]);
        var forward = Propagation.ForwardPropagation(Neuron.OriginalStart, train);
        var gradients = Propagation.BackwardPropagation(forward, train);

        Bits.Close(forward.Cost, Backpropagation.ForwardPropagation(network, Examples.From(train)), 1e-14, "J");
        var gradient = Backpropagation.BackwardPropagation(network, Examples.From(train));
        Bits.Close(gradients.DW, gradient[0], 1e-13, "∂J/∂w");
        Bits.Close(gradients.DB, gradient[1], 1e-13, "∂J/∂b");
    }

    [Fact]
    public void Xor_HiddenLayerLearnsIt_ALineCannot()
    {
        var withHidden = Backpropagation.TrainModel(Network.Random([2, 2, 1], Activation.Tanh), Examples.Xor, 5000, 0.5);
        var lineOnly = Backpropagation.TrainModel(Network.Random([2, 1], Activation.Identity), Examples.Xor, 5000, 0.5);

        double[] expected = [0, 1, 1, 0];
        for (int i = 0; i < 4; i++)
        {
            Assert.Equal(expected[i], withHidden.Model.Predict(Examples.Xor.Inputs[i].AsSpan())[0], 3);
            Assert.Equal(0.5, lineOnly.Model.Predict(Examples.Xor.Inputs[i].AsSpan())[0], 3);
        }

        Assert.Equal(0.125, lineOnly.CostHistory[^1], 6);
    }

    [Fact]
    public void Curve_NetworkFitsItFarBetterThanTheBestLine()
    {
        var curve = Humidity.SaturationCurve();
        var standardizer = Standardizer.Fit(curve);
        var result = Backpropagation.TrainModel(Network.Random([1, 8, 1], Activation.Tanh), Examples.From(standardizer.Transform(curve)), 5000, 0.1, [100, 1000]);
        double lineCost = Propagation.ForwardPropagation(LeastSquares.Fit(curve), curve).Cost;

        Assert.True(result.CostHistory[^1] < lineCost / 100, $"network {result.CostHistory[^1]:G3}, line {lineCost:G3}");
        Assert.Equal([0, 100, 1000, 5000], result.Snapshots.Select(s => s.Epoch));
    }

    [Fact]
    public void TrainModel_TooLargeALearningRate_SaysSo()
    {
        var curve = Humidity.SaturationCurve();
        var error = Assert.Throws<TrainingDivergedException>(() =>
            Backpropagation.TrainModel(Network.Random([1, 8, 1], Activation.ReLU), Examples.From(curve), 1000, 10));
        Assert.Contains("smaller learning rate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BadShapes_SayWhatToBuild()
    {
        Assert.Contains("[1, 8, 1]", Assert.Throws<ArgumentException>(() => Network.Random([3], Activation.Tanh)).Message, StringComparison.Ordinal);
        // No hidden layer: an activation other than Identity would be silently ignored, so it is refused.
        Assert.Contains("no hidden layer", Assert.Throws<ArgumentException>(() => Network.Random([2, 1], Activation.Tanh)).Message, StringComparison.Ordinal);
        Assert.Equal(Activation.Identity, Network.Random([2, 1], Activation.Identity).Layers.Single().Activation);
        Assert.Contains("sizes [2, …, 1]", Assert.Throws<ArgumentException>(() =>
            Backpropagation.ForwardPropagation(Network.Random([1, 3, 1], Activation.Tanh), Examples.Xor)).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new Examples([[1.0], [1.0, 2.0]], [[0.0], [1.0]]));
        Assert.Throws<ArgumentException>(() => Network.Random([1, 2, 1], Activation.Tanh).WithParameters([1.0, 2.0]));
        Assert.Throws<ArgumentException>(() => Network.Random([2, 2, 1], Activation.Tanh).Predict(1.0));
    }

    [Fact]
    public void Parameters_RoundTrip()
    {
        var network = Network.Random([2, 3, 1], Activation.Tanh);
        Assert.Equal(13, network.ParameterCount);
        Bits.Equal(network.Parameters(), network.WithParameters(network.Parameters().AsSpan()).Parameters(), "parameters");
    }

    /// <summary>
    /// Attack 14, A14b-5: sizes are read to Network.MaxLayers + 2 at most, so an endless list, or one that claims
    /// int.MaxValue sizes, is refused naming the limit (it ran out of memory after 38 s, or never ended); and a refusal shows
    /// the first ten sizes and how many there are, not every one.
    /// </summary>
    [Fact]
    public void Random_TooManySizes_AreRefusedNamingTheLimit_AndEchoedShort()
    {
        var error = Assert.Throws<ArgumentException>(() => Network.Random(new EndlessList<int>(_ => 2), Activation.Tanh));
        Assert.Equal("sizes", error.ParamName);
        Assert.Contains("Network.MaxLayers", error.Message, StringComparison.Ordinal);
        int[] many = [.. Enumerable.Repeat(3, Network.MaxLayers), 0];
        var tooSmall = Assert.Throws<ArgumentException>(() => Network.Random(many, Activation.Tanh));
        Assert.StartsWith("sizes is [3, 3, 3, 3, 3, 3, 3, 3, 3, 3, … (10,001 sizes)]: give", tooSmall.Message, StringComparison.Ordinal);
        Assert.Equal(Network.MaxLayers, Network.Random([.. Enumerable.Repeat(1, Network.MaxLayers + 1)], Activation.Tanh).Layers.Length);
    }
}
