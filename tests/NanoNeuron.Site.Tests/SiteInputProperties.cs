using System.Collections.Concurrent;
using CsCheck;
using Xunit.Abstractions;

namespace NanoNeuron.Site.Tests;

/// <summary>
/// Random strings for --output and --notebooks, through the site's command line (<see cref="SiteCommand.Run"/>, what
/// Program runs): empty, blank, control characters, NUL, '..', '~', '#', spaces, names that look like options, very long
/// names and paths, relative and absolute. Whatever they are, the exit code is 0, 1 or 2, the reason is one line without a
/// stack trace, a refused option (2) changes nothing, and no file outside the output folder changes. The engine is
/// replaced by a copy, so a case takes milliseconds.
/// </summary>
public class SiteInputProperties(ITestOutputHelper log)
{
    private const string Lesson = """
        {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# 01 — One\n", "\n", "*First.*"]}],
         "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}}, "nbformat": 4, "nbformat_minor": 5}
        """;

    /// <summary>The working directory lies this many folders below the sandbox, so that as many ".." stay inside it.</summary>
    private const int Depth = 6;

    private static readonly string[] Segments =
    [
        "notebooks", "site", "artifacts", "new", "..", ".", "", " ", "  ", "x y", "a#b", "a?b", "a%20b", "é", "日本", "~", "*", "-", "-x",
        "--output", "--help", "@site", "@", "\t", "\n", "a\rb", "\u0001", "\u007f", "a\0b", "\\", "01-one.ipynb", "setup.dib", "README.md",
        new string('l', 255), new string('L', 256), new string('n', 1000),
    ];

    private static readonly ConcurrentDictionary<string, int> Outcomes = new();

    private sealed record Case(string Output, string Notebooks, bool GiveNotebooks, int Engine);

    private static Gen<string> Path() =>
        Gen.Frequency(
            (6, Gen.Int[0, Segments.Length - 1].Select(i => Segments[i]).Array[1, Depth - 1]
                .SelectMany(parts => Gen.Bool.Select(absolute => (absolute ? "{sandbox}/" : "") + string.Join('/', parts)))),
            (2, Gen.String[0, 12]),
            (1, Gen.Const("")),
            (1, Gen.OneOf<string>(" ", "\t", " \n ", "/", "//", ".", "..", "./", "../..", "~/site", new string('x', 5000), string.Join('/', Enumerable.Repeat("deep", 1200)))));

    [Fact]
    public void Run_AnyOutputAndNotebooksStrings_ExitCleanlyAndWriteNothingOutsideTheOutputFolder()
    {
        var generator =
            from output in Path()
            from notebooks in Gen.Frequency((3, Gen.Const("notebooks")), (2, Path()))
            from give in Gen.Bool
            from engine in Gen.Int[0, 4]
            select new Case(output, notebooks, give, engine);

        // CsCheck_Iter=5000 in the environment tries more.
        int iterations = int.TryParse(Environment.GetEnvironmentVariable("CsCheck_Iter"), out int n) && n > 400 ? n : 400;
        int before = Outcomes.Values.Sum();
        generator.Sample(Check, iter: iterations, threads: 1);

        int cases = Outcomes.Values.Sum() - before;
        log.WriteLine($"{cases} cases: " + string.Join(", ", Outcomes.OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => $"{o.Key} {o.Value}")));
        Assert.True(cases >= 400, $"{cases} cases");
    }

    private static void Check(Case example)
    {
        string sandbox = Directory.CreateTempSubdirectory("nanoneuron-site-inputs-").FullName;
        try
        {
            string repository = Directory.CreateDirectory(System.IO.Path.Combine([sandbox, .. Enumerable.Repeat("d", Depth - 1), "repository"])).FullName;
            string notebooksFolder = Directory.CreateDirectory(System.IO.Path.Combine(repository, "notebooks")).FullName;
            File.WriteAllText(System.IO.Path.Combine(notebooksFolder, "01-one.ipynb"), Lesson);
            File.WriteAllText(System.IO.Path.Combine(notebooksFolder, "02-two.ipynb"), Lesson.Replace("01 — One", "02 — Two", StringComparison.Ordinal));
            File.WriteAllText(System.IO.Path.Combine(repository, "README.md"), "readme");
            string output = example.Output.Replace("{sandbox}", sandbox, StringComparison.Ordinal);
            string notebooks = example.Notebooks.Replace("{sandbox}", sandbox, StringComparison.Ordinal);
            string[] args = example.GiveNotebooks ? ["--output", output, "--notebooks", notebooks] : ["--output", output];
            var before = Snapshot.Take(sandbox);

            using var written = new StringWriter();
            using var error = new StringWriter();
            int exitCode = SiteCommand.Run(args, repository, written, error, _ => (notebook, executed) => Engine(example.Engine, notebook, executed));

            string message = $"--output '{Escape(output)}' --notebooks '{Escape(notebooks)}' ({example.GiveNotebooks}): exit {exitCode}\n{written}{error}";
            Outcomes.AddOrUpdate($"exit {exitCode}{Reason(error.ToString())}", 1, (_, n) => n + 1);
            Assert.True(exitCode is 0 or 1 or 2, message);
            Assert.DoesNotContain("Exception", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
            Assert.True(exitCode != 2 || error.ToString().TrimEnd().Split('\n').Length == 1, message);
            var after = Snapshot.Take(sandbox);
            var changes = Snapshot.Changes(before, after).ToList();
            if (exitCode == 2)
            {
                Assert.True(changes.Count == 0, message + "\nchanged: " + string.Join(", ", changes.Select(Escape)));
                return;
            }

            string target = NanoNeuron.Tools.RealPath.Of(System.IO.Path.GetFullPath(output, repository));
            foreach (string change in changes)
            {
                bool inside = IsInside(NanoNeuron.Tools.RealPath.Of(change), target);
                bool parentOfTarget = !before.ContainsKey(change) && after.GetValueOrDefault(change) == "folder" && IsInside(target, change);
                Assert.True(inside || parentOfTarget, $"{message}\nchanged '{Escape(change)}', outside '{Escape(target)}'");
                Assert.False(IsInside(change, notebooksFolder), $"{message}\nchanged the notebooks: '{Escape(change)}'");
            }
        }
        finally
        {
            Directory.Delete(sandbox, recursive: true);
        }
    }

    private static readonly string[] Reasons =
        ["is empty", "is blank", "NUL character", "more than a file name can be", "more than a path can be", "is a file", "the notebooks folder", "with other files", "no numbered notebooks", "could not write",
         "path is not usable", "the engine", "Required argument", "Unrecognized", "Unrecognized command or argument"];

    /// <summary>Which reason a message gives, to count the cases by it.</summary>
    private static string Reason(string error) =>
        error.Length == 0 ? "" : " (" + (Reasons.FirstOrDefault(reason => error.Contains(reason, StringComparison.Ordinal)) ?? error.Split(':')[^1].Trim()) + ")";

    /// <summary>0–2: the engine writes the executed copy and exits 0; 3: it exits 1 after writing it; 4: it writes nothing.</summary>
    private static (int, string) Engine(int behaviour, string notebook, string executed)
    {
        if (behaviour < 4)
        {
            File.Copy(notebook, executed);
        }

        return (behaviour < 3 ? 0 : 1, behaviour < 3 ? "" : "the engine failed");
    }

    private static string Escape(string text)
    {
        string shown = text.Length > 200 ? text[..200] + $"…({text.Length} chars)" : text;
        return string.Concat(shown.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString()));
    }

    private static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);
}
