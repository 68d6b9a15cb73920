using System.Diagnostics;
using CsCheck;
using System.Globalization;
using System.Reflection;
using System.Runtime.Versioning;
using System.Runtime.Loader;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using NanoNeuron.Setup;
using NanoNeuron.Testing;

namespace NanoNeuron.Site.Tests;

/// <summary>
/// The notebooks' setup step: what a learner sees when the course library or the setup step itself does not build
/// (dotnet-repl hides errors thrown by imported cells), and when it builds again (issue 19: a change of contents that
/// keeps a file's size and time, an output emptied since the build).
/// </summary>
public class SetupTests
{
    /// <summary>A copy of the repository's library, build settings and setup.dib, in a temporary folder, without artifacts.</summary>
    private static string CopyOfTheRepository()
    {
        string root = Directory.CreateTempSubdirectory("nanoneuron-setup-").FullName;
        foreach (string file in new[] { "Directory.Build.props", "Directory.Build.rsp", "Directory.Build.targets", "Directory.Packages.props", "global.json", "dotnet-tools.json", ".editorconfig" })
        {
            File.Copy(Path.Combine(RepositoryRoot.Path, file), Path.Combine(root, file));
        }

        CopyFolder(Path.Combine(RepositoryRoot.Path, "lib"), Path.Combine(root, "lib"));
        string notebooks = Directory.CreateDirectory(Path.Combine(root, "notebooks")).FullName;
        File.Copy(Path.Combine(RepositoryRoot.Path, "notebooks", "setup.dib"), Path.Combine(notebooks, "setup.dib"));
        return root;
    }

    /// <summary>Runs a lesson of two cells, the setup line and <c>Console.WriteLine(Neuron.OriginalStart)</c>; returns each cell's errors.</summary>
    private static (int ExitCode, string[] Errors) RunLesson(string root)
    {
        var document = new InteractiveDocument(
        [
            new InteractiveDocumentElement(PageRenderer.SetupLine, "csharp", []),
            new InteractiveDocumentElement("Console.WriteLine(Neuron.OriginalStart);", "csharp", []),
        ]);
        string notebook = Path.Combine(root, "notebooks", "01-lesson.ipynb");
        File.WriteAllText(notebook, NotebookJson.WithCellIds(Notebook.ToJupyterJson(document, "C#")));
        string executed = Path.Combine(root, "executed.ipynb");

        var (exitCode, log) = NotebookRunner.Execute(notebook, executed);

        Assert.True(File.Exists(executed), $"the engine wrote no executed notebook (exit code {exitCode}):\n{log}");
        var cells = Notebook.Parse(File.ReadAllText(executed)).Elements.ToList();
        return (exitCode, [.. cells.Select(cell => string.Join("\n", cell.Outputs.OfType<ErrorElement>().Select(e => e.ErrorValue)))]);
    }

