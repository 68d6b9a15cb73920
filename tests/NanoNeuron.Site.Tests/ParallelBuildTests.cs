namespace NanoNeuron.Site.Tests;

/// <summary>The site's notebooks run two at a time, are reported in lesson order, and no engine outlives the build.</summary>
public sealed class ParallelBuildTests : IDisposable
{
    private const string Lesson = """
        {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# NN — Lesson\n", "\n", "*A lesson.*"]}],
         "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}}, "nbformat": 4, "nbformat_minor": 5}
        """;

    private readonly string root = Directory.CreateTempSubdirectory("nanoneuron-site-parallel-").FullName;

    public ParallelBuildTests()
    {
        Directory.CreateDirectory(Notebooks);
        foreach (int number in Enumerable.Range(1, 5))
        {
            File.WriteAllText(Path.Combine(Notebooks, $"{number:D2}-lesson.ipynb"), Lesson.Replace("NN", $"{number:D2}", StringComparison.Ordinal));
        }
    }

    private string Notebooks => Path.Combine(root, "notebooks");

    private string Output => Path.Combine(root, "site");

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Build_RunsTwoNotebooksAtATime_AndReportsThemInLessonOrder()
    {
        int running = 0;
        int most = 0;
        using var twoAtOnce = new ManualResetEventSlim();
        (int, string) Engine(string notebook, string executed)
        {
            int now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            if (now == 2)
            {
                twoAtOnce.Set();
            }

            // The first engine waits for a second one: one at a time would never get past here.
            bool together = twoAtOnce.Wait(TimeSpan.FromMinutes(2));
            File.Copy(notebook, executed);
            Interlocked.Decrement(ref running);
            return (together ? 0 : 1, together ? "" : "no second engine ran beside this one");
        }

        using var written = new StringWriter();
        using var error = new StringWriter();
        int exitCode = SiteBuilder.Build(Notebooks, Output, written, error, Engine);

        Assert.True(exitCode == 0, error.ToString());
        Assert.Equal(2, most);
        var reported = written.ToString().Split('\n').Where(line => line.StartsWith('[')).Select(line => line[..line.IndexOf(" ...", StringComparison.Ordinal)]);
        Assert.Equal(Enumerable.Range(1, 5).Select(n => $"[{n}/5] {n:D2}-lesson.ipynb"), reported);
    }

    [Fact]
    public void Build_AFailingNotebook_FailsTheBuildAfterEveryStartedEngineHasFinished()
    {
        int started = 0;
        int finished = 0;
        (int, string) Engine(string notebook, string executed)
        {
            Interlocked.Increment(ref started);
            try
            {
                if (Path.GetFileName(notebook).StartsWith("01", StringComparison.Ordinal))
                {
                    return (1, "lesson 01 failed");
                }

                Thread.Sleep(200); // still running when lesson 01's failure is reported
                File.Copy(notebook, executed);
                return (0, "");
            }
            finally
            {
                Interlocked.Increment(ref finished);
            }
        }

        using var written = new StringWriter();
        using var error = new StringWriter();
        int exitCode = SiteBuilder.Build(Notebooks, Output, written, error, Engine);

        Assert.Equal(1, exitCode);
        Assert.Contains("01-lesson.ipynb", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(Volatile.Read(ref started), Volatile.Read(ref finished));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
