using System.CommandLine;
using NanoNeuron.Lessons;
using NanoNeuron.Tools;

namespace NanoNeuron.Site;

/// <summary>The site builder's command line: options → <see cref="SiteBuilder.Build(string, string, TextWriter, TextWriter, SiteBuilder.Engine, string, string, CancellationToken)"/>.</summary>
internal static class SiteCommand
{
    /// <summary>The longest --timeout-minutes accepted: a day.</summary>
    public const int MaxTimeoutMinutes = 24 * 60;

    /// <summary>
    /// Parses <paramref name="args"/> and builds the site: exit code 0, 1 (a notebook failed or the site could not be written),
    /// 2 (a bad option), 74 (standard output could not be written) or <see cref="SiteBuilder.Stopped"/> (<paramref name="stop"/>
    /// was cancelled: a termination signal), with a one-line reason on <paramref name="error"/>. Relative paths resolve from
    /// <paramref name="workingDirectory"/>: null when the current folder no longer exists, and then a build is refused
    /// (exit 2, <see cref="FolderGone"/>) while --help and --list-lessons, which need no folder, still answer; <paramref name="engine"/> makes the engine for a timeout (by default the pinned
    /// dotnet-repl, which <paramref name="stop"/> stops with every process it started).
    /// </summary>
    public static int Run(
        string[] args, string? workingDirectory, TextWriter output, TextWriter error, Func<TimeSpan, SiteBuilder.Engine>? engine = null, CancellationToken stop = default)
    {
        var stdout = StandardStream.Output(output);
        var stderr = StandardStream.Error(error);
        try
        {
            return Run(args, workingDirectory, stdout, stderr, engine, stop);
        }
        catch (UnwritableStreamException unwritable) when (unwritable.Stream == stdout)
        {
            stderr.WriteLine($"error: {unwritable.Message}.");
            return UnwritableStreamException.ExitCode;
        }
    }

    private static int Run(
        string[] args, string? workingDirectory, StandardStream output, StandardStream error, Func<TimeSpan, SiteBuilder.Engine>? engine, CancellationToken stop)
    {
        bool pinnedEngine = engine is null;
        engine ??= timeout => (notebook, executed) => NotebookRunner.Execute(notebook, executed, timeout: timeout, stop: stop);
        var notebooks = new Option<string>("--notebooks")
        {
            Description = "The folder of the course's notebooks.",
            DefaultValueFactory = _ => "notebooks",
        };
        var site = new Option<string>("--output")
        {
            Description = "Where to write the site: a new or empty folder, or one this tool built before; never in or around the notebooks.",
            DefaultValueFactory = _ => Path.Combine("artifacts", "site"),
        };
        var timeout = new Option<int>("--timeout-minutes")
        {
            Description = "How long one notebook may run before the engine is stopped and the build fails.",
            DefaultValueFactory = _ => (int)NotebookRunner.DefaultTimeout.TotalMinutes,
            CustomParser = result =>
            {
                string text = result.Tokens.Count == 1 ? result.Tokens[0].Value : "";
                if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int minutes)
                    && minutes is >= 1 and <= MaxTimeoutMinutes)
                {
                    return minutes;
                }

                result.AddError($"--timeout-minutes '{text}' is not a whole number of minutes from 1 to {MaxTimeoutMinutes}.");
                return 0;
            },
        };
        var live = new Option<string?>("--live")
        {
            Description = "The published live runtime (the wwwroot folder of dotnet publish tools/NanoNeuron.Live): makes every lesson's cells editable and runnable in the browser.",
        };
        var listLessons = new Option<bool>("--list-lessons")
        {
            Description = "Print the course's lessons (notebooks/NN-name.ipynb, from the course map), one file name a line in course order, and build nothing; it takes no other option.",
        };
        var command = new RootCommand("Executes every notebook with the pinned dotnet-repl and writes the course as a static site that works offline.")
        {
            notebooks, site, timeout, live, listLessons,
        };
        // --list-lessons builds nothing: an option of the build beside it would be silently ignored, so it is refused.
        command.SetAction(parsed => parsed.GetValue(listLessons)
            ? new Option[] { notebooks, site, timeout, live }.FirstOrDefault(option => parsed.GetResult(option) is { Implicit: false }) is { } other
                ? Refuse(error, $"--list-lessons prints the course map's lessons and builds nothing, so it takes no {other.Name}: run it alone, or drop --list-lessons to build.")
                : ListLessons(output)
            : workingDirectory is null
                ? Refuse(error, FolderGone)
            : pinnedEngine && EngineProblem(parsed.GetValue(notebooks)!, workingDirectory) is { } problem
                ? Refuse(error, problem)
            : SiteBuilder.Build(
                parsed.GetValue(notebooks)!, parsed.GetValue(site)!, output, error, engine(TimeSpan.FromMinutes(parsed.GetValue(timeout))), workingDirectory, parsed.GetValue(live), stop));

        // No response files: "--output @site" names a folder, it does not read arguments from a file called "site".
        var result = command.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Errors.Count > 0)
        {
            error.WriteLine($"error: {SiteBuilder.Shown(result.Errors[0].Message)} Run with --help to see the options.");
            return 2;
        }

        // Exceptions are not caught by System.CommandLine, which would print them with a stack trace: a standard output that
        // fails is reported above, and the builder reports everything else.
        return result.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
    }

    /// <summary>
    /// Why the pinned engine would fail every notebook of <paramref name="notebooks"/> (<see cref="NotebookRunner.MissingEngine"/>),
    /// found before anything starts; null if it can run them, or if the folder is unusable or missing (the builder says so).
    /// </summary>
    private static string? EngineProblem(string notebooks, string workingDirectory)
    {
        if (SiteBuilder.UnusablePath("--notebooks", notebooks) is not null)
        {
            return null;
        }

        string folder;
        try
        {
            folder = Path.GetFullPath(notebooks, workingDirectory);
        }
        catch (ArgumentException)
        {
            return null;
        }

        return Directory.Exists(folder) && NotebookRunner.MissingEngine(folder) is { } missing
            ? $"--notebooks '{SiteBuilder.Shown(notebooks)}': {SiteBuilder.Shown(missing)}"
            : null;
    }

    /// <summary>Why nothing is built when the current folder no longer exists (deleted, or replaced by a new one, after the shell entered it).</summary>
    /// <remarks>Even absolute paths are refused: the shell's folder is gone, so the learner is not where they think.</remarks>
    public const string FolderGone =
        "the current folder no longer exists (it was deleted or replaced after the shell entered it), so no path can be resolved from it: cd to the repository's root, then run the builder again.";

    private static int Refuse(TextWriter error, string reason)
    {
        error.WriteLine($"error: {reason}");
        return 2;
    }

    /// <summary>--list-lessons: the course map's notebooks, one a line ("\n", whatever the platform), for scripts such as .ci/jupyter.</summary>
    private static int ListLessons(TextWriter output)
    {
        foreach (var lesson in CourseMap.Lessons)
        {
            output.Write(lesson.File + "\n");
        }

        return 0;
    }
}