    [Fact]
    public void Setup_LibraryDoesNotBuild_ShowsTheCompilerErrorAndWhatToDoAndRemovesTheOldLibrary()
    {
        // One file that does not compile.
        string root = CopyOfTheRepository();
        try
        {
            File.WriteAllText(Path.Combine(root, "lib", "NanoNeuron", "Broken.cs"),
                "namespace NanoNeuron;\n\n/// <summary>Broken on purpose.</summary>\npublic static class Broken\n{\n    /// <summary>Does not compile.</summary>\n    public static int Value => undefinedName;\n}\n");

            // The library of an earlier, successful build: the notebook must not run against it.
            string built = Directory.CreateDirectory(Path.Combine(root, "artifacts", "notebooks")).FullName;
            File.WriteAllText(Path.Combine(built, "NanoNeuron.dll"), "an old build");
            File.WriteAllText(Path.Combine(built, "sources.stamp"), "the stamp of an earlier build");

            var (exitCode, errors) = RunLesson(root);

            Assert.NotEqual(0, exitCode);
            // The setup cell shows the compiler's error and what to do.
            Assert.Contains("Broken.cs", errors[0], StringComparison.Ordinal);
            Assert.Contains("CS0103", errors[0], StringComparison.Ordinal);
            Assert.Contains("did not build", errors[0], StringComparison.Ordinal);
            // The lesson's next cell fails too, saying what to fix, instead of running against an old library.
            Assert.Contains("did not build", errors[1], StringComparison.Ordinal);
            Assert.Contains("restart", errors[1], StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("CS0006", errors[0] + errors[1], StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(built, "NanoNeuron.dll")), "the old library is removed");
            // The setup step itself built (the first time, in a folder of its own, which it removed), so the next run has it.
            Assert.True(File.Exists(Path.Combine(built, "NanoNeuron.Setup.dll")), "the setup step is kept beside the library");
            Assert.Empty(Directory.GetDirectories(Path.Combine(root, "artifacts"), "setup-*"));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void Setup_SetupStepDoesNotBuildAndNothingWasBuiltBefore_ShowsItsCompilerErrorFirstAndLeavesNoFolder()
    {
        string root = CopyOfTheRepository();
        try
        {
            File.AppendAllText(Path.Combine(root, "lib", "NanoNeuron.Setup", "LibraryBuild.cs"), "\npublic static class Unfinished\n{\n");

            var (exitCode, errors) = RunLesson(root);

            Assert.NotEqual(0, exitCode);
            // The first error is the compiler's (a missing brace), not one "CS0006 Metadata file … could not be found" per DLL.
            Assert.StartsWith("The notebooks' setup step (lib/NanoNeuron.Setup) did not build", errors[0], StringComparison.Ordinal);
            Assert.Contains("LibraryBuild.cs", errors[0], StringComparison.Ordinal);
            Assert.Contains("CS1513", errors[0], StringComparison.Ordinal);
            Assert.Contains("restart the kernel", errors[0], StringComparison.Ordinal);
            Assert.Contains("did not build", errors[1], StringComparison.Ordinal);
            Assert.DoesNotContain("CS0006", errors[0] + errors[1], StringComparison.Ordinal);
            Assert.DoesNotContain("CS0103", errors[1], StringComparison.Ordinal);
            string artifacts = Path.Combine(root, "artifacts");
            Assert.True(!Directory.Exists(artifacts) || Directory.GetDirectories(artifacts, "setup-*").Length == 0, "the setup step's own build folder is removed");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// The library built by the setup step (<see cref="LibraryBuild.EnsureCurrent"/>), then changed the ways a file copy,
    /// an archive or a crash change it: each time the library loaded afterwards is the one the sources describe.
    /// </summary>
    [Fact]
    public void EnsureCurrent_ChangesThatKeepSizeAndTime_AndAnEmptiedOutput_AreBuiltAgain()
    {
        string root = CopyOfTheRepository();
        string library = Path.Combine(root, "artifacts", "notebooks", "NanoNeuron.dll");
        string neuron = Path.Combine(root, "lib", "NanoNeuron", "Original", "Neuron.cs");
        const string Sum = "public double Predict(double x) => x * Weight + Bias;";
        const string Difference = "public double Predict(double x) => x * Weight - Bias;";
        string notes = Path.Combine(root, "artifacts", "notebooks", "notes.txt");
        string nested = Path.Combine(root, "artifacts", "notebooks", "mine", "notes.txt");
        try
        {
            // A learner's own files in the folder before the first build (attack 5, U2–U3): never compared, never deleted.
            Directory.CreateDirectory(Path.GetDirectoryName(nested)!);
            File.WriteAllText(notes, "top notes\n");
            File.WriteAllText(nested, "my notes\n");
            Assert.Contains(Sum, File.ReadAllText(neuron), StringComparison.Ordinal);
            LibraryBuild.EnsureCurrent(root);
            Assert.Equal(2.0 * 3 + 1, Predict(library, 3, 2, 1));

            // Nothing changed but the learner's notes: nothing is built (the library is not written again), the notes stay as edited.
            var written = File.GetLastWriteTimeUtc(library);
            File.AppendAllText(notes, "edited\n");
            File.AppendAllText(nested, "edited too\n");
            LibraryBuild.EnsureCurrent(root);
            Assert.Equal(written, File.GetLastWriteTimeUtc(library));
            Assert.Equal("top notes\nedited\n", File.ReadAllText(notes));
            Assert.Equal("my notes\nedited too\n", File.ReadAllText(nested));

            // As `cp -p` or `tar -x` leave it: new contents, the same size and the same time as before.
            var time = File.GetLastWriteTimeUtc(neuron);
            long size = new FileInfo(neuron).Length;
            File.WriteAllText(neuron, File.ReadAllText(neuron).Replace(Sum, Difference, StringComparison.Ordinal));
            File.SetLastWriteTimeUtc(neuron, time);
            Assert.Equal(size, new FileInfo(neuron).Length);
            LibraryBuild.EnsureCurrent(root);
            Assert.Equal(2.0 * 3 - 1, Predict(library, 3, 2, 1));

            // The library emptied (a full disk, an interrupted copy) while the stamp says it was built.
            File.WriteAllBytes(library, []);
            LibraryBuild.EnsureCurrent(root);
            Assert.Equal(2.0 * 3 - 1, Predict(library, 3, 2, 1));

            // The library damaged in place, its size and time kept (a bad copy, a disk error): built again, whole.
            var good = File.ReadAllBytes(library);
            var damaged = (byte[])good.Clone();
            new Random(19).NextBytes(damaged.AsSpan(200, 4000));
            time = File.GetLastWriteTimeUtc(library);
            File.WriteAllBytes(library, damaged);
            File.SetLastWriteTimeUtc(library, time);
            LibraryBuild.EnsureCurrent(root);
            Assert.Equal(good, File.ReadAllBytes(library));
            Assert.Equal(2.0 * 3 - 1, Predict(library, 3, 2, 1));
            Assert.Equal("top notes\nedited\n", File.ReadAllText(notes));
            Assert.Equal("my notes\nedited too\n", File.ReadAllText(nested));

            // The stamp damaged (attack 11, A11-7), or cut in half (attack 12, A12-2): built again, and from then on nothing
            // is built until something changes.
            string stamp = Path.Combine(root, "artifacts", "notebooks", "sources.stamp");
            foreach (Func<byte[], byte[]> damage in new Func<byte[], byte[]>[] { good => [.. Enumerable.Range(0, 2000).Select(i => (byte)(i * 131 % 251))], good => good[..(good.Length / 2)] })
            {
                File.WriteAllBytes(stamp, damage(File.ReadAllBytes(stamp)));
                LibraryBuild.EnsureCurrent(root);
                string stamped = File.ReadAllText(stamp);
                Assert.Contains(" NanoNeuron.dll\n", stamped, StringComparison.Ordinal);
                LibraryBuild.EnsureCurrent(root);
                Assert.Equal(stamped, File.ReadAllText(stamp)); // a build would have stamped its own time
            }
            Assert.Equal(2.0 * 3 - 1, Predict(library, 3, 2, 1));

            // A folder where the build writes a file (attack 6, F-U9): named, with the rm -r that clears it, not "access denied".
            string documentation = Path.Combine(root, "artifacts", "notebooks", "NanoNeuron.xml");
            File.Delete(documentation);
            Directory.CreateDirectory(documentation);
            var inTheWay = Assert.Throws<InvalidOperationException>(() => LibraryBuild.EnsureCurrent(root));
            Assert.StartsWith("artifacts/notebooks/NanoNeuron.xml is a folder where the build writes a file", inTheWay.Message, StringComparison.Ordinal);
            Assert.Contains("rm -r 'artifacts/notebooks/NanoNeuron.xml'", inTheWay.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// A learner's note edited while a build runs (attack 7, F-U5) is not taken for an output: its later edits build
    /// nothing. Here the build itself edits it, through a target added to the copy's project, so the timing is certain.
    /// A stamp from an older setup step that lists a note is read without it.
    /// </summary>
    [Fact]
    public void EnsureCurrent_NoteEditedDuringTheBuild_ItsLaterEditsBuildNothing()
    {
        string root = CopyOfTheRepository();
        string output = Path.Combine(root, "artifacts", "notebooks");
        string library = Path.Combine(output, "NanoNeuron.dll");
        string notes = Path.Combine(output, "notes.md");
        string stamp = Path.Combine(output, "sources.stamp");
        string project = Path.Combine(root, "lib", "NanoNeuron.Notebooks", "NanoNeuron.Notebooks.csproj");
        try
        {
            Directory.CreateDirectory(output);
            File.WriteAllText(notes, "before the build\n");
            File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>",
                """<Target Name="EditTheNote" AfterTargets="Build"><WriteLinesToFile File="$(OutDir)notes.md" Lines="during the build" Overwrite="true" /></Target></Project>""",
                StringComparison.Ordinal));
            LibraryBuild.EnsureCurrent(root);
            Assert.Equal("during the build\n", File.ReadAllText(notes));
            Assert.DoesNotContain("notes.md", File.ReadAllText(stamp), StringComparison.Ordinal);

            var written = File.GetLastWriteTimeUtc(library);
            File.AppendAllText(notes, "after the build\n");
            LibraryBuild.EnsureCurrent(root);
            Assert.Equal(written, File.GetLastWriteTimeUtc(library));

            // An older setup step's stamp, which took the note for an output.
            File.AppendAllText(stamp, $"output {new string('0', 64)} notes.md\n");
            File.AppendAllText(notes, "edited again\n");
            LibraryBuild.EnsureCurrent(root);
            Assert.Equal(written, File.GetLastWriteTimeUtc(library));
            Assert.Equal("during the build\nafter the build\nedited again\n", File.ReadAllText(notes));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// The process calling the setup step (a kernel) gets SIGTERM, as a kernel stopped or restarted does, while its build
    /// runs (attack 11, A11-10): the build's whole process tree stops with it instead of writing on, orphaned and unlocked,
    /// and the next call builds the library in full. The caller is F# Interactive referencing the setup step's DLL; the build
    /// holds, through a target added to the copy's project, a <c>sleep</c> whose process id it writes first.
    /// </summary>
    [Fact]
    public async Task EnsureCurrent_CallerStoppedDuringTheBuild_TheBuildStopsAndTheNextCallBuilds()
    {
        string root = CopyOfTheRepository();
        string output = Path.Combine(root, "artifacts", "notebooks");
        string marker = Path.Combine(root, "sleeping.pid");
        string project = Path.Combine(root, "lib", "NanoNeuron.Notebooks", "NanoNeuron.Notebooks.csproj");
        var tree = new List<int>();
        try
        {
            // Only for the stopped caller, through its environment: the next call's build runs no such target.
            File.WriteAllText(project, File.ReadAllText(project).Replace("</Project>",
                """<Target Name="SleepHere" AfterTargets="Build" Condition="'$(NANONEURON_SLEEP_PID)' != ''"><Exec Command="echo $$ &gt; '$(NANONEURON_SLEEP_PID)' &amp;&amp; exec sleep 3600" /></Target></Project>""",
                StringComparison.Ordinal));
            string script = Path.Combine(root, "caller.fsx");
            File.WriteAllText(script, $"#r @\"{typeof(LibraryBuild).Assembly.Location}\"\nNanoNeuron.Setup.LibraryBuild.EnsureCurrent(@\"{root}\")\n");
            // Through env(1), which gives SIGTERM its default handling, as a kernel has it; F# Interactive itself, not
            // `dotnet fsi`, which runs it as a child of its own and, stopped, leaves it running.
            var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
            foreach (string argument in new[] { "--default-signal=TERM", "dotnet", "exec", FSharpInteractive(root), "--quiet", script })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["NANONEURON_SLEEP_PID"] = marker;
            using var caller = Process.Start(start)!;
            tree.Add(caller.Id);
            var said = Task.WhenAll(caller.StandardOutput.ReadToEndAsync(), caller.StandardError.ReadToEndAsync());

            // The build reached the added target (a first build of every project takes minutes on a busy machine).
            var deadline = Stopwatch.StartNew();
            while (!File.Exists(marker) || !File.ReadAllText(marker).EndsWith('\n'))
            {
                Assert.False(caller.HasExited, $"the caller ended first (exit {(caller.HasExited ? caller.ExitCode : 0)}):\n{string.Concat(caller.HasExited ? await said : [])}");
                Assert.True(deadline.Elapsed < TimeSpan.FromMinutes(20), "the build did not reach the added target within 20 minutes");
                await Task.Delay(250);
            }

            int sleeping = int.Parse(File.ReadAllText(marker).Trim(), CultureInfo.InvariantCulture);
            tree.AddRange(ProcessTable.Descendants(caller.Id));
            Assert.Contains(sleeping, tree);
            Assert.Contains(ProcessTable.Processes(), p => tree.Contains(p.Pid) && p.CommandLine.Contains(" build ", StringComparison.Ordinal));

            using (var kill = Process.Start("kill", ["-TERM", caller.Id.ToString(CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using (var wait = new CancellationTokenSource(TimeSpan.FromMinutes(5)))
            {
                await caller.WaitForExitAsync(wait.Token);
            }

            // Every process of the build is gone (a generous bound: the old step left them running for the hour of the sleep).
            deadline.Restart();
            while (tree.Any(ProcessTable.IsRunning) && deadline.Elapsed < TimeSpan.FromMinutes(2))
            {
                await Task.Delay(100);
            }

            Assert.True(!tree.Any(ProcessTable.IsRunning), "still running: " + string.Join(", ", ProcessTable.Processes().Where(p => tree.Contains(p.Pid) && ProcessTable.IsRunning(p.Pid))));
            // The lock says a build was interrupted; the next call builds in full, and the library is the current sources'.
            Assert.NotEqual(0, new FileInfo(Path.Combine(root, "artifacts", "notebooks.lock")).Length);
            LibraryBuild.EnsureCurrent(root);
            Assert.Equal(2.0 * 3 + 1, Predict(Path.Combine(output, "NanoNeuron.dll"), 3, 2, 1));
            Assert.False(File.Exists(Path.Combine(output, "BUILD-FAILED.txt")));
            Assert.Equal(0, new FileInfo(Path.Combine(root, "artifacts", "notebooks.lock")).Length);
            var written = File.GetLastWriteTimeUtc(Path.Combine(output, "NanoNeuron.dll"));
            LibraryBuild.EnsureCurrent(root);
            Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(output, "NanoNeuron.dll")));
        }
        finally
        {
            foreach (int pid in tree.Where(ProcessTable.IsRunning))
            {
                using var kill = Process.Start("kill", ["-KILL", pid.ToString(CultureInfo.InvariantCulture)]);
                kill.WaitForExit();
            }

            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// A kernel whose folder was deleted since it started (a re-clone, git clean; attack 13, A13a-12) runs setup.dib's
    /// <c>EnsureCurrent("..")</c>: an InvalidOperationException says so and to restart the kernel from notebooks/, not a bare
    /// "Unable to find the specified file.". The caller is F# Interactive referencing the setup step's DLL, which deletes
    /// its own folder first.
    /// </summary>
    [Fact]
    public async Task EnsureCurrent_KernelsFolderDeleted_SaysSoAndToRestartTheKernelFromNotebooks()
    {
        string root = Directory.CreateTempSubdirectory("nanoneuron-setup-gone-").FullName;
        try
        {
            string gone = Path.Combine(root, "notebooks");
            string script = Path.Combine(root, "caller.fsx");
            File.WriteAllText(script, $$"""
                #r @"{{typeof(LibraryBuild).Assembly.Location}}"
                System.IO.Directory.CreateDirectory(@"{{gone}}") |> ignore
                System.Environment.CurrentDirectory <- @"{{gone}}"
                System.IO.Directory.Delete(@"{{gone}}")
                try NanoNeuron.Setup.LibraryBuild.EnsureCurrent("..") with e -> printfn "%s: %s" (e.GetType().FullName) e.Message
                """);
            var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
            foreach (string argument in new[] { "exec", FSharpInteractive(RepositoryRoot.Path), "--quiet", script })
            {
                start.ArgumentList.Add(argument);
            }

            using var caller = Process.Start(start)!;
            var error = caller.StandardError.ReadToEndAsync();
            string said = await caller.StandardOutput.ReadToEndAsync();
            await caller.WaitForExitAsync();

            Assert.True(caller.ExitCode == 0, $"exit {caller.ExitCode}:\n{said}{await error}");
            Assert.StartsWith("System.InvalidOperationException: The kernel's folder no longer exists", said, StringComparison.Ordinal);
            Assert.Contains("the repository's root '..', which is relative to it, cannot be found", said, StringComparison.Ordinal);
            Assert.EndsWith("restart the kernel from the notebooks/ folder, then run the notebook again.\n", said, StringComparison.Ordinal);
            Assert.Equal(["caller.fsx"], Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName)); // nothing made
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// A build that could not write its files because the disk is full (attack 13, A13a-15), whatever else the log holds,
    /// leads with the disk and how much room it needs, not with "Fix these errors in lib/"; the build's errors follow.
    /// </summary>
    [Fact]
    public void FailureMessage_DiskFullAnywhereInTheLog_LeadsWithTheFullDiskAndKeepsTheErrors()
    {
        const string Full = "/x/Microsoft.Common.CurrentVersion.targets(5096,5): error MSB3021: Unable to copy file \"a.dll\" to \"artifacts/notebooks/a.dll\". No space left on device";
        Gen.String[Gen.Char.AlphaNumeric, 0, 30].Array[0, 5].Select(Gen.Int[0, 5]).Sample((lines, at) =>
        {
            var log = lines.ToList();
            log.Insert(Math.Min(at, log.Count), Full);

            string message = LibraryBuild.FailureMessage(string.Join("\n", log));

            Assert.StartsWith($"The course library did not build because the disk holding artifacts/ is full (the build needs about {LibraryBuild.BuildMegabytes} MB there)", message, StringComparison.Ordinal);
            Assert.Contains("free space on it", message, StringComparison.Ordinal);
            Assert.DoesNotContain("Fix these errors in lib/", message, StringComparison.Ordinal);
            Assert.EndsWith("The build said:\n" + Full, message, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData("x.cs(1,2): error CS0103: The name 'y' does not exist in the current context", "Fix these errors in lib/ (or undo your last change there)")]
    [InlineData("t.targets(5,5): error MSB3021: Unable to copy file \"a\" to \"b\". Disk quota exceeded", "the disk holding artifacts/ is full")]
    [InlineData("t.targets(5,5): error MSB3021: Unable to copy file \"a\" to \"b\". Input/output error", "could not be read or written (an input/output error)")]
    public void FailureMessage_ByCause_SaysWhatToDo(string log, string expected)
    {
        string message = LibraryBuild.FailureMessage(log);

        Assert.Contains(expected, message, StringComparison.Ordinal);
        Assert.EndsWith(log, message, StringComparison.Ordinal);
    }

    /// <summary>fsi.dll of the SDK that <paramref name="folder"/>'s global.json selects.</summary>
    private static string FSharpInteractive(string folder)
    {
        string Dotnet(string argument)
        {
            using var dotnet = Process.Start(new ProcessStartInfo("dotnet", [argument]) { RedirectStandardOutput = true, WorkingDirectory = folder })!;
            string said = dotnet.StandardOutput.ReadToEnd();
            dotnet.WaitForExit();
            return said;
        }

        string version = Dotnet("--version").Trim();
        string sdks = Dotnet("--list-sdks").Split('\n').Single(line => line.StartsWith(version + " [", StringComparison.Ordinal)).Trim();
        string fsi = Path.Combine(sdks[(version.Length + 2)..^1], version, "FSharp", "fsi.dll");
        Assert.True(File.Exists(fsi), $"F# Interactive is not at {fsi}");
        return fsi;
    }

    /// <summary>
    /// artifacts/notebooks (or artifacts) is a file: the setup step says so and how to fix it, instead of an exception the
    /// engine hides behind one "metadata file could not be found" a DLL; the file is left as it was.
    /// </summary>
    [Theory]
    [InlineData("artifacts/notebooks")]
    [InlineData("artifacts")]
    public void EnsureCurrent_OutputFolderIsAFile_SaysSoAndHowToFixIt(string name)
    {
        string root = CopyOfTheRepository();
        try
        {
            string file = Path.Combine(root, name);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, "x\n");

            var exception = Assert.Throws<InvalidOperationException>(() => LibraryBuild.EnsureCurrent(root));

            Assert.StartsWith($"{name} is a file, not a folder", exception.Message, StringComparison.Ordinal);
            Assert.Contains($"remove it (rm {name} in the repository's root), then run the notebook again.", exception.Message, StringComparison.Ordinal);
            Assert.Equal("x\n", File.ReadAllText(file));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// artifacts/notebooks that is no usable folder — a named pipe, a link that leads nowhere or loops, a link to /proc, or
    /// artifacts itself a link to /proc (attack 13, A13a-6: "Could not find file", and "make artifacts/ writable") — or that holds what no build writes and nothing can read to its end (a named pipe would block the check for ever, a
    /// link to nowhere would escape as a raw exception): the setup step says what it is and what to remove, before any
    /// build, and leaves it as it was (attack 4, U1–U4).
    /// </summary>
    [Theory]
    [InlineData("folder-fifo", "artifacts/notebooks is a named pipe (FIFO), not a folder", "rm artifacts/notebooks")]
    [InlineData("setting-fifo", "Directory.Build.props, one of the build settings, is a named pipe (FIFO), not a file", "restore it (git checkout -- Directory.Build.props)")]
    [InlineData("source-proc", "lib/NanoNeuron/status.txt is a symbolic link to '/proc/self/status', a file of the system", "rm 'lib/NanoNeuron/status.txt'")]
    [InlineData("folder-dangling", "artifacts/notebooks is a symbolic link to 'nowhere', which does not exist", "rm artifacts/notebooks")]
    [InlineData("folder-loop", "artifacts/notebooks is a symbolic link that leads back to itself", "rm artifacts/notebooks")]
    [InlineData("folder-proc", "artifacts/notebooks, where the course library is built, leads to '/proc', which belongs to the system's proc file system", "rm artifacts/notebooks")]
    [InlineData("artifacts-proc", "The folder artifacts, where the course library is built, leads to '/proc', which belongs to the system's proc file system", "rm artifacts in the repository's root; a link only loses the link")]
    [InlineData("fifo", "artifacts/notebooks/x.fifo is a named pipe (FIFO), not a file, which no build", "rm 'artifacts/notebooks/x.fifo'")]
    [InlineData("dangling", "artifacts/notebooks/sub/dang.dll is a symbolic link to 'nowhere.dll', which does not exist", "rm 'artifacts/notebooks/sub/dang.dll'")]
    [InlineData("device", "artifacts/notebooks/zero.dll is a device, not a file", "rm 'artifacts/notebooks/zero.dll'")]
    [InlineData("folder-link", "artifacts/notebooks/procdir is a symbolic link to the folder '/proc', which no build", "rm 'artifacts/notebooks/procdir'")]
    [InlineData("source-fifo", "lib/NanoNeuron/x.fifo is a named pipe (FIFO), not a file, which the course library's sources never hold", "rm 'lib/NanoNeuron/x.fifo'")]
    [InlineData("source-dangling", "lib/NanoNeuron/gone.cs is a symbolic link to 'nowhere.cs', which does not exist", "rm 'lib/NanoNeuron/gone.cs'")]
    [InlineData("source-loop", "lib/NanoNeuron/loop is a symbolic link to the folder '.'", "rm 'lib/NanoNeuron/loop'")]
    [UnsupportedOSPlatform("windows")]
    public async Task EnsureCurrent_OutputThatCannotHoldTheBuild_SaysWhatToRemoveBeforeBuilding(string kind, string expected, string remedy)
    {
        string root = CopyOfTheRepository();
        string output = Path.Combine(root, "artifacts", "notebooks");
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "artifacts"));
            string made = kind switch
            {
                "folder-fifo" => await Shell.MakeFifoAsync(output),
                "folder-dangling" => File.CreateSymbolicLink(output, "nowhere").FullName,
                "folder-loop" => File.CreateSymbolicLink(output, "notebooks").FullName,
                "folder-proc" => Directory.CreateSymbolicLink(output, "/proc").FullName,
                "artifacts-proc" => ReplacedByLink(Path.Combine(root, "artifacts"), "/proc"),
                "fifo" => await Shell.MakeFifoAsync(Path.Combine(Directory.CreateDirectory(output).FullName, "x.fifo")),
                "dangling" => File.CreateSymbolicLink(Path.Combine(Directory.CreateDirectory(Path.Combine(output, "sub")).FullName, "dang.dll"), "nowhere.dll").FullName,
                "folder-link" => Directory.CreateSymbolicLink(Path.Combine(Directory.CreateDirectory(output).FullName, "procdir"), "/proc").FullName,
                "source-fifo" => await Shell.MakeFifoAsync(Path.Combine(root, "lib", "NanoNeuron", "x.fifo")),
                "setting-fifo" => await Shell.MakeFifoAsync(ReplacedBy(Path.Combine(root, "Directory.Build.props"))),
                "source-proc" => File.CreateSymbolicLink(Path.Combine(root, "lib", "NanoNeuron", "status.txt"), "/proc/self/status").FullName,
                "source-dangling" => File.CreateSymbolicLink(Path.Combine(root, "lib", "NanoNeuron", "gone.cs"), "nowhere.cs").FullName,
                "source-loop" => Directory.CreateSymbolicLink(Path.Combine(root, "lib", "NanoNeuron", "loop"), ".").FullName,
                _ => File.CreateSymbolicLink(Path.Combine(Directory.CreateDirectory(output).FullName, "zero.dll"), "/dev/zero").FullName,
            };

            var exception = Assert.Throws<InvalidOperationException>(() => LibraryBuild.EnsureCurrent(root));

            Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
            Assert.Contains(remedy.StartsWith("restore", StringComparison.Ordinal) ? remedy : $"remove it ({remedy}", exception.Message, StringComparison.Ordinal);
            Assert.EndsWith("then run the notebook again.", exception.Message, StringComparison.Ordinal);
            Assert.True(new FileInfo(made).LinkTarget is not null || File.Exists(made), "what was there is left as it was");
            Assert.False(File.Exists(Path.Combine(output, "NanoNeuron.dll")), "nothing was built");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// A kernel stopped while setup.dib builds the setup step leaves artifacts/setup-&lt;pid&gt; (its finally block never runs):
    /// the next run removes the folders of kernels that are gone, first thing, and keeps a running kernel's, a name without
    /// a process id, and a link (attack 13, A13a-4). A build setting is missing here only so that the run stops right after.
    /// </summary>
    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void EnsureCurrent_SetupFolderOfAKernelThatIsGone_IsRemovedAndOthersAreKept()
    {
        string root = CopyOfTheRepository();
        string elsewhere = Directory.CreateTempSubdirectory("nanoneuron-setup-elsewhere-").FullName;
        try
        {
            // No process has an id above the kernel's largest.
            int gone = int.Parse(File.ReadAllText("/proc/sys/kernel/pid_max").Trim(), CultureInfo.InvariantCulture) + 1;
            string artifacts = Path.Combine(root, "artifacts");
            string killed = Path.Combine(artifacts, $"setup-{gone}");
            File.WriteAllText(Path.Combine(Directory.CreateDirectory(Path.Combine(killed, "obj")).FullName, "half.dll"), "half built");
            string running = Directory.CreateDirectory(Path.Combine(artifacts, $"setup-{Environment.ProcessId}")).FullName;
            string mine = Directory.CreateDirectory(Path.Combine(artifacts, "setup-notes")).FullName;
            File.WriteAllText(Path.Combine(elsewhere, "keep.txt"), "not the kernel's");
            string link = Directory.CreateSymbolicLink(Path.Combine(artifacts, $"setup-{gone + 1}"), elsewhere).FullName;
            ReplacedBy(Path.Combine(root, "global.json"));

            Assert.Throws<InvalidOperationException>(() => LibraryBuild.EnsureCurrent(root));

            Assert.False(Directory.Exists(killed), "the folder of a kernel that is gone is removed");
            Assert.True(Directory.Exists(running), "a running kernel's folder is kept");
            Assert.True(Directory.Exists(mine), "a name without a process id is kept");
            Assert.NotNull(new FileInfo(link).LinkTarget);
            Assert.True(File.Exists(Path.Combine(elsewhere, "keep.txt")), "nothing is removed through a link");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
            Directory.Delete(elsewhere, recursive: true);
        }
    }

    /// <summary>
    /// A build setting of the repository's deleted (attack 10): MSBuild, the SDK or the compiler would read one from above
    /// the repository instead, which the stamp does not cover, so the setup step refuses before building and says how to
    /// restore it, and makes nothing in its place.
    /// </summary>
    [Theory]
    [InlineData("Directory.Build.props")]
    [InlineData("Directory.Build.rsp")]
    [InlineData("Directory.Build.targets")]
    [InlineData("Directory.Packages.props")]
    [InlineData("global.json")]
    [InlineData(".editorconfig")]
    public void EnsureCurrent_BuildSettingMissing_SaysHowToRestoreItBeforeBuilding(string setting)
    {
        string root = CopyOfTheRepository();
        try
        {
            string path = ReplacedBy(Path.Combine(root, setting));

            var exception = Assert.Throws<InvalidOperationException>(() => LibraryBuild.EnsureCurrent(root));

            Assert.StartsWith($"{setting}, one of the build settings, is missing, so the library cannot be built", exception.Message, StringComparison.Ordinal);
            Assert.EndsWith($"restore it (git checkout -- {setting}), then run the notebook again.", exception.Message, StringComparison.Ordinal);
            Assert.False(File.Exists(path), "nothing was made in its place");
            Assert.False(File.Exists(Path.Combine(root, "artifacts", "notebooks", "NanoNeuron.dll")), "nothing was built");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// A root that is not the course's repository (missing, an empty path, a file, a folder without the library's project,
    /// the notebooks/ folder itself) is refused before anything is made there (attack 8, A8-11): no artifacts/ folder, no lock.
    /// </summary>
    [Theory]
    [InlineData("missing")]
    [InlineData("empty path")]
    [InlineData("file")]
    [InlineData("empty folder")]
    [InlineData("notebooks folder")]
    [InlineData("odd name")]
    public void EnsureCurrent_NotTheRepositoryRoot_SaysSoAndMakesNothing(string kind)
    {
        string temporary = Directory.CreateTempSubdirectory("nanoneuron-setup-root-").FullName;
        bool artifactsHereBefore = Directory.Exists(Path.GetFullPath("artifacts"));
        try
        {
            string root = kind switch
            {
                "missing" => Path.Combine(temporary, "nowhere"),
                "empty path" => "",
                "file" => Path.Combine(temporary, "a-file"),
                "empty folder" => temporary,
                "odd name" => Path.Combine(temporary, "a\u202eb\u001bc\nd"), // missing; attack 9: echoed raw
                _ => Directory.CreateDirectory(Path.Combine(temporary, "notebooks")).FullName,
            };
            if (kind == "file")
            {
                File.WriteAllText(root, "x\n");
            }

            var exception = Assert.Throws<InvalidOperationException>(() => LibraryBuild.EnsureCurrent(root));

            string shown = kind == "empty path" ? "'' (an empty path)" : kind == "odd name" ? $"'{temporary}/a\\u202eb\\u001bc\\u000ad'" : $"'{root}'";
            Assert.StartsWith($"The folder given as the repository's root, {shown}, is not the course's repository root (it has no lib/NanoNeuron.Notebooks/NanoNeuron.Notebooks.csproj)",
                exception.Message, StringComparison.Ordinal);
            Assert.Contains("run the lesson from the notebooks/ folder of the course's repository", exception.Message, StringComparison.Ordinal);
            Assert.Contains("cd notebooks && dotnet repl --run NN-name.ipynb", exception.Message, StringComparison.Ordinal);
            Assert.EndsWith("then run the notebook again.", exception.Message, StringComparison.Ordinal);
            // Nothing made: no artifacts/ in the temporary folder or the given one, and none in this process's folder.
            Assert.Equal(kind switch { "file" => ["a-file"], "notebooks folder" => ["notebooks"], _ => [] },
                Directory.EnumerateFileSystemEntries(temporary).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Empty(kind == "notebooks folder" ? Directory.EnumerateFileSystemEntries(root) : []);
            Assert.Equal(artifactsHereBefore, Directory.Exists(Path.GetFullPath("artifacts")));
        }
        finally
        {
            Directory.Delete(temporary, recursive: true);
        }
    }

    /// <summary>
    /// A folder, a link (even to a file), a link that leads nowhere or loops, or a named pipe in place of one of the step's
    /// own files (the stamp, BUILD-FAILED.txt, the lock) is refused before any build with what to remove, and left as it
    /// was (attack 8, A8-6, A8-7): no "access denied", and a broken lock link is not taken for another notebook's lock.
    /// </summary>
    [Theory]
    [InlineData("artifacts/notebooks/sources.stamp", "folder", "is a folder, where this step keeps its own file (the stamp of the last good build)", "rm -r")]
    [InlineData("artifacts/notebooks/BUILD-FAILED.txt", "folder", "is a folder, where this step keeps its own file (the errors of a build that failed)", "rm -r")]
    [InlineData("artifacts/notebooks.lock", "folder", "is a folder, where this step keeps its own file (the lock that lets one kernel at a time build)", "rm -r")]
    [InlineData("artifacts/notebooks.lock", "dangling", "is a symbolic link to 'nowhere/lock', which does not exist, where this step keeps its own file", "rm")]
    [InlineData("artifacts/notebooks.lock", "loop", "is a symbolic link that leads back to itself (or through more than 40 links), where this step keeps its own file", "rm")]
    [InlineData("artifacts/notebooks.lock", "fifo", "is a named pipe (FIFO), where this step keeps its own file", "rm")]
    [InlineData("artifacts/notebooks/sources.stamp", "link", "is a symbolic link to '../elsewhere.txt', where this step keeps its own file", "rm")]
    [InlineData("artifacts/notebooks/BUILD-FAILED.txt", "fifo", "is a named pipe (FIFO), where this step keeps its own file", "rm")]
    [UnsupportedOSPlatform("windows")]
    public async Task EnsureCurrent_SomethingElseInPlaceOfItsOwnFile_SaysWhatToRemoveBeforeBuilding(string name, string kind, string expected, string remove)
    {
        string root = CopyOfTheRepository();
        string path = Path.Combine(root, name);
        string elsewhere = Path.Combine(root, "artifacts", "elsewhere.txt");
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "artifacts", "notebooks"));
            File.WriteAllText(elsewhere, "not the step's\n");
            _ = kind switch
            {
                "folder" => Directory.CreateDirectory(path).FullName,
                "dangling" => File.CreateSymbolicLink(path, "nowhere/lock").FullName,
                "loop" => File.CreateSymbolicLink(path, Path.GetFileName(path)).FullName,
                "fifo" => await Shell.MakeFifoAsync(path),
                _ => File.CreateSymbolicLink(path, "../elsewhere.txt").FullName,
            };

            var exception = Assert.Throws<InvalidOperationException>(() => LibraryBuild.EnsureCurrent(root));

            Assert.StartsWith($"{name} {expected}", exception.Message, StringComparison.Ordinal);
            Assert.EndsWith($"remove it ({remove} '{name}' in the repository's root), then run the notebook again.", exception.Message, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(root, "artifacts", "notebooks", "NanoNeuron.dll")), "nothing was built");
            Assert.True(kind == "folder" ? Directory.Exists(path) : new FileInfo(path).LinkTarget is not null || File.Exists(path), "what was there is left as it was");
            Assert.Equal("not the step's\n", File.ReadAllText(elsewhere));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// What the build reads is stamped (attack 8, A8-5): a source in a deeper folder named obj (MSBuild compiles it; only a
    /// project's own bin/ and obj/ are its output), and the build settings at the root (the repository's Directory.Build.targets
    /// and Directory.Build.rsp, edited, and a nuget.config of any case a learner adds); an edit of each builds again, with its change in the library.
    /// </summary>
    [Fact]
    public void EnsureCurrent_SourcesInADeeperObjFolderAndAddedBuildSettings_AreBuiltAgainWhenEdited()
    {
        string root = CopyOfTheRepository();
        string library = Path.Combine(root, "artifacts", "notebooks", "NanoNeuron.dll");
        string stamp = Path.Combine(root, "artifacts", "notebooks", "sources.stamp");
        string marker = Path.Combine(root, "lib", "NanoNeuron", "Original", "obj", "Marker.cs");
        string targets = Path.Combine(root, "Directory.Build.targets");
        const string MarkerSource = "namespace NanoNeuron;\n\n/// <summary>A source in a folder named obj.</summary>\npublic static class Marker\n{\n    /// <summary>Which build.</summary>\n    public const string Value = \"ALPHA\";\n}\n";
        const string Targets = "<Project><PropertyGroup><AssemblyVersion>9.9.9.9</AssemblyVersion></PropertyGroup></Project>\n";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(marker)!);
            File.WriteAllText(marker, MarkerSource);
            File.WriteAllText(targets, Targets);
            File.WriteAllText(Path.Combine(root, "Directory.Build.rsp"), "# no switches\n");
            File.WriteAllText(Path.Combine(root, "nuget.config"), "<configuration />\n");
            LibraryBuild.EnsureCurrent(root);
            Assert.Equal("ALPHA", MarkerValue(library));
            Assert.Equal(new Version(9, 9, 9, 9), AssemblyName.GetAssemblyName(library).Version);
            string stamped = File.ReadAllText(stamp);
            foreach (string setting in new[] { "Directory.Build.targets", "Directory.Build.rsp", "nuget.config" })
            {
                Assert.Contains($"source {Path.Combine(root, setting)} ", stamped, StringComparison.Ordinal);
            }

            Assert.Contains($"source {marker} ", stamped, StringComparison.Ordinal);
            Assert.DoesNotContain($"{Path.Combine(root, "lib", "NanoNeuron", "obj")}/", stamped, StringComparison.Ordinal);
            Assert.DoesNotContain($"{Path.Combine(root, "lib", "NanoNeuron", "bin")}/", stamped, StringComparison.Ordinal);

            File.WriteAllText(marker, MarkerSource.Replace("ALPHA", "OMEGA", StringComparison.Ordinal));
            LibraryBuild.EnsureCurrent(root);
            Assert.Equal("OMEGA", MarkerValue(library));

            File.WriteAllText(targets, Targets.Replace("9.9.9.9", "8.8.8.8", StringComparison.Ordinal));
            LibraryBuild.EnsureCurrent(root);
            Assert.Equal(new Version(8, 8, 8, 8), AssemblyName.GetAssemblyName(library).Version);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// Sources whose names hold a newline, a carriage return, other control characters, spaces or '%' (attack 8, A8-10), and
    /// a file over 2 GB (A8-8, hashed as a stream): the stamp reads every name back, so a second run builds nothing; an
    /// edit of such a file builds again.
    /// </summary>
    [Fact]
    public void EnsureCurrent_OddFileNamesAndAFileOver2GB_TheSecondRunBuildsNothing()
    {
        string root = CopyOfTheRepository();
        string library = Path.Combine(root, "artifacts", "notebooks", "NanoNeuron.dll");
        string stamp = Path.Combine(root, "artifacts", "notebooks", "sources.stamp");
        string notes = Path.Combine(root, "lib", "NanoNeuron", "my notes");
        string big = Path.Combine(root, "lib", "NanoNeuron", "big.bin");
        string[] names = ["line\nbreak.txt", "carriage\rreturn.txt", "both\r\n.txt", "tab\t.txt", "next\u0085line.txt", "with spaces.txt", "100%.txt", "%0A.txt", "%25", "end "];
        try
        {
            Directory.CreateDirectory(notes);
            foreach (string name in names)
            {
                File.WriteAllText(Path.Combine(notes, name), $"{name}\n");
            }

            using (var file = new FileStream(big, FileMode.CreateNew))
            {
                file.SetLength((long)int.MaxValue + 2); // sparse: over 2 GB, on no disk
            }

            LibraryBuild.EnsureCurrent(root);
            string built = File.ReadLines(stamp).First();
            var written = File.GetLastWriteTimeUtc(library);

            LibraryBuild.EnsureCurrent(root);
            Assert.Equal(built, File.ReadLines(stamp).First());
            Assert.Equal(written, File.GetLastWriteTimeUtc(library));

            File.Delete(big);
            File.AppendAllText(Path.Combine(notes, names[0]), "edited\n");
            LibraryBuild.EnsureCurrent(root);
            Assert.NotEqual(built, File.ReadLines(stamp).First());
            Assert.Equal(2.0 * 3 + 1, Predict(library, 3, 2, 1));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Deletes <paramref name="path"/> so that something else can stand in its place; returns the path.</summary>
    private static string ReplacedBy(string path)
    {
        File.Delete(path);
        return path;
    }

    /// <summary>Removes the empty folder <paramref name="path"/> and puts a symbolic link to <paramref name="target"/> in its place.</summary>
    private static string ReplacedByLink(string path, string target)
    {
        Directory.Delete(path);
        return Directory.CreateSymbolicLink(path, target).FullName;
    }

    /// <summary><c>new Neuron(weight, bias).Predict(x)</c> with the NanoNeuron.dll at <paramref name="path"/>, loaded on its own and unloaded.</summary>
    private static double Predict(string path, double x, double weight, double bias) => Loaded(path, assembly =>
    {
        var type = assembly.GetType("NanoNeuron.Neuron", throwOnError: true)!;
        object model = Activator.CreateInstance(type, weight, bias)!;
        return (double)type.GetMethod("Predict", BindingFlags.Public | BindingFlags.Instance, [typeof(double)])!.Invoke(model, [x])!;
    });

    /// <summary><c>NanoNeuron.Marker.Value</c> in the NanoNeuron.dll at <paramref name="path"/>.</summary>
    private static string MarkerValue(string path) =>
        Loaded(path, assembly => (string)assembly.GetType("NanoNeuron.Marker", throwOnError: true)!.GetField("Value")!.GetRawConstantValue()!);

    /// <summary>What <paramref name="read"/> finds in the assembly at <paramref name="path"/>, loaded on its own and unloaded.</summary>
    private static T Loaded<T>(string path, Func<Assembly, T> read)
    {
        var context = new AssemblyLoadContext("built library", isCollectible: true);
        try
        {
            using var bytes = new MemoryStream(File.ReadAllBytes(path));
            return read(context.LoadFromStream(bytes));
        }
        finally
        {
            context.Unload();
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
