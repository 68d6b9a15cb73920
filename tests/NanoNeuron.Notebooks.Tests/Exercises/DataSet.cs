namespace NanoNeuron.Notebooks.Tests;

/// <summary>Worked solutions for <see cref="DataSetExercises"/>: try first, then compare.</summary>
public static partial class ExerciseSolutions
{
    /// <summary>A test set of its own: temperatures between the whole degrees of training, within 0–100 °C.</summary>
    public static DataSet TestSet()
    {
        double[] celsius = [2.5, 12.25, 40.5, 77.7, 98.1];
        return new DataSet(celsius, celsius.Select(Temperature.CelsiusToFahrenheit));
    }
}

/// <summary><see cref="DataSetExercises"/>'s checkers accept the solutions and give the right hints for the common slips.</summary>
public partial class ExerciseTests
{
    private static DataSet Converted(params double[] celsius) => new(celsius, celsius.Select(Temperature.CelsiusToFahrenheit));

    [Fact]
    public void TestSet_SolutionPasses_OverlapRangeTargetsAndSizeGetHints()
    {
        Accepted(DataSetExercises.TestSet(ExerciseSolutions.TestSet()));
        Rejected(DataSetExercises.TestSet(Converted(0, 1, 2, 3, 4)), "x = 0 is also a training example");
        Assert.DoesNotContain("between the whole degrees", DataSetExercises.TestSet(Converted(0, 1, 2, 3, 4)).Message, StringComparison.Ordinal);
        Rejected(DataSetExercises.TestSet(Converted(0.5, 1.5, 150.5, 3.5, 4.5)), "x = 150.5 is outside 0–100 °C");
        Rejected(DataSetExercises.TestSet(new DataSet([0.5, 1.5, 2.5, 3.5, 4.5], [0.5, 1.5, 2.5, 3.5, 4.5])), "a test example needs the correct answer");
        Rejected(DataSetExercises.TestSet(Converted(0.5)), "at least 5");
        Rejected(DataSetExercises.TestSet(Converted(0.5, 0.5, 0.5, 0.5, 0.5)), "at least 5 different ones");
    }

    [Fact]
    public void DataSetQuestions_RightAnswersPass_SlipsGetTheirHints()
    {
        Accepted(DataSetExercises.TrainingScoreTableOrNeuron('c'));
        Rejected(DataSetExercises.TrainingScoreTableOrNeuron('a'), "check the perfect neuron");
        Rejected(DataSetExercises.TrainingScoreTableOrNeuron('b'), "which answers has it stored");
        Rejected(DataSetExercises.TrainingScoreTableOrNeuron('?'), "in place of '?'");

        Accepted(DataSetExercises.LookupAnswersTest(0));
        Rejected(DataSetExercises.LookupAnswersTest(100), "is 0.5 one of them");
        Rejected(DataSetExercises.LookupAnswersTest(99), "which of them has the table stored");
        Assert.DoesNotContain("no answer", DataSetExercises.LookupAnswersTest(99).Message, StringComparison.Ordinal);

        Accepted(DataSetExercises.LineThroughTwoExamples(100));
        Rejected(DataSetExercises.LineThroughTwoExamples(2), "it is not a table");
        Rejected(DataSetExercises.LineThroughTwoExamples(0), "that is the table");
        Rejected(DataSetExercises.LineThroughTwoExamples(50), "50 is too low");
    }
}
