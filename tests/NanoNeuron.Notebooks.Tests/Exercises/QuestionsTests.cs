using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>The "predict, then run" machinery, and the rule that every checker is used by a lesson and tested.</summary>
public partial class QuestionsTests
{
    [Fact]
    public void Number_NotYetAnswered_SaysWhereToWriteThePrediction()
    {
        var feedback = Questions.Number(double.NaN, 4.5, 0.01, "because.");
        Assert.False(feedback.Passed);
        Assert.Contains("in place of double.NaN", feedback.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Number_RightSlipAndWrong_GiveWhyTheHintAndTheTruth()
    {
        Assert.Equal("✓ because.", Questions.Number(4.5, 4.5, 0.01, "because.").ToString());
        Assert.Equal("✗ Not yet: 9: you forgot to halve.", Questions.Number(9, 4.5, 0.01, "because.", (9, "you forgot to halve.")).ToString());
        Assert.Equal("✗ Not yet: it is 4.5, not 3: because.", Questions.Number(3, 4.5, 0.01, "because.", (9, "you forgot to halve.")).ToString());
    }

    [Fact]
    public void Choice_RightWrongAndUnanswered_GiveWhyTheHintOrTheOptions()
    {
        Assert.True(Questions.Choice('B', 'b', "because.", ('a', "too small.")).Passed);
        Assert.Equal("✗ Not yet: not (a): too small.", Questions.Choice('a', 'b', "because.", ('a', "too small.")).ToString());
        Assert.Equal("✗ Not yet: write one of 'a', 'b', 'c' in place of '?', then run this cell.",
            Questions.Choice('?', 'b', "because.", ('c', "no."), ('a', "too small.")).ToString());
    }

    public static TheoryData<string> Checkers =>
    [
        .. new[] { typeof(TryIt), typeof(Questions) }.SelectMany(type =>
            type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                .Where(method => method.ReturnType == typeof(Feedback))
                .Select(method => $"{type.Name}.{method.Name}"))
            .Distinct(),
    ];

    [Theory]
    [MemberData(nameof(Checkers))]
    public void Checker_IsUsedByALessonAndTestedWithItsSolution(string checker)
    {
        string call = checker + "(";
        Assert.Contains(Notebooks.Names, name => NotebookCode(name).Contains(call, StringComparison.Ordinal));
        string tests = string.Concat(Directory.EnumerateFiles(Path.Combine(Notebooks.Root, "tests", "NanoNeuron.Notebooks.Tests", "Exercises"), "*.cs")
            .Where(path => !path.EndsWith("QuestionsTests.cs", StringComparison.Ordinal)).Select(File.ReadAllText));
        Assert.Contains(call, tests, StringComparison.Ordinal);
    }

    public static TheoryData<string> Lessons => [.. Notebooks.Names.Where(name => name != "00-welcome.ipynb")];

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Lesson_AsksTwoToFourPredictThenRunQuestions(string name)
    {
        int questions = QuestionCall().Count(NotebookCode(name));
        Assert.InRange(questions, 2, 4);
    }

    private static string NotebookCode(string name) =>
        string.Join("\n", Notebook.Parse(File.ReadAllText(Path.Combine(Notebooks.Folder, name))).Elements
            .Where(cell => cell.KernelName == "csharp").Select(cell => cell.Contents));

    [GeneratedRegex(@"\bQuestions\.\w+\(")]
    private static partial Regex QuestionCall();
}
