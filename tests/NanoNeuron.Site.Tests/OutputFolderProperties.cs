using CsCheck;

namespace NanoNeuron.Site.Tests;

/// <summary>
/// Random output folders inside a sandbox (a small repository with notebooks, an earlier site, a folder of someone
/// else's files, links to the notebooks and a "site" whose files are links to files outside it): whatever the folder,
/// the builder exits 0, 1 or 2 with a one-line reason, and changes no file outside the folder it was given.
/// The engine is replaced by a copy, so each case takes milliseconds; it sometimes fails or writes nothing.
/// </summary>
public class OutputFolderProperties
{
    private static readonly string[] Segments =
        ["notebooks", "artifacts", "site", "trap", "empty", "mine", "new", "link-notebooks", "link-site", "link-outside", "..", ".", "README.md", "01-one.ipynb", "index.html", "x y"];

    private static int cases;

    private sealed record Case(string Path, bool TrailingSlash, bool Glossary, int Engine);

    [Fact]
    public void Build_AnyOutputFolder_ExitsCleanlyAndChangesNothingOutsideIt()
    {
        var generator =
            from path in Gen.Int[0, Segments.Length - 1].Select(i => Segments[i]).Array[0, 4]
            from slash in Gen.Bool
            from glossary in Gen.Bool
            from engine in Gen.Int[0, 5]
            select new Case(string.Join('/', path), slash, glossary, engine);

        generator.Sample(Check, iter: 300, threads: 1);
        Assert.True(cases >= 300, $"{cases} cases");
    }

    private static void Check(Case example)
    {
        Interlocked.Increment(ref cases);
        string sandbox = Directory.CreateTempSubdirectory("nanoneuron-site-property-").FullName;
        try
        {
            // Two levels below the sandbox, so that up to two ".." stay inside it.
            string repository = Directory.CreateDirectory(Path.Combine(sandbox, "a", "repository")).FullName;
            string notebooks = Layout(sandbox, repository, example.Glossary);
            string output = Path.Combine(repository, example.Path) + (example.TrailingSlash ? "/" : "");
            var before = Snapshot.Take(sandbox);

            using var written = new StringWriter();
            using var error = new StringWriter();
            int exitCode = SiteBuilder.Build(notebooks, output, written, error, (notebook, executed) => Engine(example.Engine, notebook, executed));

            string message = $"output '{output}': exit {exitCode}\n{written}{error}";
            Assert.True(exitCode is 0 or 1 or 2, message);
            Assert.DoesNotContain("Exception", error.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error.ToString(), StringComparison.Ordinal);
            var changes = Snapshot.Changes(before, Snapshot.Take(sandbox)).ToList();
            if (exitCode == 2)
            {
                Assert.True(error.ToString().TrimEnd().Split('\n').Length == 1, message);
                Assert.True(changes.Count == 0, message + "\nchanged: " + string.Join(", ", changes));
            }

            string target = Resolve(Path.GetFullPath(output));
            var after = Snapshot.Take(sandbox);
            foreach (string change in changes)
            {
                bool inside = IsInside(Resolve(change), target);
                bool parentOfTarget = !before.ContainsKey(change) && after.GetValueOrDefault(change) == "folder" && IsInside(target, change);
                Assert.True(inside || parentOfTarget, $"{message}\nchanged '{change}', outside '{target}'");
            }

            Assert.DoesNotContain(changes, change => IsInside(change, notebooks) || IsInside(Resolve(change), notebooks));
        }
        finally
        {
            Directory.Delete(sandbox, recursive: true);
        }
    }

    /// <summary>0–3: the engine writes the executed copy and exits 0; 4: it exits 1 after writing it; 5: it writes nothing.</summary>
    private static (int, string) Engine(int behaviour, string notebook, string executed)
    {
        if (behaviour < 5)
        {
            File.Copy(notebook, executed);
        }

        return (behaviour < 4 ? 0 : 1, behaviour < 4 ? "" : "the engine failed");
    }

