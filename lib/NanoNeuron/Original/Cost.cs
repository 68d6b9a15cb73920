namespace NanoNeuron;

/// <summary>How wrong one prediction is.</summary>
public static class Cost
{
    /// <summary>The squared error of one prediction, halved (the original's <c>predictionCost</c>).</summary>
    /// <remarks>
    /// <c>(y − ŷ)² / 2</c>. The ½ cancels the 2 that appears when the square is differentiated.
    /// IEEE arithmetic, as <c>System.Math</c>: NaN in gives NaN out, a result too large gives ±∞, and no number makes it throw (the README's rule for NaN and ∞; what trains, checks or reports refuses them instead).
    /// </remarks>
    /// <param name="y">The correct answer.</param>
    /// <param name="prediction">ŷ, the neuron's answer.</param>
    public static double PredictionCost(double y, double prediction)
    {
        double error = y - prediction;
        return error * error / 2;
    }
}
