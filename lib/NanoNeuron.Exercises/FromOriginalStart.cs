namespace NanoNeuron.Exercises;

/// <summary>Training as many checkers find their truth: from the original start, on the original's training set.</summary>
internal static class FromOriginalStart
{
    /// <summary>Trains <see cref="Neuron.OriginalStart"/> on the original's training set with <paramref name="optimizer"/>.</summary>
    internal static TrainingResult<Neuron> Train(Optimizer optimizer, TrainingOptions options) =>
        Trainer.Train(new NeuronObjective(NanoNeuron.DataSets.GenerateDataSets().Train), Neuron.OriginalStart, optimizer, options);
}
