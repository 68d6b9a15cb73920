using NanoNeuron.Fast;

namespace NanoNeuron.Tests;

public class BadInputTests
{
    private static readonly DataSet Train = DataSets.GenerateDataSets().Train;

    [Fact]
    public void DataSet_Empty_SaysToPassExamples()
    {
        var exception = Assert.Throws<ArgumentException>(() => new DataSet([], []));
        Assert.Contains("is empty", exception.Message, StringComparison.Ordinal);
        Assert.Contains("at least one example", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DataSet_MismatchedLengths_NamesBothLengths()
    {
        var exception = Assert.Throws<ArgumentException>(() => new DataSet([1, 2, 3], [1, 2]));
        Assert.Contains("x has 3 values but y has 2", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(double.NegativeInfinity, "-Infinity")]
    public void DataSet_NotFinite_NamesTheValueAndItsPosition(double bad, string shown)
    {
        var exception = Assert.Throws<ArgumentException>(() => new DataSet([1, 2, 3], [1, bad, 3]));
        Assert.Contains($"y[1] is {shown}", exception.Message, StringComparison.Ordinal);
        Assert.Contains("finite", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DataSet_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new DataSet(null!, [1.0]));
    }

    [Fact]
    public void ForwardPropagation_MismatchedSpans_IsRejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => Propagation.ForwardPropagation(Neuron.OriginalStart, [1.0, 2.0], [1.0]));
        Assert.Contains("same length", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BackwardPropagation_PredictionsOfAnotherLength_AreRejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => Propagation.BackwardPropagation([1.0], [1.0, 2.0], [3.0, 4.0]));
        Assert.Contains("predictions has 1", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void TrainModel_NegativeEpochs_SaysToPassZeroOrMore(int epochs)
    {
        var exception = Assert.Throws<ArgumentException>(() => Training.TrainModel(Neuron.OriginalStart, Train, epochs));
        Assert.Contains("pass 0 or more", exception.Message, StringComparison.Ordinal);
        Assert.Equal("epochs", exception.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-0.0005)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void TrainModel_BadLearningRate_SaysWhatALearningRateMustBe(double learningRate)
    {
        var teaching = Assert.Throws<ArgumentException>(() => Training.TrainModel(Neuron.OriginalStart, Train, 10, learningRate));
        var fast = Assert.Throws<ArgumentException>(() => FastTraining.TrainModel(Neuron.OriginalStart, Train, 10, learningRate));
        Assert.Contains("positive finite number", teaching.Message, StringComparison.Ordinal);
        Assert.Equal(teaching.Message, fast.Message);
    }

    [Fact]
    public void TrainModel_NotFiniteModel_IsRejected()
    {
        var exception = Assert.Throws<ArgumentException>(() => Training.TrainModel(new Neuron(double.NaN, 0), Train, 10));
        Assert.Contains("Weight = NaN", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TrainModel_ZeroEpochs_ReturnsTheStartAndOneCost()
    {
        var result = Training.TrainModel(Neuron.OriginalStart, Train, 0);
        Assert.Equal(Neuron.OriginalStart, result.Model);
        Assert.Single(result.CostHistory);
    }
}
