using NanoNeuron.Data;

namespace NanoNeuron.Experiments;

/// <summary>The settings of the overfitting experiment: its readings, its training, and the weight decay it tries.</summary>
/// <param name="Seed">The seed of the readings and of their split.</param>
/// <param name="Noise">The noise of the readings, σ in °F: a very cheap thermometer, five times as noisy as <see cref="Thermometer.NoiseStandardDeviation"/>.</param>
/// <param name="Epochs">How many epochs the network trains.</param>
/// <param name="LearningRate">Adam's α.</param>
/// <param name="WeightDecay">λ of the weight decay tried.</param>
public sealed record OverfittingSettings(int Seed, double Noise, int Epochs, double LearningRate, double WeightDecay);
