using NanoNeuron.ClosedForm;
using NanoNeuron.Data;
using NanoNeuron.MLNet;
using NanoNeuron.Optimization;
using NanoNeuron.Vectorized;

namespace NanoNeuron.Tests;

/// <summary>Lessons 11 and 19: the vectorized passes against the loop, and ML.NET against least squares.</summary>
public class ComparisonTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(100)]
    [InlineData(1001)]
    public void TensorPropagation_MatchesTheLoop(int examples)
    {
        var data = FastTrainingTests.RandomData(examples, seed: examples);
        var model = new Neuron(1.3, -0.4);
        var predictions = new double[examples];
        var errors = new double[examples];

        double cost = TensorPropagation.ForwardPropagation(model, data.X.AsSpan(), data.Y.AsSpan(), predictions, errors);
        var gradients = TensorPropagation.BackwardPropagation(errors, data.X.AsSpan());
        var forward = Propagation.ForwardPropagation(model, data);
        var expected = Propagation.BackwardPropagation(forward, data);

        Assert.Equal(forward.Predictions, predictions);
        Bits.Close(forward.Cost, cost, 1e-12, "J");
        Bits.Close(expected.DW, gradients.DW, 1e-12, "∂J/∂w");
        Bits.Close(expected.DB, gradients.DB, 1e-12, "∂J/∂b");
    }

    [Fact]
    public void TensorObjective_InTheOneLoop_MatchesTheTeachingPath()
    {
        var train = DataSets.GenerateDataSets().Train;
        var vectorized = Trainer.Train(new TensorObjective(train), Neuron.OriginalStart, new GradientDescent());
        var teaching = Training.TrainModel(Neuron.OriginalStart, train);

        Bits.Close(teaching.Model.Weight, vectorized.Model.Weight, 1e-9, "w");
        Bits.Close(teaching.Model.Bias, vectorized.Model.Bias, 1e-9, "b");
        Bits.Close(teaching.CostAfter, vectorized.CostAfter, 1e-6, "cost after");
    }

    [Fact]
    public void TensorPropagation_PassesAllocateNothing()
    {
        var train = DataSets.GenerateDataSets().Train;
        var predictions = new double[train.Count];
        var errors = new double[train.Count];
        TensorPropagation.ForwardPropagation(Neuron.OriginalStart, train.X.AsSpan(), train.Y.AsSpan(), predictions, errors);

        long before = GC.GetAllocatedBytesForCurrentThread();
        TensorPropagation.ForwardPropagation(Neuron.OriginalStart, train.X.AsSpan(), train.Y.AsSpan(), predictions, errors);
        TensorPropagation.BackwardPropagation(errors, train.X.AsSpan());
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void TensorPropagation_BadInput_ClearErrors()
    {
        Assert.Throws<ArgumentException>(() => TensorPropagation.ForwardPropagation(Neuron.OriginalStart, [1.0, 2.0], [1.0], new double[2], new double[2]));
        Assert.Throws<ArgumentException>(() => TensorPropagation.BackwardPropagation([], []));
        Assert.Throws<TrainingDivergedException>(() => Trainer.Train(
            new TensorObjective(DataSets.GenerateDataSets().Train), Neuron.OriginalStart, new GradientDescent(0.0007), new TrainingOptions { Epochs = 5000 }));
    }

    [Fact]
    public void MLNet_FindsTheLeastSquaresLine()
    {
        var data = DataSets.GenerateDataSets();
        var mlNet = MLNetRegression.Fit(data.Train);
        var exact = LeastSquares.Fit(data.Train);

        Assert.InRange(Math.Abs(mlNet.Weight - exact.Weight), 0, 1e-4);
        Assert.InRange(Math.Abs(mlNet.Bias - exact.Bias), 0, 1e-2);
        Assert.Equal(mlNet, MLNetRegression.Fit(data.Train));
    }

    [Fact]
    public void MLNet_NoisyReadings_CloseToLeastSquares()
    {
        var split = DataSplit.TrainTestSplit(Thermometer.Readings());
        var mlNet = MLNetRegression.Fit(split.Train);
        var exact = LeastSquares.Fit(split.Train);

        double mlNetTest = Propagation.ForwardPropagation(mlNet, split.Test).Cost;
        double exactTest = Propagation.ForwardPropagation(exact, split.Test).Cost;
        Assert.InRange(mlNetTest / exactTest, 0.95, 1.05);
    }
    [Fact]
    public void MLNet_StoppedByItsPenalty_NotByTheFloorOfSinglePrecision()
    {
        var data = DataSets.GenerateDataSets();
        var exact = LeastSquares.Fit(data.Train);
        double Test(Neuron model) => Propagation.ForwardPropagation(model, data.Test).Cost;

        double floor = Test(MLNetRegression.InSinglePrecision(data.Train, exact));
        double byDefault = Test(MLNetRegression.Fit(data.Train));
        double centred = Test(MLNetRegression.Fit(data.Train, centre: true));
        double weakPenalty = Test(MLNetRegression.Fit(data.Train, l2Regularization: 1e-9f));
        double strongPenalty = Test(MLNetRegression.Fit(data.Train, l2Regularization: 1e-3f));

        Assert.True(floor < byDefault / 1000, $"exact line in float {floor:G3}, ML.NET {byDefault:G3}");
        Assert.True(weakPenalty < floor * 10, $"λ = 1e-9 {weakPenalty:G3}, the floor {floor:G3}");
        Assert.True(centred < byDefault / 2, $"centred {centred:G3}, default {byDefault:G3}");
        Assert.True(strongPenalty > byDefault * 1000, $"λ = 1e-3 {strongPenalty:G3}, default {byDefault:G3}");
        Assert.Throws<ArgumentException>(() => MLNetRegression.Fit(data.Train, l2Regularization: 0));
    }

    [Fact]
    public void MLNet_InSinglePrecision_RoundsOnlyTheLastDigits()
    {
        var data = DataSets.GenerateDataSets();
        var exact = LeastSquares.Fit(data.Train);

        foreach (bool centre in new[] { false, true })
        {
            var stored = MLNetRegression.InSinglePrecision(data.Train, exact, centre);
            Assert.InRange(Math.Abs(stored.Weight - exact.Weight), 0, 1e-6);
            Assert.InRange(Math.Abs(stored.Bias - exact.Bias), 0, 1e-5);
        }
    }
}
