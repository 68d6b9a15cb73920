using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using NanoNeuron.Testing;

namespace NanoNeuron.Site.Tests;

/// <summary>What a learner sees when the course library does not build (dotnet-repl hides errors thrown by imported cells).</summary>
public class SetupTests
{
    [Fact]
    public void Setup_LibraryDoesNotBuild_ShowsTheCompilerErrorAndWhatToDoAndRemovesTheOldLibrary()
    {
        // A copy of the repository's library and setup.dib, with one file that does not compile.
        string root = Directory.CreateTempSubdirectory("nanoneuron-broken-").FullName;
        try
        {
            foreach (string file in new[] { "Directory.Build.props", "Directory.Packages.props", "global.json", "dotnet-tools.json", ".editorconfig" })
            {
                File.Copy(Path.Combine(RepositoryRoot.Path, file), Path.Combine(root, file));
            }

            CopyFolder(Path.Combine(RepositoryRoot.Path, "lib"), Path.Combine(root, "lib"));
            File.WriteAllText(Path.Combine(root, "lib", "NanoNeuron", "Broken.cs"),
                "namespace NanoNeuron;\n\n/// <summary>Broken on purpose.</summary>\npublic static class Broken\n{\n    /// <summary>Does not compile.</summary>\n    public static int Value => undefinedName;\n}\n");
            string notebooks = Directory.CreateDirectory(Path.Combine(root, "notebooks")).FullName;
            File.Copy(Path.Combine(RepositoryRoot.Path, "notebooks", "setup.dib"), Path.Combine(notebooks, "setup.dib"));

            // The library of an earlier, successful build: the notebook must not run against it.
            string built = Directory.CreateDirectory(Path.Combine(root, "artifacts", "notebooks")).FullName;
            File.WriteAllText(Path.Combine(built, "NanoNeuron.dll"), "an old build");
            File.WriteAllText(Path.Combine(built, "sources.stamp"), "the stamp of an earlier build");

            var document = new InteractiveDocument(
            [
                new InteractiveDocumentElement(PageRenderer.SetupLine, "csharp", []),
                new InteractiveDocumentElement("Console.WriteLine(Neuron.OriginalStart);", "csharp", []),
            ]);
            string notebook = Path.Combine(notebooks, "01-lesson.ipynb");
            File.WriteAllText(notebook, NotebookJson.WithCellIds(Notebook.ToJupyterJson(document, "C#")));
            string executed = Path.Combine(root, "executed.ipynb");

            var (exitCode, log) = NotebookRunner.Execute(notebook, executed);

            Assert.True(File.Exists(executed), $"the engine wrote no executed notebook (exit code {exitCode}):\n{log}");
            Assert.NotEqual(0, exitCode);
            var cells = Notebook.Parse(File.ReadAllText(executed)).Elements.ToList();
            string Errors(int cell) => string.Join("\n", cells[cell].Outputs.OfType<ErrorElement>().Select(e => e.ErrorValue));

            // The setup cell shows the compiler's error and what to do.
            Assert.Contains("Broken.cs", Errors(0), StringComparison.Ordinal);
            Assert.Contains("CS0103", Errors(0), StringComparison.Ordinal);
            Assert.Contains("did not build", Errors(0), StringComparison.Ordinal);
            // The lesson's next cell fails too, saying what to fix, instead of running against an old library.
            Assert.Contains("did not build", Errors(1), StringComparison.Ordinal);
            Assert.Contains("restart", Errors(1), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("CS0006", Errors(0) + Errors(1), StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(built, "NanoNeuron.dll")), "the old library is removed");
            Assert.False(File.Exists(Path.Combine(built, "sources.stamp")), "a failed build leaves no stamp, so the next run builds again");
            // The setup step itself built (the first time, in a folder of its own, which it removed), so the next run has it.
            Assert.True(File.Exists(Path.Combine(built, "NanoNeuron.Setup.dll")), "the setup step is kept beside the library");
            Assert.Empty(Directory.GetDirectories(Path.Combine(root, "artifacts"), "setup-*"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (string file in Directory.EnumerateFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (string folder in Directory.EnumerateDirectories(from))
        {
            string name = Path.GetFileName(folder);
            if (name is not ("bin" or "obj"))
            {
                CopyFolder(folder, Path.Combine(to, name));
            }
        }
    }
}
