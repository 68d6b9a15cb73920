using CsCheck;

namespace NanoNeuron.Site.Tests;

/// <summary>
/// Builds one after another into the same folder (issue 19), with lessons added, renamed and removed, a glossary that
/// comes and goes, engines that fail or write nothing, and files of someone else's put into the site between builds. After
/// a build that failed the folder is exactly as it was; after one that succeeded it holds exactly what this build wrote and
/// the other files, untouched: nothing an earlier build wrote and this one did not, and no staging folder.
/// </summary>
public class SiteFolderProperties
{
    private const string Lesson = """
        {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# TITLE\n", "\n", "*A lesson.*"]}],
         "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}}, "nbformat": 4, "nbformat_minor": 5}
        """;

    /// <summary>Each lesson number has two names it may go by (renaming one is the other).</summary>
    private static readonly string[][] Names = [["01-one", "01-first"], ["02-two", "02-second"], ["03-three", "03-third"]];

    /// <summary>Files of someone else's, never named like anything the builder writes.</summary>
    private static readonly string[] Foreign = ["CNAME", ".nojekyll", "extra/notes.txt", "notebooks/mine.ipynb", "99-mine.html", "notebooks/deep/x.txt"];

    /// <summary>Which name each lesson goes by (-1: absent), the glossary, the notebook whose engine fails (and how), and a foreign file added before.</summary>
    private sealed record Step(int[] Lessons, bool Glossary, int Failing, bool WritesNothing, int ForeignFile);

    [Fact]
    public void Build_AnySequenceOfBuilds_LeavesTheLastGoodSiteAndOnlyWhatIsNotTheBuilders()
    {
        var step =
            from lessons in Gen.Int[-1, 1].Array[3]
            from glossary in Gen.Bool
            from failing in Gen.Frequency((3, Gen.Const(-1)), (1, Gen.Int[0, 2]))
            from nothing in Gen.Bool
            from foreign in Gen.Int[-1, Foreign.Length - 1]
            select new Step(lessons, glossary, failing, nothing, foreign);

        step.Array[1, 5].Sample(Check, iter: 150, threads: 1);
    }

    private static void Check(Step[] steps)
    {
        string root = Directory.CreateTempSubdirectory("nanoneuron-site-folder-").FullName;
        try
        {
            string notebooks = Directory.CreateDirectory(Path.Combine(root, "notebooks")).FullName;
            string site = Path.Combine(root, "site");
            var foreign = new Dictionary<string, string>(StringComparer.Ordinal);
            int built = 0;
            foreach (var step in steps)
            {
                built++;
                foreach (string file in Directory.GetFiles(notebooks))
                {
                    File.Delete(file);
                }

                var names = step.Lessons.Select((choice, number) => choice < 0 ? null : Names[number][choice]).OfType<string>().ToList();
                foreach (string name in names)
                {
                    File.WriteAllText(Path.Combine(notebooks, name + ".ipynb"), Lesson.Replace("TITLE", $"{name} build {built}", StringComparison.Ordinal));
                }

                if (step.Glossary)
                {
                    File.WriteAllText(Path.Combine(notebooks, "glossary.md"), $"# Glossary\n\nbuild {built}\n");
                }

                if (step.ForeignFile >= 0 && Directory.Exists(site))
                {
                    string file = Foreign[step.ForeignFile];
                    Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site, file))!);
                    File.WriteAllText(Path.Combine(site, file), $"someone else's, before build {built}");
                    foreign[file] = $"someone else's, before build {built}";
                }

                var before = Directory.Exists(site) ? Snapshot.Take(site) : [];
                string failing = step.Failing >= 0 && step.Failing < names.Count ? names[step.Failing] + ".ipynb" : "";
                using var output = new StringWriter();
                using var error = new StringWriter();
                int exitCode = SiteBuilder.Build(notebooks, site, output, error, (notebook, executed) =>
                {
                    if (Path.GetFileName(notebook) != failing)
                    {
                        File.Copy(notebook, executed);
                        return (0, "");
                    }

                    if (!step.WritesNothing)
                    {
                        File.Copy(notebook, executed);
                    }

                    return (1, "the engine failed");
                });

                string message = $"build {built} of [{string.Join("; ", steps.Select(s => $"{string.Join(',', s.Lessons)} g{s.Glossary} f{s.Failing}"))}]: exit {exitCode}\n{output}{error}";
                if (names.Count == 0 || failing.Length > 0)
                {
                    Assert.True(exitCode == 1, message);
                    Assert.Equal(before, Directory.Exists(site) ? Snapshot.Take(site) : []);
                    continue;
                }

                Assert.True(exitCode == 0, message);
                var expected = new List<string> { SiteBuilder.Marker, SiteBuilder.Lock, "index.html", "site.css", SiteBuilder.PlotlyScript, SiteBuilder.PlotlyScript + ".br" };
                expected.AddRange(names.SelectMany(name => new[] { name + ".html", "notebooks/" + name + ".ipynb" }));
                if (step.Glossary)
                {
                    expected.Add(SiteBuilder.GlossaryPage);
                }

                expected.AddRange(foreign.Keys);
                var files = Directory.EnumerateFiles(site, "*", SearchOption.AllDirectories).Select(file => Path.GetRelativePath(site, file).Replace('\\', '/'));
                Assert.True(expected.Order(StringComparer.Ordinal).SequenceEqual(files.Order(StringComparer.Ordinal)),
                    $"{message}\nexpected {string.Join(", ", expected.Order(StringComparer.Ordinal))}\nfound    {string.Join(", ", files.Order(StringComparer.Ordinal))}");
                foreach (var (file, contents) in foreign)
                {
                    Assert.Equal(contents, File.ReadAllText(Path.Combine(site, file)));
                }

                Assert.Contains($"{names[0]} build {built}", File.ReadAllText(Path.Combine(site, "index.html")), StringComparison.Ordinal);
                Assert.Empty(Directory.GetDirectories(site, SiteFolder.StagingPrefix + "*"));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
