using NanoNeuron.Optimization;

namespace NanoNeuron.Tests;

public class ModelAndDataTests
{
    [Fact]
    public void Predict_IsWeightTimesInputPlusBias()
    {
        Assert.Equal(2 * 3.0 + 1, new Neuron(2, 1).Predict(3));
    }

    [Theory]
    [InlineData(0, 32)]
    [InlineData(100, 212)]
    [InlineData(-40, -40)]
    [InlineData(70, 158)]
    public void CelsiusToFahrenheit_KnownPoints(double celsius, double fahrenheit)
    {
        Assert.Equal(fahrenheit, Temperature.CelsiusToFahrenheit(celsius), 12);
    }

    [Fact]
    public void GenerateDataSets_TrainIsWholeDegreesAndTestIsHalves()
    {
        var data = DataSets.GenerateDataSets();

        Assert.Equal(Enumerable.Range(0, 100).Select(i => (double)i), data.Train.X);
        Assert.Equal(Enumerable.Range(0, 100).Select(i => i + 0.5), data.Test.X);
        Assert.Equal(data.Train.X.Select(Temperature.CelsiusToFahrenheit), data.Train.Y);
        Assert.Equal(data.Test.X.Select(Temperature.CelsiusToFahrenheit), data.Test.Y);
    }

    [Fact]
    public void PredictionCost_IsHalfTheSquaredError()
    {
        Assert.Equal(4.5, Cost.PredictionCost(5, 2));
        Assert.Equal(4.5, Cost.PredictionCost(2, 5));
    }

    [Fact]
    public void ForwardPropagation_UsesTheModelPassedIn()
    {
        // The original read a global instead of its model argument; two models must give two costs.
        var data = DataSets.GenerateDataSets().Train;
        var exact = Propagation.ForwardPropagation(new Neuron(1.8, 32), data);
        var off = Propagation.ForwardPropagation(new Neuron(1.8, 33), data);

        Assert.Equal(0, exact.Cost, 15);
        Assert.Equal(0.5, off.Cost, 12);
        Assert.Equal(33, off.Predictions[0], 12);
    }

    [Fact]
    public void RandomStart_SameSeed_SameNeuronInTheUnitSquare()
    {
        var first = Neuron.RandomStart(7);
        Assert.Equal(first, Neuron.RandomStart(7));
        Assert.NotEqual(first, Neuron.RandomStart(8));
        Assert.InRange(first.Weight, 0, 1);
        Assert.InRange(first.Bias, 0, 1);
        Assert.Equal(Neuron.RandomStart(Hyperparameters.Seed), Neuron.RandomStart());
    }

    [Fact]
    public void TrainModel_DoesNotChangeTheModelPassedIn()
    {
        var start = Neuron.OriginalStart;
        var result = Training.TrainModel(start, DataSets.GenerateDataSets().Train, 10);
        Assert.Equal(new Neuron(0.9492, 0.4570), start);
        Assert.NotEqual(start, result.Model);
    }
}

public class SnapshotAndGradientCheckTests
{
    private static readonly DataSet Train = DataSets.GenerateDataSets().Train;

    [Fact]
    public void Snapshots_KeepTheStartTheRequestedEpochsAndTheEnd_WithTheTeachingPathsBits()
    {
        var snapshots = Training.Snapshots(Neuron.OriginalStart, Train, [3, 50], epochs: 200);
        var trained = Training.TrainModel(Neuron.OriginalStart, Train, 200);

        Assert.Equal([0, 3, 50, 200], snapshots.Select(s => s.Epoch));
        Assert.Equal(Neuron.OriginalStart, snapshots[0].Model);
        Assert.Equal(trained.Model, snapshots[^1].Model);
        Assert.Equal(trained.CostHistory[50], snapshots[2].Cost);
        Assert.Equal(Training.TrainModel(Neuron.OriginalStart, Train, 3).Model, snapshots[1].Model);
    }

    [Fact]
    public void LogSpacedEpochs_RunFromZeroToTheEndAndIncrease()
    {
        var epochs = Training.LogSpacedEpochs(70_000, 40);
        Assert.Equal(0, epochs[0]);
        Assert.Equal(70_000, epochs[^1]);
        Assert.True(epochs.Zip(epochs.Skip(1)).All(p => p.First < p.Second));
        Assert.InRange(epochs.Length, 30, 41);
    }

    [Fact]
    public void GradientCheck_AgreesWithTheAnalyticGradients()
    {
        var rows = GradientCheck.Compare(new Neuron(2, 30), Train);
        Assert.Equal(["w", "b"], rows.Select(r => r.Parameter));
        Assert.All(rows, row => Assert.True(row.RelativeError < 1e-6, row.ToString()));
        Assert.Equal(557.7, rows[0].Analytic, 9);
        Assert.Throws<ArgumentException>(() => GradientCheck.Compare(new Neuron(2, 30), Train, step: 0));
    }
}
