using CsCheck;
using NanoNeuron.Site;

namespace NanoNeuron.Live.Tests;

/// <summary>
/// The site builder's --live, given any string: a published runtime makes the site live; anything else (a folder
/// without one of the runtime's files, or with one empty, as attack 11's A11-9 passed) is refused with one line that
/// says what to pass, and nothing is written.
/// </summary>
public sealed class LiveOptionProperties
{
    private const string Lesson = """
        {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# 01 — One"]},
                   {"cell_type": "code", "id": "c01-001", "metadata": {}, "source": ["1 + 1"], "outputs": [], "execution_count": null}],
         "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}}, "nbformat": 4, "nbformat_minor": 5}
        """;

    private static readonly string[] Segments =
        ["runtime", "empty", "hollow", "partial", "notebooks", "..", ".", "", " ", "x y", "a#b", "é", "~", "-x", "--output", "@r", "\t", "a\0b", "\\", "live.js", new string('l', 300)];

    [Fact]
    public void Run_AnyLiveString_BuildsALiveSiteOnlyFromARuntime()
    {
        var paths = Gen.Frequency(
            (3, Gen.Int[0, Segments.Length - 1].Select(i => Segments[i]).Array[1, 3].Select(parts => string.Join('/', parts))),
            (1, Gen.String[0, 10]),
            (1, Gen.Const("runtime")));
        paths.Sample(live => _ = Check(live), iter: 200, threads: 1);
    }

    /// <summary>A folder that is no runtime is refused with what it lacks (attack 11, A11-9: an empty live.js built a "live" site), a path that is no folder with what it is.</summary>
    [Theory]
    [InlineData("hollow", "(its live.js is empty)")]
    [InlineData("partial", "(it holds no _framework/dotnet.js)")]
    [InlineData("empty", "(it holds no live.js)")]
    [InlineData("to-null", "(its live.js is empty)")]
    [InlineData("dangling", "(it holds no live.js)")]
    [InlineData("loop", "(it holds no live.js)")]
    [InlineData("nowhere", "(it does not exist)")] // attack 14, A14a-2: these said "it holds no live.js"
    [InlineData("runtime/live.js", "(it is a file, not a folder)")]
    public void Run_FolderThatIsNoRuntime_SaysWhatItLacksAndHowToPublishOne(string live, string lacks)
    {
        string error = Check(live);
        Assert.Equal($"error: --live '{live}' is not a published live runtime {lacks}: publish the runtime first (dotnet publish tools/NanoNeuron.Live -c Release -o artifacts/live) and pass its wwwroot folder.", error.TrimEnd());
    }

    /// <summary>Whether <paramref name="live"/> names the runtime folder (a name no path can be names nothing).</summary>
    private static bool IsRuntime(string live, string root)
    {
        try
        {
            string folder = Path.GetFullPath(live, root);
            // A regular file with something in it, links followed: cat reads it (a link to nowhere or in a circle does not).
            return LiveSite.RuntimeFiles.All(name => File.ResolveLinkTarget(Path.Combine(folder, name), true) is var target
                && new FileInfo(target?.FullName ?? Path.Combine(folder, name)) is { Exists: true, Length: > 0 });
        }
        catch (IOException)
        {
            return false; // a link in a circle
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>Builds a one-lesson site with --live <paramref name="live"/>, checks it, and returns the builder's errors.</summary>
    private static string Check(string live)
    {
        string root = Directory.CreateTempSubdirectory("nanoneuron-live-option-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "notebooks"));
            File.WriteAllText(Path.Combine(root, "notebooks", "01-one.ipynb"), Lesson);
            foreach (string name in LiveSite.RuntimeFiles)
            {
                foreach (string folder in new[] { "runtime", "hollow", "partial" })
                {
                    // hollow: every file, but an empty page module; partial: every file but .NET's loader.
                    string file = Path.Combine(root, folder, name);
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    if (!(folder == "partial" && name.StartsWith("_framework/", StringComparison.Ordinal)))
                    {
                        File.WriteAllText(file, folder == "hollow" && name == LiveSite.Module ? "" : $"// {name}");
                    }
                }
            }

            Directory.CreateDirectory(Path.Combine(root, "empty"));
            // Every file, but live.js a link (attack 12, A12-3 and A12-4): to /dev/null, to nowhere, to itself.
            foreach (var (folder, target) in new[] { ("to-null", "/dev/null"), ("dangling", "nowhere.js"), ("loop", "live.js") })
            {
                foreach (string name in LiveSite.RuntimeFiles)
                {
                    string file = Path.Combine(root, folder, name);
                    Directory.CreateDirectory(Path.GetDirectoryName(file)!);
                    if (name == LiveSite.Module)
                    {
                        File.CreateSymbolicLink(file, target);
                    }
                    else
                    {
                        File.WriteAllText(file, $"// {name}");
                    }
                }
            }

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

            return error.ToString();
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
