using System.Numerics.Tensors;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Lesson 11's worked solutions.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>11 — backward propagation in two vectorized calls.</summary>
    public static Func<double[], double[], Gradients> VectorizedGradients => (errors, x) =>
        new Gradients(TensorPrimitives.Dot<double>(errors, x) / x.Length, TensorPrimitives.Sum<double>(errors) / x.Length);
}

/// <summary>Lesson 11's checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void VectorizedGradients_SolutionPasses_SumsAndSwapsGetHints()
    {
        Accepted(TryIt.VectorizedGradients(ExerciseSolutions.VectorizedGradients));
        Rejected(TryIt.VectorizedGradients((e, x) => new Gradients(TensorPrimitives.Dot<double>(e, x), TensorPrimitives.Sum<double>(e))), "divide both by m");
        Rejected(TryIt.VectorizedGradients((e, x) => new Gradients(TensorPrimitives.Sum<double>(e) / x.Length, TensorPrimitives.Dot<double>(e, x) / x.Length)), "swapped");
    }
}

/// <summary>Lesson 11's predict-then-run questions accept the truth and explain the other options.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void VectorizedPredictions_AgreeToTheLastBit()
    {
        Accepted(Questions.VectorizedPredictions('a'));
        Rejected(Questions.VectorizedPredictions('b'), "no order of additions");
        Rejected(Questions.VectorizedPredictions('c'), "nothing is approximated");
    }

    [Fact]
    public void AdditionOrder_ChangesTheLastDigit()
    {
        Accepted(Questions.AdditionOrder('b'));
        Rejected(Questions.AdditionOrder('a'), "rounds its result");
        Rejected(Questions.AdditionOrder('x'), "in place of 'x'");
    }
}
