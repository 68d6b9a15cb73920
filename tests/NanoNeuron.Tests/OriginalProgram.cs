namespace NanoNeuron.Tests;

/// <summary>
/// The reference: the original JavaScript's arithmetic transcribed as literally as C# allows, including
/// its negative "gradient" that is added, and its history of costs taken before each update.
/// </summary>
internal static class OriginalProgram
{
    public sealed record Outcome(double W, double B, double[] CostHistory);

    public static Outcome Train(double w, double b, double[] xTrain, double[] yTrain, int epochs, double alpha)
    {
        var costHistory = new double[epochs];
        for (int epoch = 0; epoch < epochs; epoch += 1)
        {
            // forwardPropagation
            int m = xTrain.Length;
            var predictions = new double[m];
            double cost = 0;
            for (int i = 0; i < m; i += 1)
            {
                double prediction = xTrain[i] * w + b;
                cost += (yTrain[i] - prediction) * (yTrain[i] - prediction) / 2;
                predictions[i] = prediction;
            }

            cost /= m;
            costHistory[epoch] = cost;

            // backwardPropagation
            double dW = 0;
            double dB = 0;
            for (int i = 0; i < m; i += 1)
            {
                dW += (yTrain[i] - predictions[i]) * xTrain[i];
                dB += yTrain[i] - predictions[i];
            }

            dW /= m;
            dB /= m;
            w += alpha * dW;
            b += alpha * dB;
        }

        return new Outcome(w, b, costHistory);
    }
}
