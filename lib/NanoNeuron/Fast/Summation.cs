namespace NanoNeuron.Fast;

/// <summary>How <see cref="FastTraining"/> adds up the examples' contributions to an epoch.</summary>
/// <remarks>
/// Both add in another order than the teaching path, so they agree with it to about 1e-9 relative, not bit for bit;
/// the teaching path has the original's bits.
/// </remarks>
public enum Summation
{
    /// <summary>
    /// Every example in every epoch, several at once in SIMD registers with fused multiply-adds: O(m) per epoch, in one pass.
    /// </summary>
    Vectorized,

    /// <summary>
    /// Once, before training: the few averages of the data that this linear model's cost and gradients depend on
    /// (<see cref="Fast.SufficientStatistics"/>, three passes), so that each epoch then costs O(1) instead of O(m).
    /// </summary>
    SufficientStatistics,
}
