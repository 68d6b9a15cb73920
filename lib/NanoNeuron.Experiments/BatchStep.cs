namespace NanoNeuron.Experiments;

/// <summary>One step of a mini-batch run, replayed: the batch's own bowl and what the step did to the cost over every example.</summary>
/// <param name="Epoch">The epoch, counted from 1 (the first pass over the examples).</param>
/// <param name="Batch">The batch within its epoch, counted from 1.</param>
/// <param name="Curvature">λ, how sharply the batch's own cost curves across its valley (the largest eigenvalue of its Hessian).</param>
/// <param name="Factor">1 − αλ: what the step multiplies the distance across the batch's valley by.</param>
/// <param name="SteepDirection">The direction across the batch's valley, in degrees from the w axis (see <see cref="MiniBatches.SteepDirection"/>).</param>
/// <param name="CostBefore">The cost over every example before the step.</param>
/// <param name="CostAfter">The cost over every example after the step.</param>
public sealed record BatchStep(int Epoch, int Batch, double Curvature, double Factor, double SteepDirection, double CostBefore, double CostAfter);
