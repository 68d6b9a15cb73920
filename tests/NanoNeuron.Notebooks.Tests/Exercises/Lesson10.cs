namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 10's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>10 — back to raw inputs: w′·(x − μ)/σ + b′ = (w′/σ)·x + (b′ − w′·μ/σ).</summary>
    public static Func<Neuron, Standardizer, Neuron> ToOriginal => (model, s) =>
        new Neuron(model.Weight / s.StandardDeviation, model.Bias - model.Weight * s.Mean / s.StandardDeviation);
}

/// <summary>Lesson 10's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void ToOriginal_SolutionPasses_CommonSlipsGetHints()
    {
        Accepted(TryIt.ToOriginal(ExerciseSolutions.ToOriginal));
        Rejected(TryIt.ToOriginal((m, s) => new Neuron(m.Weight * s.StandardDeviation, m.Bias)), "w′/σ, not w′·σ");
        Rejected(TryIt.ToOriginal((m, s) => new Neuron(m.Weight / s.StandardDeviation, m.Bias)), "subtract w′·μ/σ");
    }
}
