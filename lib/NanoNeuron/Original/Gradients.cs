namespace NanoNeuron;

/// <summary>The slope of the average cost with respect to each parameter.</summary>
/// <remarks>
/// <c>DW = ∂J/∂w = (1/m)·Σ (ŷᵢ − yᵢ)·xᵢ</c> and <c>DB = ∂J/∂b = (1/m)·Σ (ŷᵢ − yᵢ)</c>.
/// They point uphill: gradient descent steps the other way.
/// </remarks>
/// <param name="DW">∂J/∂w, the original's <c>dW</c> with its sign corrected.</param>
/// <param name="DB">∂J/∂b, the original's <c>dB</c> with its sign corrected.</param>
public readonly record struct Gradients(double DW, double DB);
