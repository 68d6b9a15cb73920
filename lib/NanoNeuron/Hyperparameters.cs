namespace NanoNeuron;

/// <summary>The named settings of the original program, which the course also takes as its defaults.</summary>
/// <remarks>Shared by every part of the library: the engine's default options, the original's training and the random start.</remarks>
public static class Hyperparameters
{
    /// <summary>How many passes over the training data the original makes.</summary>
    public const int Epochs = 70_000;

    /// <summary>α, the size of each gradient-descent step in the original.</summary>
    public const double LearningRate = 0.0005;

    /// <summary>The seed of the course's random start and shuffles (the original's start is unseeded).</summary>
    public const int Seed = 42;

    /// <summary>
    /// The largest seed the library takes: 2147483646. Seeds run from 0 to this; <see cref="System.Random"/> uses |seed|
    /// and turns int.MaxValue and int.MinValue into 0, so −s would give the same numbers as s, and those two the same as 0.
    /// </summary>
    public const int MaxSeed = int.MaxValue - 1;
}
