using System.Reflection;
using CsCheck;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>The "predict, then run" machinery, and the rules every checker follows: marked, used by a lesson and tested.</summary>
public class CheckerTests
{
    [Fact]
    public void Number_NotYetAnswered_SaysWhereToWriteThePrediction()
    {
        var feedback = Judge.Number(double.NaN, 4.5, 0.01, "because.");
        Assert.False(feedback.Passed);
        Assert.Contains("in place of double.NaN", feedback.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Number_RightSlipAndWrong_GiveWhyTheHintOrTheDirection()
    {
        Assert.Equal("✓ because.", Judge.Number(4.5, 4.5, 0.01, "because.").ToString());
        Assert.Equal("✗ Not yet: 9: you forgot to halve.", Judge.Number(9, 4.5, 0.01, "because.", (9, "you forgot to halve.")).ToString());
        Assert.Equal("✗ Not yet: 3 is too low. Go over the steps above once more and predict again; the next cell shows the measured value.",
            Judge.Number(3, 4.5, 0.01, "because.", (9, "you forgot to halve.")).ToString());
        Assert.Contains("too high", Judge.Number(5, 4.5, 0.01, "because.").Message, StringComparison.Ordinal);
        Assert.DoesNotContain("4.5", Judge.Number(5, 4.5, 0.01, "because.").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Choice_RightWrongAndUnanswered_GiveWhyTheHintOrTheOptions()
    {
        Assert.True(Judge.Choice('B', 'b', "because.", ('a', "too small.")).Passed);
        Assert.Equal("✗ Not yet: not (a): too small.", Judge.Choice('a', 'b', "because.", ('a', "too small.")).ToString());
        Assert.Equal("✗ Not yet: write one of 'a', 'b', 'c' in place of '?', then run this cell.",
            Judge.Choice('?', 'b', "because.", ('c', "no."), ('a', "too small.")).ToString());
    }

    /// <summary>
    /// Characters a learner may type in place of a letter (attack 8, A8-14): any char, and more often a control or format
    /// character, a space other than the ASCII one, a line separator or half of a surrogate pair.
    /// </summary>
    internal static readonly Gen<char> AnyCharacter = Gen.OneOf<char>(
        Gen.Char,
        Gen.Char['\0', '\u001f'],
        Gen.Char["\u007f\u0085\u00a0\u00ad\u061c\u180e\u2000\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202e\u2060\u2066\u2069\u3000\ufeff\ufff9\ud800\udbff\udc00\udfff"]);

    /// <summary>PrintableText.Escape as the checkers call it, the library's (the site builder holds a copy of the same name, so it is reached by reflection).</summary>
    internal static readonly Func<string, string> Escape = typeof(Neuron).Assembly.GetType("NanoNeuron.Tools.PrintableText", throwOnError: true)!
        .GetMethod("Escape", BindingFlags.Public | BindingFlags.Static)!.CreateDelegate<Func<string, string>>();

    /// <summary>Whether <paramref name="text"/> holds no character a terminal would not show as itself (PrintableText leaves it as it is).</summary>
    internal static bool Shown(string text) => Escape(text) == text;

    /// <summary>
    /// Any character that is not an option (attack 8, A8-14) is echoed as PrintableText writes it (NUL as \u0000, U+202E as
    /// \u202e), and the hint is the same whichever option is right: it never gives the answer away.
    /// </summary>
    [Fact]
    public void Choice_AnyCharacterNotAnOption_IsEchoedEscaped_AndTheHintIsTheSameWhateverTheTruth()
    {
        AnyCharacter.Where(c => char.ToLowerInvariant(c) is not ('a' or 'b' or 'c')).Sample(answer =>
        {
            string[] hints =
            [
                .. "abc".Select(truth => Judge.Choice(answer, truth, "because.", [.. "abc".Where(o => o != truth).Select(o => (o, "no."))]).Message),
                .. "abc".Select(truth => Judge.Choice(answer, () => (truth, "because."), ('a', "no."), ('b', "no."), ('c', "no.")).Message),
            ];
            string echoed = Escape(char.ToLowerInvariant(answer).ToString());
            Assert.All(hints, hint => Assert.Equal($"write one of 'a', 'b', 'c' in place of '{echoed}', then run this cell.", hint));
            Assert.True(Shown(hints[0]), Escape(hints[0]));
        }, iter: 1000, threads: 1);
        Assert.Equal("✗ Not yet: write one of 'a', 'b' in place of '\\u202e', then run this cell.", Judge.Choice('\u202e', 'a', "because.", ('b', "no.")).ToString());
        Assert.Contains("in place of '\\u0000'", Judge.Choice('\0', 'a', "because.", ('b', "no.")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCheckerReturningFeedback_IsMarkedAQuestionOrATryIt_AndLivesInAnExercisesClass()
    {
        var unmarked = typeof(Feedback).Assembly.GetExportedTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => method.ReturnType == typeof(Feedback))
            .Where(method => method.IsDefined(typeof(QuestionAttribute)) == method.IsDefined(typeof(TryItAttribute)))
            .Select(method => $"{method.DeclaringType!.Name}.{method.Name}");
        Assert.Empty(unmarked);
        Assert.All(Exercises.All, checker => Assert.EndsWith("Exercises", checker.Call.Split('.')[0], StringComparison.Ordinal));
    }

    public static TheoryData<string> Checkers => [.. Exercises.All.Select(checker => checker.Call).Distinct()];

    [Theory]
    [MemberData(nameof(Checkers))]
    public void Checker_IsUsedByALessonAndTestedWithItsSolution(string checker)
    {
        string call = checker + "(";
        Assert.Contains(Notebooks.Names, name => Exercises.NotebookCode(name).Contains(call, StringComparison.Ordinal));
        string tests = string.Concat(Directory.EnumerateFiles(Path.Combine(Notebooks.Root, "tests", "NanoNeuron.Notebooks.Tests", "Exercises"), "*.cs")
            .Where(path => !path.EndsWith("CheckerTests.cs", StringComparison.Ordinal)).Select(File.ReadAllText));
        Assert.Contains(call, tests, StringComparison.Ordinal);
    }

    public static TheoryData<string> Lessons => [.. Notebooks.Names.Where(name => name != "00-welcome.ipynb")];

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Lesson_AsksTwoToFourPredictThenRunQuestions(string name)
    {
        string code = Exercises.NotebookCode(name);
        int questions = Exercises.All.Where(checker => checker.IsQuestion).Sum(checker => Exercises.Count(code, checker.Call + "("));
        Assert.InRange(questions, 2, 4);
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Lesson_ChecksItsAnswersWithOneExercisesClass_NamedByTopic(string name)
    {
        string code = Exercises.NotebookCode(name);
        var classes = Exercises.All.Where(checker => code.Contains(checker.Call + "(", StringComparison.Ordinal))
            .Select(checker => checker.Call.Split('.')[0]).Distinct();
        Assert.Single(classes);
    }
}

/// <summary>The checkers, as a lesson calls them (<c>Class.Method</c>), and the lessons' code.</summary>
internal static class Exercises
{
    /// <summary>Every question and "Try it" checker of NanoNeuron.Exercises.</summary>
    public static IReadOnlyList<(string Call, bool IsQuestion)> All { get; } =
    [
        .. typeof(Feedback).Assembly.GetExportedTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => method.IsDefined(typeof(QuestionAttribute)) || method.IsDefined(typeof(TryItAttribute)))
            .Select(method => ($"{method.DeclaringType!.Name}.{method.Name}", method.IsDefined(typeof(QuestionAttribute)))),
    ];

    /// <summary>The C# of a lesson's code cells, joined.</summary>
    public static string NotebookCode(string name) =>
        string.Join("\n", Notebook.Parse(File.ReadAllText(Path.Combine(Notebooks.Folder, name))).Elements
            .Where(cell => cell.KernelName == "csharp").Select(cell => cell.Contents));

    /// <summary>How often <paramref name="call"/> stands in <paramref name="code"/>, not as the end of a longer name.</summary>
    public static int Count(string code, string call) =>
        Enumerable.Range(0, code.Length - call.Length + 1)
            .Count(i => string.CompareOrdinal(code, i, call, 0, call.Length) == 0 && (i == 0 || !(char.IsLetterOrDigit(code[i - 1]) || code[i - 1] == '.')));
}
