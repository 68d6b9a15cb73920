using CsCheck;
using NanoNeuron.Site;

namespace NanoNeuron.Live.Tests;

/// <summary>
/// The site builder's --live, given any string: a published runtime makes the site live; anything else is refused
/// with one line that says what to pass, and nothing is written.
/// </summary>
public sealed class LiveOptionProperties
{
    private const string Lesson = """
        {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# 01 — One"]},
                   {"cell_type": "code", "id": "c01-001", "metadata": {}, "source": ["1 + 1"], "outputs": [], "execution_count": null}],
         "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}}, "nbformat": 4, "nbformat_minor": 5}
        """;

    private static readonly string[] Segments =
        ["runtime", "empty", "notebooks", "..", ".", "", " ", "x y", "a#b", "é", "~", "-x", "--output", "@r", "\t", "a\0b", "\\", "live.js", new string('l', 300)];

    [Fact]
    public void Run_AnyLiveString_BuildsALiveSiteOnlyFromARuntime()
    {
        var paths = Gen.Frequency(
            (3, Gen.Int[0, Segments.Length - 1].Select(i => Segments[i]).Array[1, 3].Select(parts => string.Join('/', parts))),
            (1, Gen.String[0, 10]),
            (1, Gen.Const("runtime")));
        paths.Sample(Check, iter: 200, threads: 1);
    }

    /// <summary>Whether <paramref name="live"/> names the runtime folder (a name no path can be names nothing).</summary>
    private static bool IsRuntime(string live, string root)
    {
        try
        {
            return File.Exists(Path.Combine(Path.GetFullPath(live, root), "live.js"));
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void Check(string live)
    {
        string root = Directory.CreateTempSubdirectory("nanoneuron-live-option-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "notebooks"));
            File.WriteAllText(Path.Combine(root, "notebooks", "01-one.ipynb"), Lesson);
            Directory.CreateDirectory(Path.Combine(root, "runtime", "_framework"));
            File.WriteAllText(Path.Combine(root, "runtime", "live.js"), "// the page module");
            File.WriteAllText(Path.Combine(root, "runtime", "_framework", "dotnet.js"), "// the runtime");
            Directory.CreateDirectory(Path.Combine(root, "empty"));

            using var output = new StringWriter();
            using var error = new StringWriter();
            int exit = SiteCommand.Run(["--output", "site", "--live", live], root, output, error,
                _ => (notebook, executed) => { File.Copy(notebook, executed); return (0, ""); });

            string message = $"--live '{live.Replace("\0", "\\0", StringComparison.Ordinal)}': exit {exit}, {error}";
            if (IsRuntime(live, root))
            {
                Assert.True(exit == 0, message);
                Assert.True(File.Exists(Path.Combine(root, "site", "live", "_framework", "dotnet.js")), message);
                Assert.Contains("live/live.js", File.ReadAllText(Path.Combine(root, "site", "01-one.html")), StringComparison.Ordinal);
            }
            else
            {
                Assert.True(exit == 2, message);
                Assert.Single(error.ToString().TrimEnd().Split('\n'));
                Assert.DoesNotContain("Exception", error.ToString(), StringComparison.Ordinal);
                Assert.False(Directory.Exists(Path.Combine(root, "site")), message);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
