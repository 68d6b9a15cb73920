namespace NanoNeuron.Notebooks.Tests;

/// <summary>Worked solutions for <see cref="VectorizationExercises"/>: try first, then compare.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>A sum the way a register of four doubles adds: four running totals, then added in pairs.</summary>
    public static Func<double[], double> FourLaneSum => numbers =>
    {
        double[] totals = new double[4];
        for (int i = 0; i < numbers.Length; i++)
        {
            totals[i % 4] += numbers[i];
        }

        return (totals[0] + totals[1]) + (totals[2] + totals[3]);
    };
}

/// <summary><see cref="VectorizationExercises"/>'s checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void FourLaneSum_SolutionPasses_TheLoopsOrderBlocksAndAChainGetHints()
    {
        Accepted(VectorizationExercises.FourLaneSum(ExerciseSolutions.FourLaneSum));
        Rejected(VectorizationExercises.FourLaneSum(numbers => numbers.Aggregate(0.0, (total, n) => total + n)), "the loop's order");
        Rejected(VectorizationExercises.FourLaneSum(numbers =>
        {
            int quarter = numbers.Length / 4;
            double[] t = [.. Enumerable.Range(0, 4).Select(lane => numbers.Skip(lane * quarter).Take(quarter).Aggregate(0.0, (a, n) => a + n))];
            return (t[0] + t[1]) + (t[2] + t[3]);
        }), "block of neighbours");
        Rejected(VectorizationExercises.FourLaneSum(numbers =>
        {
            double[] t = new double[4];
            for (int i = 0; i < numbers.Length; i++)
            {
                t[i % 4] += numbers[i];
            }

            return ((t[0] + t[1]) + t[2]) + t[3];
        }), "in pairs");
        Rejected(VectorizationExercises.FourLaneSum(numbers => 0), "every number should be added once");
    }

    [Fact]
    public void FourLaneSum_DiffersFromTheLoopsSum_OnTheSlopeTermsAndTheSpreadNumbers()
    {
        foreach (double[] numbers in new[] { VectorizationExercises.SlopeTerms(), VectorizationExercises.SpreadNumbers() })
        {
            Assert.NotEqual(VectorizationExercises.OneByOne(numbers), VectorizationExercises.FourLanes(numbers));
            Assert.Equal(VectorizationExercises.OneByOne(numbers), VectorizationExercises.FourLanes(numbers), 1e-6 * numbers.Sum(Math.Abs));
        }
    }
}

/// <summary><see cref="VectorizationExercises"/>'s predict-then-run questions accept the truth and explain the other options.</summary>
public partial class ExerciseTests
{
    [Fact]
    public void VectorizedPredictions_AgreeToTheLastBit()
    {
        Accepted(VectorizationExercises.VectorizedPredictions('a'));
        Rejected(VectorizationExercises.VectorizedPredictions('b'), "which operations, on which numbers");
        Rejected(VectorizationExercises.VectorizedPredictions('c'), "nothing is approximated");
    }

    [Fact]
    public void AdditionOrder_ChangesTheLastDigit()
    {
        Accepted(VectorizationExercises.AdditionOrder('b'));
        Rejected(VectorizationExercises.AdditionOrder('a'), "rounds its result to the nearest double");
        Rejected(VectorizationExercises.AdditionOrder('x'), "in place of 'x'");
    }

    [Fact]
    public void PassesPerEpoch_SixCallsAreSixPasses()
    {
        Accepted(VectorizationExercises.PassesPerEpoch('b'));
        Rejected(VectorizationExercises.PassesPerEpoch('a'), "one operation and returns");
        Rejected(VectorizationExercises.PassesPerEpoch('c'), "single TensorPrimitives call");
    }
}
