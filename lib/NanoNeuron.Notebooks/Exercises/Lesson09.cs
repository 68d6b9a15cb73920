namespace NanoNeuron.Notebooks;

/// <summary>Lesson 09's checkers.</summary>
public static partial class TryIt
{
    /// <summary>Lesson 09: the test cost of the neuron trained (original start, 70,000 epochs, α = 0.0005) on <see cref="NoisySplit"/>'s training readings.</summary>
    public static Feedback TestCost(double cost)
    {
        var split = NoisySplit();
        var trained = FastTraining.TrainModel(Neuron.OriginalStart, split.Train, summation: Summation.Sequential);
        double expected = Propagation.ForwardPropagation(trained.Model, split.Test).Cost;
        if (Close(cost, expected))
        {
            return Feedback.Right($"J on the test readings = {Format(expected)}, a little above the training cost {Format(trained.CostAfter)}: new readings bring new noise.");
        }

        return Close(cost, trained.CostAfter)
            ? Feedback.Hint("that is the cost on the training readings: pass split.Test to Propagation.ForwardPropagation.")
            : Feedback.Hint("train on split.Train with Training.TrainModel(Neuron.OriginalStart, split.Train), then take Propagation.ForwardPropagation(result.Model, split.Test).Cost.");
    }
}
