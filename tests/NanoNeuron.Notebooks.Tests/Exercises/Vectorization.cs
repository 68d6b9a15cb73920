using System.Numerics.Tensors;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>Worked solutions for <see cref="VectorizationExercises"/>: try first, then compare.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>Backward propagation in two vectorized calls.</summary>
    public static Func<double[], double[], Gradients> VectorizedGradients => (errors, x) =>
        new Gradients(TensorPrimitives.Dot<double>(errors, x) / x.Length, TensorPrimitives.Sum<double>(errors) / x.Length);
}

/// <summary><see cref="VectorizationExercises"/>'s checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void VectorizedGradients_SolutionPasses_SumsAndSwapsGetHints()
    {
        Accepted(VectorizationExercises.VectorizedGradients(ExerciseSolutions.VectorizedGradients));
        Rejected(VectorizationExercises.VectorizedGradients((e, x) => new Gradients(TensorPrimitives.Dot<double>(e, x), TensorPrimitives.Sum<double>(e))), "divide both by m");
        Rejected(VectorizationExercises.VectorizedGradients((e, x) => new Gradients(TensorPrimitives.Sum<double>(e) / x.Length, TensorPrimitives.Dot<double>(e, x) / x.Length)), "swapped");
    }
}

/// <summary><see cref="VectorizationExercises"/>'s predict-then-run questions accept the truth and explain the other options.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void VectorizedPredictions_AgreeToTheLastBit()
    {
        Accepted(VectorizationExercises.VectorizedPredictions('a'));
        Rejected(VectorizationExercises.VectorizedPredictions('b'), "no order of additions");
        Rejected(VectorizationExercises.VectorizedPredictions('c'), "nothing is approximated");
    }

    [Fact]
    public void AdditionOrder_ChangesTheLastDigit()
    {
        Accepted(VectorizationExercises.AdditionOrder('b'));
        Rejected(VectorizationExercises.AdditionOrder('a'), "rounds its result");
        Rejected(VectorizationExercises.AdditionOrder('x'), "in place of 'x'");
    }
}
