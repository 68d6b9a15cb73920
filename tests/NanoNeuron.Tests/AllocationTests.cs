namespace NanoNeuron.Tests;

/// <summary>
/// Issue 10: the allocation-free trainer must stay allocation-free after a garbage collection. A full test run
/// collects often; a lazily built cache that the runtime holds only weakly (the one behind Enum.IsDefined) was
/// rebuilt inside the measured call, 248 bytes, which made TrainModel_IntoAHistorySpan_AllocatesNothing flaky.
/// </summary>
public class AllocationTests
{
    private static readonly DataSets Data = DataSets.GenerateDataSets();

    [Theory]
    [InlineData(Summation.Sequential)]
    [InlineData(Summation.Vectorized)]
    [InlineData(Summation.SufficientStatistics)]
    public void TrainModel_IntoAHistorySpan_AfterACollection_AllocatesNothing(Summation summation)
    {
        double[] x = [.. Data.Train.X];
        double[] y = [.. Data.Train.Y];
        var history = new double[1_001];
        for (int i = 0; i < 3; i++)
        {
            FastTraining.TrainModel(Neuron.OriginalStart, x, y, 0.0005, history, summation); // JIT warm-up
        }

        for (int run = 0; run < 3; run++)
        {
            // What a busy full run does between the warm-up and the measurement.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            long before = GC.GetAllocatedBytesForCurrentThread();
            FastTraining.TrainModel(Neuron.OriginalStart, x, y, 0.0005, history, summation);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.Equal(0, allocated);
        }
    }
}
