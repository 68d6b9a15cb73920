using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using NanoNeuron.Lessons;
using NanoNeuron.Site;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>
/// The course map (lib/NanoNeuron.Lessons) is the one list of lessons: it names exactly the numbered notebooks of
/// notebooks/, in order and by part, and the site builder, these tests and .ci/jupyter all take their lessons from it.
/// </summary>
public partial class CourseMapTests
{
    private static IEnumerable<string> Files(IEnumerable<Lesson> lessons) => lessons.Select(lesson => lesson.File);

    [Fact]
    public void CourseMap_ListsExactlyTheNumberedNotebooksOfTheNotebooksFolder()
    {
        var found = CourseMap.NumberedNotebooks(Notebooks.Folder).Select(path => Path.GetFileName(path)).ToList();
        var missing = found.Except(Files(CourseMap.Lessons), StringComparer.Ordinal).ToList();
        var extra = Files(CourseMap.Lessons).Except(found, StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"lib/NanoNeuron.Lessons/CourseMap.cs and notebooks/ disagree: not in the course map: [{string.Join(", ", missing)}]; no such notebook: [{string.Join(", ", extra)}]");
        Assert.Equal(Files(CourseMap.Lessons), found);
    }

    [Fact]
    public void CourseMap_NumbersIncrease_AndEveryFileIsANumberedNotebookWithoutSpaces()
    {
        Assert.All(CourseMap.Lessons, lesson =>
        {
            Assert.InRange(lesson.Number, 0, 99);
            Assert.Matches(LessonName(), lesson.Name);
            Assert.True(CourseMap.IsNumberedNotebook(lesson.File), lesson.File);
        });
        Assert.All(CourseMap.Lessons.Zip(CourseMap.Lessons.Skip(1)), pair => Assert.True(pair.First.Number < pair.Second.Number, $"{pair.First.File} before {pair.Second.File}"));
    }

    [Fact]
    public void CourseMap_PartOne_IsTheWelcomeAndLessons01To08()
    {
        Assert.Equal(Enumerable.Range(0, 9), CourseMap.In(Part.One).Select(lesson => lesson.Number));
        Assert.Equal("00-welcome.ipynb", CourseMap.Lessons[0].File);
    }

    [Fact]
    public void CourseMap_PartTwo_StartsAt09AfterPartOne_AndTheAppendixOnTheOriginalEndsTheCourse()
    {
        Assert.Equal(9, CourseMap.In(Part.Two)[0].Number);
        Assert.Equal(CourseMap.Lessons.Select(lesson => lesson.Part).Order(), CourseMap.Lessons.Select(lesson => lesson.Part));
        Assert.Equal(["appendix-the-original"], CourseMap.In(Part.Appendix).Select(lesson => lesson.Name));
        Assert.Equal(CourseMap.In(Part.Appendix)[0], CourseMap.Lessons[^1]);
    }

    [Fact]
    public void SiteBuilder_BuildsTheCourseMapsLessons_InItsOrder()
    {
        Assert.Equal(Files(CourseMap.Lessons), SiteBuilder.Lessons(Notebooks.Folder).Select(path => Path.GetFileName(path)));
    }

    [Fact]
    public void SiteCommand_ListLessons_PrintsTheCourseMapOneFileALine_AndBuildsNothing()
    {
        string empty = Directory.CreateTempSubdirectory("nanoneuron-list-").FullName;
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            int exitCode = SiteCommand.Run(["--list-lessons"], empty, output, error);
            Assert.Equal(0, exitCode);
            Assert.Equal(string.Concat(Files(CourseMap.Lessons).Select(file => file + "\n")), output.ToString());
            Assert.Equal("", error.ToString());
            Assert.Empty(Directory.EnumerateFileSystemEntries(empty));
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    /// <summary>
    /// --list-lessons with an option of the build beside it (attack 11, A11-6: --notebooks was silently ignored) is refused,
    /// naming the option, and nothing is printed or made; any order, with the option's value or not.
    /// </summary>
    [Theory]
    [InlineData("--notebooks", "nb1")]
    [InlineData("--output", "out")]
    [InlineData("--live", "artifacts/live/wwwroot")]
    [InlineData("--timeout-minutes", "3")]
    public void SiteCommand_ListLessonsWithABuildOption_IsRefusedNamingIt(string option, string value)
    {
        string empty = Directory.CreateTempSubdirectory("nanoneuron-list-").FullName;
        try
        {
            foreach (string[] args in new[] { new[] { "--list-lessons", option, value }, [option, value, "--list-lessons"] })
            {
                using var output = new StringWriter();
                using var error = new StringWriter();
                int exitCode = SiteCommand.Run(args, empty, output, error);
                Assert.Equal(2, exitCode);
                Assert.Equal("", output.ToString());
                Assert.Equal($"error: --list-lessons prints the course map's lessons and builds nothing, so it takes no {option}: run it alone, or drop --list-lessons to build.\n", error.ToString());
                Assert.Empty(Directory.EnumerateFileSystemEntries(empty));
            }
        }
        finally
        {
            Directory.Delete(empty, recursive: true);
        }
    }

    [Fact]
    public void CiJupyter_RunsTheLessonsTheSiteBuilderLists_NotAGlobOfItsOwn()
    {
        string script = File.ReadAllText(Path.Combine(Notebooks.Root, ".ci", "jupyter"));
        Assert.Contains("dotnet run --project tools/NanoNeuron.Site -v q -- --list-lessons", script, StringComparison.Ordinal);
        Assert.DoesNotContain("*.ipynb", script, StringComparison.Ordinal);
    }

    public static TheoryData<string> LessonsAfterTheWelcome => [.. Files(CourseMap.Lessons.Skip(1))];

    [Theory]
    [MemberData(nameof(LessonsAfterTheWelcome))]
    public void Welcome_CourseMap_LinksTheLesson(string file)
    {
        string markdown = string.Join("\n", Notebook.Parse(File.ReadAllText(Path.Combine(Notebooks.Folder, "00-welcome.ipynb"))).Elements
            .Where(cell => cell.KernelName == "markdown").Select(cell => cell.Contents));
        Assert.Contains($"]({file})", markdown, StringComparison.Ordinal);
    }

    private static readonly string[] NamedByTopic = ["lib", "tests"];

    [Fact]
    public void LessonNumbers_BelongToTheCourseMapAlone_NoFileInLibOrTestsAndNoCheckerExperimentOrChartTypeNamesOne()
    {
        var files = NamedByTopic
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(Notebooks.Root, folder), "*", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(Notebooks.Root, path))
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Where(path => LessonNumber().IsMatch(Path.GetFileName(path)));
        var types = new[] { typeof(Feedback), typeof(LearningRates), typeof(Charts.TrainingCharts) }
            .SelectMany(type => type.Assembly.GetTypes()).Select(type => type.FullName!).Where(name => LessonNumber().IsMatch(name));

        Assert.Empty(files);
        Assert.Empty(types);
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex LessonName();

    /// <summary>A lesson's number in a name: "Lesson07", "lesson_7", or a leading "07-" as the notebooks have.</summary>
    [GeneratedRegex(@"(?i)lesson_?[0-9]|^[0-9]{2}[-_]")]
    private static partial Regex LessonNumber();
}
