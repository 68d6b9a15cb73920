namespace NanoNeuron.Optimization;

/// <summary>Shared by the trainers: cancellation, looked at on every call, and progress, reported every <see cref="TrainingOptions.ProgressInterval"/> epochs and after the last.</summary>
internal static class Progress
{
    public static void Check(int epoch, int epochs, double cost, IProgress<TrainingProgress>? progress, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (progress is not null && (epoch % TrainingOptions.ProgressInterval == 0 || epoch == epochs))
        {
            progress.Report(new TrainingProgress(epoch, epochs, cost));
        }
    }
}
