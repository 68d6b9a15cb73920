namespace NanoNeuron.Optimization;

/// <summary>Where training was after some epochs.</summary>
/// <typeparam name="TModel">The model trained.</typeparam>
/// <param name="Epoch">How many epochs had been made.</param>
/// <param name="Model">The model at that point.</param>
/// <param name="Cost">Its average cost on the examples (for <see cref="TrainingResult{TModel}.BestValidation"/>, on the validation examples).</param>
public readonly record struct Snapshot<TModel>(int Epoch, TModel Model, double Cost);
