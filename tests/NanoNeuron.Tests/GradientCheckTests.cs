using NanoNeuron.Fast;

namespace NanoNeuron.Tests;

/// <summary>Analytic gradients against central finite differences of the cost.</summary>
public class GradientCheckTests
{
    private const double Step = 1e-5;
    private const double Tolerance = 1e-6;

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5, 6, 7, 8];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void BackwardPropagation_RandomModelAndData_MatchesCentralDifferences(int seed)
    {
        var random = new Random(seed);
        var data = FastTrainingTests.RandomData(20 + seed, seed);
        var model = new Neuron(random.NextDouble() * 6 - 3, random.NextDouble() * 6 - 3);

        var gradients = Propagation.BackwardPropagation(Propagation.ForwardPropagation(model, data), data);

        double J(Neuron n) => Propagation.ForwardPropagation(n, data).Cost;
        double dW = (J(model with { Weight = model.Weight + Step }) - J(model with { Weight = model.Weight - Step })) / (2 * Step);
        double dB = (J(model with { Bias = model.Bias + Step }) - J(model with { Bias = model.Bias - Step })) / (2 * Step);
        Bits.Close(dW, gradients.DW, Tolerance, "∂J/∂w");
        Bits.Close(dB, gradients.DB, Tolerance, "∂J/∂b");
    }

    [Fact]
    public void BackwardPropagation_OriginalStart_PointsUphill()
    {
        // Below the true line every prediction is too small, so raising w or b lowers the cost:
        // the true gradient is negative (the original's dW is positive because its sign is flipped).
        var data = DataSets.GenerateDataSets().Train;
        var gradients = Propagation.BackwardPropagation(Propagation.ForwardPropagation(Neuron.OriginalStart, data), data);

        Assert.True(gradients.DW < 0);
        Assert.True(gradients.DB < 0);
        double before = Propagation.ForwardPropagation(Neuron.OriginalStart, data).Cost;
        double after = Propagation.ForwardPropagation(Neuron.OriginalStart.Step(gradients, 0.0005), data).Cost;
        Assert.True(after < before);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void FusedEpochs_RandomModelAndData_MatchTheTeachingPath(int seed)
    {
        var random = new Random(seed);
        var data = FastTrainingTests.RandomData(3 + 7 * seed, seed);
        var model = new Neuron(random.NextDouble() * 6 - 3, random.NextDouble() * 6 - 3);
        var forward = Propagation.ForwardPropagation(model, data);
        var gradients = Propagation.BackwardPropagation(forward, data);

        double vectorizedCost = FastTraining.VectorizedEpoch(model, data.X.AsSpan(), data.Y.AsSpan(), out var vectorized);

        Bits.Close(forward.Cost, vectorizedCost, 1e-12, "vectorized cost");
        Bits.Close(gradients.DW, vectorized.DW, 1e-12, "vectorized ∂J/∂w");
        Bits.Close(gradients.DB, vectorized.DB, 1e-12, "vectorized ∂J/∂b");
    }
}
