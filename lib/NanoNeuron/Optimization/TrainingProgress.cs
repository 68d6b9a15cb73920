namespace NanoNeuron.Optimization;

/// <summary>How far a long training run has come, reported every <see cref="TrainingOptions.ProgressInterval"/> epochs.</summary>
/// <param name="Epoch">How many updates have been made.</param>
/// <param name="Epochs">How many the run will make.</param>
/// <param name="Cost">The average cost at <paramref name="Epoch"/>.</param>
public readonly record struct TrainingProgress(int Epoch, int Epochs, double Cost)
{
    /// <summary>The fraction done, from 0 to 1.</summary>
    public double Fraction => Epochs == 0 ? 1 : Epoch / (double)Epochs;
}
