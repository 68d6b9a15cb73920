namespace NanoNeuron.Notebooks;

/// <summary>Lesson 07's checkers.</summary>
public static partial class TryIt
{
    /// <summary>Lesson 07: a learning rate that takes the original start below a cost of 0.001 within 70,000 epochs.</summary>
    public static Feedback LearningRate(double learningRate)
    {
        var train = NanoNeuron.DataSets.GenerateDataSets().Train;
        double bound = Stability.LargestStableLearningRate(train);
        if (!(learningRate > 0) || !double.IsFinite(learningRate))
        {
            return Feedback.Hint("a learning rate is a small positive number, such as 0.0005.");
        }

        try
        {
            double cost = FastTraining.TrainModel(Neuron.OriginalStart, train, Hyperparameters.Epochs, learningRate, Summation.Sequential).CostAfter;
            return cost < 0.001
                ? Feedback.Right($"α = {Format(learningRate)} reaches a cost of {cost:G3}: below 2/λmax ≈ {bound:G3}, so it converges.")
                : Feedback.Hint($"α = {Format(learningRate)} is stable but slow: the cost is still {cost:G3} after 70,000 epochs. Try a larger α below {bound:G3}.");
        }
        catch (TrainingDivergedException diverged)
        {
            return Feedback.Hint($"α = {Format(learningRate)} diverges at epoch {diverged.Epoch}: stay below 2/λmax ≈ {bound:G3}.");
        }
    }
}
