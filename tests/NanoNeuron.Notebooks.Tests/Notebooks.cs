using NanoNeuron.Lessons;
using NanoNeuron.Site;
using NanoNeuron.Testing;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>The course's notebooks and the tools that run them.</summary>
internal static class Notebooks
{
    public static string Root => RepositoryRoot.Path;

    public static string Folder => Path.Combine(Root, "notebooks");

    /// <summary>Every lesson's notebook, in course order, as the course map lists them (<see cref="CourseMapTests"/> checks that they are the numbered notebooks of notebooks/).</summary>
    public static IReadOnlyList<string> Names { get; } = [.. CourseMap.Lessons.Select(lesson => lesson.File)];

    /// <summary>
    /// Executes a notebook (a name in notebooks/, or a full path) from notebooks/ with the site's runner, the
    /// pinned dotnet-repl, and returns the executed copy's JSON ("" if the engine wrote none).
    /// </summary>
    public static (int ExitCode, string Executed, string Log) ExecuteWithDotnetRepl(string name)
    {
        string notebook = Path.IsPathRooted(name) ? name : Path.Combine(Folder, name);
        string output = Path.Combine(Path.GetTempPath(), $"nanoneuron-{Guid.NewGuid():N}-{Path.GetFileName(name)}");
        var (exitCode, log) = NotebookRunner.Execute(notebook, output, Folder);
        string executed = File.Exists(output) ? File.ReadAllText(output) : "";
        File.Delete(output);
        return (exitCode, executed, log);
    }
}
