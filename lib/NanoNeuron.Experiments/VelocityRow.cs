namespace NanoNeuron.Experiments;

/// <summary>One momentum step: the slopes at the start of an epoch and the velocity the step used.</summary>
/// <param name="Epoch">The epoch (0 = the first step).</param>
/// <param name="SlopeW">∂J/∂w before the step.</param>
/// <param name="SlopeB">∂J/∂b before the step.</param>
/// <param name="VelocityW">The velocity for w: the step in w divided by −α.</param>
/// <param name="VelocityB">The velocity for b: the step in b divided by −α.</param>
public sealed record VelocityRow(int Epoch, double SlopeW, double SlopeB, double VelocityW, double VelocityB);
