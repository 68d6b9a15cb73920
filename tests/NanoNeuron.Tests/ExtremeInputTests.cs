using NanoNeuron.Activations;
using NanoNeuron.Classification;
using NanoNeuron.ClosedForm;
using NanoNeuron.Data;
using NanoNeuron.Fast;
using NanoNeuron.Networks;
using NanoNeuron.Optimization;

namespace NanoNeuron.Tests;

/// <summary>Issue 10: very large epochs, and NaN or ∞ that came back with no error.</summary>
public class ExtremeInputTests
{
    private static readonly DataSet Train = DataSets.GenerateDataSets().Train;

    [Theory]
    [InlineData(int.MaxValue)]
    [InlineData(2_147_483_590)]
    [InlineData(100_000_001)]
    public void Trainers_EpochsBeyondTheLimit_AreRefusedNamingTheLimit(int epochs)
    {
        foreach (Action train in new Action[]
        {
            () => Training.TrainModel(Neuron.OriginalStart, Train, epochs),
            () => FastTraining.TrainModel(Neuron.OriginalStart, Train, epochs),
            () => Logistic.TrainModel(new Neuron(0, 0), new DataSet([0, 1], [0, 1]), epochs, 0.1),
            () => Backpropagation.TrainModel(Network.Random([1, 1], Activation.Identity), Examples.From(Train), epochs, 0.0001),
        })
        {
            var exception = Assert.Throws<ArgumentException>(train);
            Assert.Contains("100,000,000", exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void LogSpacedEpochs_IntMaxValue_IsIncreasingAndEndsThere()
    {
        var epochs = Training.LogSpacedEpochs(int.MaxValue);
        Assert.Equal(0, epochs[0]);
        Assert.Equal(int.MaxValue, epochs[^1]);
        Assert.All(epochs.Zip(epochs.Skip(1)), pair => Assert.True(pair.First < pair.Second, $"{pair.First} then {pair.Second}"));
    }

    [Theory]
    [InlineData(-5)]
    [InlineData(0)]
    public void LogSpacedEpochs_CountBelowOne_SaysWhatToPass(int count)
    {
        var exception = Assert.Throws<ArgumentException>(() => Training.LogSpacedEpochs(100, count));
        Assert.Contains($"count is {count}", exception.Message, StringComparison.Ordinal);
        Assert.Equal("count", exception.ParamName);
    }

    public static TheoryData<double> Huge => new() { 1e200, -1e200, 1e300, 1.7e308 };

    [Theory]
    [MemberData(nameof(Huge))]
    public void LeastSquares_HugeValues_GivesTheRightLine(double scale)
    {
        var data = new DataSet([-scale, 0, scale], [-scale, 0, scale]);
        var fit = LeastSquares.Fit(data);
        Assert.Equal(1, fit.Weight, 12);
        Assert.Equal(0, fit.Bias / Math.Abs(scale), 12);
    }

    [Fact]
    public void LeastSquares_LineTooSteepForADouble_IsRefused()
    {
        var exception = Assert.Throws<ArgumentException>(() => LeastSquares.Fit(new DataSet([0, 1e-300], [0, 1e300])));
        Assert.Contains("not a finite number", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LeastSquares_TinyValues_AreNotMistakenForEqualInputs()
    {
        var fit = LeastSquares.Fit(new DataSet([0, 1e-170, 2e-170], [1, 2, 3]));
        Assert.Equal(1e170, fit.Weight, 1e158);
        Assert.Equal(1, fit.Bias, 12);
    }

    [Fact]
    public void LeastSquares_OriginalData_Unchanged() =>
        Assert.Equal(new Neuron(1.8, 32), LeastSquares.Fit(Train) with { }, new NeuronComparer(1e-12));

    [Theory]
    [MemberData(nameof(Huge))]
    public void Standardizer_HugeValues_GivesAFiniteDeviation(double scale)
    {
        var standardizer = Standardizer.Fit([-scale, scale, -scale, scale]);
        Assert.Equal(0, standardizer.Mean);
        Assert.Equal(Math.Abs(scale), standardizer.StandardDeviation, Math.Abs(scale) * 1e-15);
    }

    [Fact]
    public void Standardizer_OriginalData_SameBits()
    {
        var standardizer = Standardizer.Fit(Train);
        Assert.Equal(49.5, standardizer.Mean);
        Assert.Equal(Math.Sqrt(Train.X.Sum(x => (x - 49.5) * (x - 49.5)) / 100), standardizer.StandardDeviation);
    }

    [Fact]
    public void Logistic_HugeLearningRate_DoesNotReturnNaN()
    {
        var data = new DataSet([-50, -10, 10, 50], [0, 0, 1, 1]);
        try
        {
            var result = Logistic.TrainModel(new Neuron(0, 0), data, 50, 1e307);
            Assert.All(result.CostHistory, cost => Assert.True(double.IsFinite(cost), $"cost {cost}"));
            Assert.True(result.Model.IsFinite, result.Model.ToString());
        }
        catch (TrainingDivergedException exception)
        {
            Assert.Contains("smaller learning rate", exception.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1e-5)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void FiniteDifferences_BadStep_TalksAboutTheStep(double step)
    {
        var network = Network.Random([2, 2, 1], Activation.Tanh);
        var exception = Assert.Throws<ArgumentException>(() => Backpropagation.FiniteDifferences(network, Examples.Xor, step));
        Assert.Equal("step", exception.ParamName);
        Assert.StartsWith("step is ", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FiniteDifferences_StepSoLargeTheCostOverflows_IsRefused()
    {
        var network = Network.Random([2, 2, 1], Activation.Tanh);
        var exception = Assert.Throws<ArgumentException>(() => Backpropagation.FiniteDifferences(network, Examples.Xor, 1e200));
        Assert.Equal("step", exception.ParamName);
    }

    [Fact]
    public void GradientCheck_AtTheExactOptimum_ReportsAgreement()
    {
        var rows = GradientCheck.Compare(new Neuron(1.8, 32), Train);
        Assert.All(rows, row => Assert.True(row.RelativeError < 1e-6, row.ToString()));
    }

    [Fact]
    public void GradientCheck_BothExactlyZero_ReportsZero()
    {
        var rows = GradientCheck.Compare(new Neuron(2, 0), new DataSet([1], [2]));
        Assert.All(rows, row => Assert.Equal(0, row.RelativeError));
    }

    [Fact]
    public void Examples_EmptyTargetRow_SaysItIsEmpty()
    {
        var exception = Assert.Throws<ArgumentException>(() => new Examples([[1.0]], [Array.Empty<double>()]));
        Assert.Contains("targets[0] is empty", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("but targets[0]", exception.Message, StringComparison.Ordinal);
    }

    private sealed class NeuronComparer(double tolerance) : IEqualityComparer<Neuron>
    {
        public bool Equals(Neuron a, Neuron b) => Math.Abs(a.Weight - b.Weight) <= tolerance && Math.Abs(a.Bias - b.Bias) <= tolerance * 100;

        public int GetHashCode(Neuron obj) => 0;
    }
}

/// <summary>Issue 10: a start whose very first cost overflows is not the learning rate's fault.</summary>
public class StartingPointTests
{
    private static readonly DataSet Train = DataSets.GenerateDataSets().Train;

    [Theory]
    [InlineData(Summation.Vectorized)]
    [InlineData(Summation.SufficientStatistics)]
    public void TrainModel_StartWhoseCostOverflows_BlamesTheStart(Summation summation)
    {
        foreach (var exception in new[]
        {
            Assert.Throws<TrainingDivergedException>(() => Training.TrainModel(new Neuron(1e200, 0), Train)),
            Assert.Throws<TrainingDivergedException>(() => FastTraining.TrainModel(new Neuron(1e200, 0), Train, summation: summation)),
        })
        {
            Assert.Equal(0, exception.Epoch);
            Assert.Contains("starting point", exception.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("use a smaller one", exception.Message, StringComparison.Ordinal);
        }
    }
}
