using System.Diagnostics;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;

namespace NanoNeuron.Setup;

/// <summary>Keeps <c>artifacts/notebooks</c> holding the course library built from the current sources; the first cell of <c>notebooks/setup.dib</c> calls it.</summary>
/// <remarks>
/// A stamp of every source's path, size and time is written only after a successful build; when the sources still
/// match it, nothing is built and the check takes milliseconds. This is compiled code rather than a notebook cell
/// because the kernel needs about half a second to compile a cell this long, every time a lesson opens.
/// One kernel at a time: several notebooks may start together, and their builds share one folder.
/// </remarks>
public static class LibraryBuild
{
    // The library's DLLs in artifacts/notebooks: a lesson must never run against an old copy of them.
    private static readonly string[] Libraries =
        ["NanoNeuron.dll", "NanoNeuron.Experiments.dll", "NanoNeuron.Exercises.dll", "NanoNeuron.Charts.dll", "NanoNeuron.Notebooks.dll", "NanoNeuron.Vectorized.dll", "NanoNeuron.MLNet.dll"];

    private const string GuardKey = "NanoNeuron.SetupGuard";

    // This step's own DLL, which the same build puts beside the library (and a failed build leaves there).
    private const string SetupLibrary = "NanoNeuron.Setup.dll";

    // Files outside lib/ that change how the library builds.
    private static readonly string[] BuildSettings = ["Directory.Build.props", "Directory.Packages.props", "global.json", ".editorconfig"];

    /// <summary>Builds the library unless it was built from exactly these sources; if the build fails, shows why and stops every later cell.</summary>
    /// <param name="repositoryRoot">The repository's root folder (<c>..</c> from <c>notebooks/</c>).</param>
    /// <exception cref="InvalidOperationException">The library did not build; the message holds the compiler's errors and what to do.</exception>
    public static void EnsureCurrent(string repositoryRoot)
    {
        string artifacts = Path.Combine(repositoryRoot, "artifacts");
        string output = Path.Combine(artifacts, "notebooks");
        Directory.CreateDirectory(output);
        using FileStream buildLock = WaitForLock(Path.Combine(artifacts, "notebooks.lock"));

        string stampFile = Path.Combine(output, "sources.stamp");
        string stamp = Stamp(repositoryRoot);
        if (File.Exists(stampFile) && File.ReadAllText(stampFile) == stamp
            && Libraries.Append(SetupLibrary).All(name => File.Exists(Path.Combine(output, name))))
        {
            return;
        }

        File.Delete(stampFile); // an interrupted or failed build must leave no valid stamp
        var (exitCode, log) = Build(repositoryRoot, output);
        string failedFile = Path.GetFullPath(Path.Combine(output, "BUILD-FAILED.txt"));
        if (exitCode == 0)
        {
            File.Delete(failedFile);
            File.WriteAllText(stampFile, stamp); // the stamp of the sources as they were before the build
            return;
        }

        // An engine may hide an exception thrown by an imported cell, so: remove the library of an earlier build (the
        // lesson must not run against it), keep the errors in BUILD-FAILED.txt, and make every later cell fail with
        // them until the library builds again.
        string errors = string.Join("\n", log.Split('\n').Select(line => line.Trim()).Where(line => line.Contains(": error ", StringComparison.Ordinal)).Distinct());
        string message = "The course library did not build, so this notebook cannot run. Fix these errors in lib/ (or undo your last change there), "
            + "then restart the kernel and run the notebook again:\n" + (errors.Length > 0 ? errors : log.Trim());
        foreach (string library in Libraries)
        {
            File.Delete(Path.Combine(output, library));
        }

        File.WriteAllText(failedFile, message + "\n");
        GuardLaterCells(failedFile);
        throw new InvalidOperationException(message);
    }

    private static FileStream WaitForLock(string path)
    {
        for (int attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 1200) // five minutes
            {
                Thread.Sleep(250);
            }
        }
    }

    private static string Stamp(string repositoryRoot)
    {
        var files = BuildSettings
            .Select(name => Path.Combine(repositoryRoot, name)).Where(File.Exists)
            .Concat(Sources(Path.Combine(repositoryRoot, "lib")).Order(StringComparer.Ordinal));
        return string.Join("\n", files.Select(file => new FileInfo(file)).Select(file => $"{file.FullName} {file.Length} {file.LastWriteTimeUtc.Ticks}"));
    }

    private static IEnumerable<string> Sources(string folder) => Directory.EnumerateFiles(folder).Concat(Directory.EnumerateDirectories(folder)
        .Where(child => Path.GetFileName(child) is not ("bin" or "obj")).SelectMany(Sources));

    private static (int ExitCode, string Log) Build(string repositoryRoot, string output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true, // VS Code's kernel speaks to the editor over its own standard output
            RedirectStandardError = true,
            WorkingDirectory = repositoryRoot,
        };
        foreach (string argument in new[] { "build", "lib/NanoNeuron.Notebooks/NanoNeuron.Notebooks.csproj", "-c", "Release", "-o", Path.GetFullPath(output), "-nologo", "-v", "quiet" })
        {
            start.ArgumentList.Add(argument);
        }

        using var build = Process.Start(start) ?? throw new InvalidOperationException("could not start `dotnet build`");
        var error = build.StandardError.ReadToEndAsync();
        string log = build.StandardOutput.ReadToEnd();
        build.WaitForExit();
        return (build.ExitCode, log + error.Result);
    }

    // Once per kernel: this assembly is loaded afresh by every run of the setup cell, so the flag lives in the AppDomain.
    private static void GuardLaterCells(string failedFile)
    {
        if (AppDomain.CurrentDomain.GetData(GuardKey) is not null)
        {
            return;
        }

        AppDomain.CurrentDomain.SetData(GuardKey, failedFile);
        Kernel.Root.AddMiddleware(async (command, context, next) =>
        {
            // Every cell fails with the errors instead of running, from setup's second cell on (which would otherwise
            // report each missing DLL), except this setup step itself and the import that runs it.
            if (command is SubmitCode submit && File.Exists(failedFile)
                && !submit.Code.Contains("#!import", StringComparison.Ordinal) && !submit.Code.Contains(nameof(LibraryBuild), StringComparison.Ordinal))
            {
                context.Fail(command, message: (await File.ReadAllTextAsync(failedFile)).TrimEnd());
                return;
            }

            await next(command, context);
        });
    }
}