    private static string Layout(string sandbox, string repository, bool glossary)
    {
        const string Lesson = """
            {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# 01 — One\n", "\n", "*First.* See the [glossary](glossary.md)."]}],
             "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}}, "nbformat": 4, "nbformat_minor": 5}
            """;
        string notebooks = Directory.CreateDirectory(Path.Combine(repository, "notebooks")).FullName;
        File.WriteAllText(Path.Combine(notebooks, "01-one.ipynb"), Lesson);
        File.WriteAllText(Path.Combine(notebooks, "02-two.ipynb"), Lesson.Replace("01 — One", "02 — Two", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(notebooks, "setup.dib"), "#!csharp\n");
        if (glossary)
        {
            File.WriteAllText(Path.Combine(notebooks, "glossary.md"), "# Glossary\n\n**cost** — see [01](01-one.ipynb).\n");
        }

        File.WriteAllText(Path.Combine(repository, "README.md"), "readme");
        File.WriteAllText(Path.Combine(sandbox, "outside.txt"), "outside");

        // A site from an earlier build, whose list of the files it wrote was edited to name files outside it, some through a link.
        string site = Directory.CreateDirectory(Path.Combine(repository, "artifacts", "site", "notebooks")).FullName;
        Directory.CreateSymbolicLink(Path.Combine(repository, "artifacts", "site", "away"), sandbox);
        File.WriteAllText(Path.Combine(repository, "artifacts", "site", SiteBuilder.Marker), string.Join('\n',
            "A site written by tools/NanoNeuron.Site.", "\"index.html\"", "\"../../README.md\"", "\"notebooks/../../../README.md\"", "\"away/outside.txt\"",
            "\"away\"", "\"" + Path.Combine(sandbox, "outside.txt") + "\"", "\"/../outside.txt\"", "\"..\\\\README.md\"", "\"notebooks\"", "\"" + SiteBuilder.Marker + "\""));
        File.WriteAllText(Path.Combine(repository, "artifacts", "site", "index.html"), "old");
        File.WriteAllText(Path.Combine(site, "01-one.ipynb"), Lesson);

        // A "site" whose files are links to files outside it.
        string trap = Directory.CreateDirectory(Path.Combine(repository, "trap")).FullName;
        File.WriteAllText(Path.Combine(trap, SiteBuilder.Marker), "");
        File.CreateSymbolicLink(Path.Combine(trap, "index.html"), Path.Combine(repository, "README.md"));
        File.CreateSymbolicLink(Path.Combine(trap, "site.css"), Path.Combine(sandbox, "outside.txt"));
        File.CreateSymbolicLink(Path.Combine(trap, "01-one.html"), Path.Combine(notebooks, "01-one.ipynb"));
        Directory.CreateSymbolicLink(Path.Combine(trap, "notebooks"), notebooks);

        Directory.CreateDirectory(Path.Combine(repository, "empty"));
        Directory.CreateDirectory(Path.Combine(repository, "mine"));
        File.WriteAllText(Path.Combine(repository, "mine", "index.html"), "someone else's page");
        Directory.CreateSymbolicLink(Path.Combine(repository, "link-notebooks"), notebooks);
        Directory.CreateSymbolicLink(Path.Combine(repository, "link-site"), Path.Combine(repository, "artifacts", "site"));
        Directory.CreateSymbolicLink(Path.Combine(repository, "link-outside"), sandbox);
        return notebooks;
    }

    /// <summary>A path with the links along it resolved (the parts that do not exist are kept).</summary>
    private static string Resolve(string path)
    {
        string root = Path.GetPathRoot(path)!;
        string current = root;
        foreach (string part in path[root.Length..].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            if (Directory.Exists(current) && new DirectoryInfo(current).LinkTarget is not null)
            {
                current = Directory.ResolveLinkTarget(current, returnFinalTarget: true)!.FullName;
            }
        }

        return current;
    }

    private static bool IsInside(string path, string folder) =>
        path == folder || path.StartsWith(folder.TrimEnd('/') + "/", StringComparison.Ordinal);
}
