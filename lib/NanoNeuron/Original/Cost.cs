namespace NanoNeuron;

/// <summary>How wrong one prediction is.</summary>
public static class Cost
{
    /// <summary>The squared error of one prediction, halved (the original's <c>predictionCost</c>).</summary>
    /// <remarks>
    /// <c>(y − ŷ)² / 2</c>. The ½ cancels the 2 that appears when the square is differentiated.
    /// </remarks>
    /// <param name="y">The correct answer.</param>
    /// <param name="prediction">ŷ, the neuron's answer.</param>
    public static double PredictionCost(double y, double prediction)
    {
        double error = y - prediction;
        return error * error / 2;
    }
}
