namespace NanoNeuron.Optimization;

/// <summary>Shared by the trainers: cancellation and progress, every <see cref="TrainingOptions.ProgressInterval"/> epochs and after the last.</summary>
internal static class Progress
{
    public static void Check(int epoch, int epochs, double cost, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        if (epoch % TrainingOptions.ProgressInterval != 0 && epoch != epochs)
        {
            return;
        }

        cancellationToken.ThrowIfCancellationRequested();
        progress?.Report(new TrainingProgress(epoch, epochs, cost));
    }
}
