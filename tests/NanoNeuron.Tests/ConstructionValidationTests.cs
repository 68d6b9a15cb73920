using System.Collections.Immutable;
using NanoNeuron.Activations;
using NanoNeuron.Data;
using NanoNeuron.Networks;
using NanoNeuron.Optimization;

namespace NanoNeuron.Tests;

/// <summary>Issue 10: positional records and <c>with</c> must make the same checks as the factories.</summary>
public class ConstructionValidationTests
{
    private static readonly Layer ThreeOut = new(1, [1, 2, 3], [0, 0, 0], Activation.Tanh);

    private static ArgumentException Refused(Action build)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(build);
        Assert.False(string.IsNullOrWhiteSpace(exception.Message));
        return exception;
    }

    [Fact]
    public void Network_DefaultLayers_IsRefused() =>
        Assert.Contains("at least one layer", Refused(() => _ = new Network(default(ImmutableArray<Layer>))).Message, StringComparison.Ordinal);

    [Fact]
    public void Network_NullLayer_IsRefused() =>
        Assert.Contains("Layers[0] is null", Refused(() => _ = new Network([null!])).Message, StringComparison.Ordinal);

    [Fact]
    public void Network_NoLayers_IsRefused() =>
        Assert.Contains("at least one layer", Refused(() => _ = new Network([])).Message, StringComparison.Ordinal);

    [Fact]
    public void Network_LayerReadsMoreValuesThanTheOneBeforeOutputs_IsRefused()
    {
        var fourIn = new Layer(4, [1, 1, 1, 1], [0], Activation.Identity);
        var message = Refused(() => _ = new Network([ThreeOut, fourIn])).Message;
        Assert.Contains("Layers[0] outputs 3 values but Layers[1] reads 4", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Network_LayerReadsFewerValuesThanTheOneBeforeOutputs_IsRefused()
    {
        var twoIn = new Layer(2, [1, 1], [0], Activation.Identity);
        var message = Refused(() => _ = new Network([ThreeOut, twoIn])).Message;
        Assert.Contains("Layers[0] outputs 3 values but Layers[1] reads 2", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Network_With_IsCheckedToo()
    {
        var network = Network.Random([1, 3, 1], Activation.Tanh);
        var twoIn = new Layer(2, [1, 1], [0], Activation.Identity);
        Refused(() => _ = network with { Layers = [ThreeOut, twoIn] });
        Refused(() => _ = network with { Layers = [] });
        Assert.Equal(network.Layers, (network with { Layers = network.Layers }).Layers);
    }

    [Fact]
    public void Network_Random_SizesWhoseWeightsOverflowInt_AreRefused()
    {
        var message = Refused(() => Network.Random([65536, 65537], Activation.Identity)).Message;
        Assert.Contains("4,295,032,832 weights", message, StringComparison.Ordinal);
        Assert.Contains("at most", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Layer_ShapeWhoseProductOverflows_IsRefusedWithTheTrueCount()
    {
        var message = Refused(() => _ = new Layer(65536, [1], [.. new double[65537]], Activation.Identity)).Message;
        Assert.Contains("4,295,032,832", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 0)]
    [InlineData(1, -2)]
    [InlineData(1, double.NaN)]
    [InlineData(1, double.PositiveInfinity)]
    [InlineData(double.NaN, 1)]
    public void Standardizer_BadMeanOrDeviation_IsRefused(double mean, double deviation)
    {
        Refused(() => _ = new Standardizer(mean, deviation));
        Refused(() => _ = new Standardizer(0, 1) with { StandardDeviation = deviation, Mean = mean });
    }

    [Fact]
    public void Standardizer_Default_IsRefusedWhenUsed()
    {
        Standardizer unset = default;
        Assert.Contains("Standardizer.Fit", Assert.Throws<InvalidOperationException>(() => unset.Transform(1.0)).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => unset.ToOriginal(new Neuron(1, 0)));
    }

    [Fact]
    public void TrainingResult_DefaultOrEmptyHistory_IsRefused()
    {
        Assert.Contains("at least the cost before training", Refused(() => _ = new TrainingResult<Neuron>(new Neuron(1, 0), default)).Message, StringComparison.Ordinal);
        Refused(() => _ = new TrainingResult<Neuron>(new Neuron(1, 0), []));
        var result = new TrainingResult<Neuron>(new Neuron(1, 0), [1.0]);
        Assert.Equal(0, result.Epochs);
        Refused(() => _ = result with { CostHistory = [] });
    }

    [Fact]
    public void DataSets_NullSets_AreRefused()
    {
        var train = DataSets.GenerateDataSets().Train;
        Refused(() => _ = new DataSets(null!, null!));
        Refused(() => _ = new DataSets(train, null!));
        Refused(() => _ = new DataSets(train, train) with { Train = null! });
    }

    [Fact]
    public void Activation_NullParts_AreRefused()
    {
        Refused(() => _ = new Activation("g", null!, z => 1));
        Refused(() => _ = new Activation("g", z => z, null!));
        Refused(() => _ = new Activation(null!, z => z, z => 1));
        Refused(() => _ = Activation.Tanh with { Function = null! });
    }
}
