namespace NanoNeuron.Fast;

/// <summary>How the fast trainer adds up the examples' contributions.</summary>
public enum Summation
{
    /// <summary>One example after another, in the teaching path's order: the same bits as <see cref="Training.TrainModel"/>.</summary>
    Sequential,

    /// <summary>
    /// Several examples at once in SIMD registers, with fused multiply-add. A different order of
    /// additions, so results agree with the teaching path to about 1e-9 relative, not bit for bit.
    /// </summary>
    Vectorized,

    /// <summary>
    /// Once, before training: for this linear model every epoch needs only a few averages of the data
    /// (the sufficient statistics), computed in three passes (the means, the centred sums, the scatter
    /// around the best line), so that each epoch then costs O(1) instead of O(m). A different
    /// arithmetic, so results agree with the teaching path to about 1e-9 relative (costs near zero to about 1e-6).
    /// </summary>
    SufficientStatistics,
}
