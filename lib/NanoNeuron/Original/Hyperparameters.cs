namespace NanoNeuron;

/// <summary>The named settings of the original program.</summary>
public static class Hyperparameters
{
    /// <summary>How many passes over the training data the original makes.</summary>
    public const int Epochs = 70_000;

    /// <summary>α, the size of each gradient-descent step in the original.</summary>
    public const double LearningRate = 0.0005;

    /// <summary>The seed of <see cref="Neuron.RandomStart(int)"/> (the original's start is unseeded).</summary>
    public const int Seed = 42;
}
