using System.Diagnostics;
using System.Globalization;
using System.Runtime.Versioning;
using CsCheck;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using NanoNeuron.Testing;
using NanoNeuron.Tools;

namespace NanoNeuron.Site.Tests;

/// <summary>Bad options and bad notebooks get one line that says what is wrong and what to do, never a stack trace.</summary>
public sealed class SiteInputTests : IDisposable
{
    private const string Lesson = """
        {"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# 01 — One\n", "\n", "*The first.*"]}],
         "metadata": {"kernelspec": {"display_name": ".NET (C#)", "language": "C#", "name": ".net-csharp"}}, "nbformat": 4, "nbformat_minor": 5}
        """;

    private readonly string root = Directory.CreateTempSubdirectory("nanoneuron-site-input-").FullName;

    public SiteInputTests()
    {
        Directory.CreateDirectory(Notebooks);
        File.WriteAllText(Path.Combine(Notebooks, "01-one.ipynb"), Lesson);
    }

    private string Notebooks => Path.Combine(root, "notebooks");

    public void Dispose() => Directory.Delete(root, recursive: true);

    private static (int ExitCode, string Output, string Error) Run(string? workingDirectory, SiteBuilder.Engine engine, params string[] args)
    {
        using var written = new StringWriter();
        using var error = new StringWriter();
        int exitCode = SiteCommand.Run(args, workingDirectory, written, error, _ => engine);
        return (exitCode, written.ToString(), error.ToString());
    }

    private static (int, string) CopyEngine(string notebook, string executed)
    {
        File.Copy(notebook, executed);
        return (0, "");
    }

    private static (int, string) NoEngine(string notebook, string executed) =>
        throw new InvalidOperationException($"the engine must not run ({notebook})");

    [Theory]
    [InlineData("--output", "")]
    [InlineData("--output", "   ")]
    [InlineData("--notebooks", "")]
    [InlineData("--notebooks", " \t")]
    [InlineData("--output", "a\0b")]
    [InlineData("--output", "new/LONG")]
    [InlineData("--output", "LONGPATH")]
    [InlineData("--notebooks", "LONG")]
    [InlineData("--output", "\ufffd")]
    [InlineData("--notebooks", "a\ufffdb")]
    public void Run_EmptyOrUnusablePath_Exits2WithOneLineNamingTheOption(string option, string value)
    {
        value = value.Replace("LONGPATH", string.Join('/', Enumerable.Repeat("deep", 1100)), StringComparison.Ordinal)
            .Replace("LONG", new string('é', 128), StringComparison.Ordinal);
        var before = Snapshot.Take(root);

        var (exitCode, output, error) = Run(root, NoEngine, option, value);

        Assert.True(exitCode == 2, output + error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith($"error: {option} ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Parameter", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
        Assert.Empty(Snapshot.Changes(before, Snapshot.Take(root)));
    }

    [Theory]
    [InlineData("notebooks/a\nb")]
    [InlineData("notebooks/a\rb")]
    [InlineData("notebooks\u0085x/..")]
    [InlineData("a\nfile")]
    [InlineData("mine\n/..//mine")]
    public void Run_RefusedPathWithLineBreaks_ReasonStaysOneLine(string value)
    {
        Directory.CreateDirectory(Path.Combine(root, "mine"));
        File.WriteAllText(Path.Combine(root, "mine", "index.html"), "my own page");
        File.WriteAllText(Path.Combine(root, "a\nfile"), "a file");
        Directory.CreateDirectory(Path.Combine(root, "mine\n"));

        var (exitCode, output, error) = Run(root, NoEngine, "--notebooks", "notebooks", "--output", value);

        Assert.True(exitCode == 2, output + error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.DoesNotContain('\r', error);
        Assert.DoesNotContain('\u0085', error);
        Assert.Contains("--output '", error, StringComparison.Ordinal);
    }

    /// <summary>A format character (a zero-width space, a byte order mark, a bidirectional mark) or a space that is not ASCII's, in an echoed argument: shown as \uXXXX.</summary>
    [Theory]
    [InlineData("--timeout-minutes", "5\u200b", "--timeout-minutes '5\\u200b'")]
    [InlineData("--timeout-minutes", "\ufeff5", "--timeout-minutes '\\ufeff5'")]
    [InlineData("--timeout-minutes", "5\u00a0", "--timeout-minutes '5\\u00a0'")]
    [InlineData("--output", "a\u2060file", "--output 'a\\u2060file' is a file")]
    [InlineData("--output", "a\u200efile", "--output 'a\\u200efile' is a file")]
    [InlineData("--output", "a\u2003file", "--output 'a\\u2003file' is a file")]
    public void Run_InvisibleCharacterInAnEchoedArgument_IsShownEscaped(string option, string value, string expected)
    {
        File.WriteAllText(Path.Combine(root, value), "a file");

        var (exitCode, output, error) = Run(root, NoEngine, "--notebooks", "notebooks", option, value);

        Assert.True(exitCode == 2, output + error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain(value, error, StringComparison.Ordinal);
    }

    /// <summary>--output under a file: refused before any notebook runs, naming the file and the fix, and nothing changes.</summary>
    [Theory]
    [InlineData("afile/sub")]
    [InlineData("afile/deeper/sub/")]
    [InlineData("afile/")]
    public void Run_OutputUnderAFile_Exits2NamingTheFileBeforeAnyNotebookRuns(string output)
    {
        File.WriteAllText(Path.Combine(root, "afile"), "a file");
        var before = Snapshot.Take(root);

        var (exitCode, written, error) = Run(root, NoEngine, "--notebooks", "notebooks", "--output", output);

        Assert.True(exitCode == 2, written + error);
        Assert.Empty(written);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains($"'{Path.Combine(root, "afile")}' is a file, not a folder", error, StringComparison.Ordinal);
        Assert.Contains("name a folder whose path holds no file, such as --output artifacts/site", error, StringComparison.Ordinal);
        Assert.Empty(Snapshot.Changes(before, Snapshot.Take(root)));
    }

    /// <summary>
    /// The site's folder, or the nearest existing folder it would be created in, read-only (any mode without the owner's
    /// write bit): refused before any notebook runs, naming that folder and the fix (chmod u+w), and nothing changes.
    /// </summary>
    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Run_OutputInAReadOnlyFolder_Exits2WithTheFixBeforeAnyNotebookRuns()
    {
        string readOnly = Directory.CreateDirectory(Path.Combine(root, "ro")).FullName;
        var cases =
            from bits in Gen.Int[0, 511]
            from missing in Gen.Int[0, 2]
            select (Mode: ((UnixFileMode)bits | UnixFileMode.UserRead | UnixFileMode.UserExecute) & ~UnixFileMode.UserWrite, Missing: missing);

        cases.Sample(example =>
        {
            string output = Path.Combine(["ro", .. Enumerable.Repeat("new", example.Missing)]);
            var before = Snapshot.Take(root);
            File.SetUnixFileMode(readOnly, example.Mode);
            try
            {
                var (exitCode, written, error) = Run(root, NoEngine, "--notebooks", "notebooks", "--output", output);

                Assert.True(exitCode == 2, written + error);
                Assert.Single(error.TrimEnd().Split('\n'));
                Assert.Contains($"the folder '{readOnly}' is read-only, so the site cannot be written {(example.Missing == 0 ? "in it" : "under it")}", error, StringComparison.Ordinal);
                Assert.Contains($"make the folder writable (chmod u+w '{readOnly}') or choose another folder", error, StringComparison.Ordinal);
            }
            finally
            {
                File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            Assert.Empty(Snapshot.Changes(before, Snapshot.Take(root)));
        }, iter: 20, threads: 1);
    }

    [Theory]
    [InlineData("/proc", "proc")]
    [InlineData("/sys", "sysfs")]
    public void Run_OutputUnderTheSystemsFileSystems_Exits2NamingItBeforeAnyNotebookRuns(string folder, string type)
    {
        var (exitCode, written, error) = Run(root, NoEngine, "--notebooks", "notebooks", "--output", folder + "/site");

        Assert.True(exitCode == 2, written + error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains($"the folder '{folder}' belongs to the system's {type} file system, which is the kernel's own (processes, devices, settings), not a place for files", error, StringComparison.Ordinal);
        Assert.Contains("choose another folder, such as --output artifacts/site", error, StringComparison.Ordinal);
        Assert.DoesNotContain("chmod", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder + "/site"));
    }

    /// <summary>A symbolic link to /proc, /sys or /dev/pts is refused for what it leads to: "chmod u+w link" would change /proc itself.</summary>
    [Theory]
    [InlineData("/proc", "proc")]
    [InlineData("/sys", "sysfs")]
    [InlineData("/dev/pts", "devpts")]
    [UnsupportedOSPlatform("windows")]
    public void Run_OutputThroughALinkToASystemFolder_Exits2NamingWhereItLeads(string folder, string type)
    {
        string link = Path.Combine(root, "system");
        File.CreateSymbolicLink(link, folder);

        var (exitCode, written, error) = Run(root, NoEngine, "--notebooks", "notebooks", "--output", "system/site");

        Assert.True(exitCode == 2, written + error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains($"the folder '{link}' leads to '{folder}', which belongs to the system's {type} file system, which is the kernel's own (processes, devices, settings), not a place for files", error, StringComparison.Ordinal);
        Assert.DoesNotContain("chmod", error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A numbered notebook that cannot be read as a file — a named pipe (reading it would block the build for ever), a
    /// device, a link that leads nowhere, a file larger than any notebook — is named with its cause before any engine
    /// starts or any folder is made, never blamed on writing the site. So is a glossary that is a named pipe, or whose bytes
    /// are not UTF-8 (after a byte order mark or not).
    /// </summary>
    [Theory]
    [InlineData("fifo", "01-one.ipynb is a named pipe (FIFO), not a notebook file")]
    [InlineData("device", "01-one.ipynb is a device, not a notebook file")]
    [InlineData("dangling", "01-one.ipynb is a symbolic link to 'nowhere.ipynb', which does not exist")]
    [InlineData("huge", "01-one.ipynb is 268,435,457 bytes long, not a notebook")]
    [InlineData("glossary", "glossary.md (beside the notebooks) is a named pipe (FIFO), not a markdown file")]
    [InlineData("glossary-huge", "glossary.md (beside the notebooks) is 268,435,457 bytes long, not a markdown file")]
    [InlineData("glossary-dir", "glossary.md (beside the notebooks) is a folder, not a markdown file")]
    [InlineData("glossary-latin1", "glossary.md (beside the notebooks) is not UTF-8 at byte offset 3 (0xE9)")]
    [InlineData("glossary-bom-latin1", "glossary.md (beside the notebooks) is not UTF-8 at byte offset 6 (0xE9)")]
    [InlineData("folder", "00-x.ipynb is a folder, not a notebook file")]
    [UnsupportedOSPlatform("windows")]
    public async Task Build_NotebookThatIsNotAReadableFile_OneLineNamesItsCauseAndNothingStarts(string kind, string expected)
    {
        string notebook = Path.Combine(Notebooks, "01-one.ipynb");
        string glossary = Path.Combine(Notebooks, "glossary.md");
        if (!kind.StartsWith("glossary", StringComparison.Ordinal) && kind != "folder")
        {
            File.Delete(notebook);
        }

        switch (kind)
        {
            case "glossary-dir":
                Directory.CreateDirectory(glossary);
                break;
            case "glossary-latin1" or "glossary-bom-latin1": // attack 14, A14a-1: the page showed \ufffd for the byte
                File.WriteAllBytes(glossary, [.. kind == "glossary-bom-latin1" ? new byte[] { 0xEF, 0xBB, 0xBF } : [], .. "caf"u8, 0xE9]);
                break;
            case "folder":
                Directory.CreateDirectory(Path.Combine(Notebooks, "00-x.ipynb")); // named like a lesson: never skipped
                break;
            case "fifo" or "glossary":
                await Shell.MakeFifoAsync(kind == "fifo" ? notebook : Path.Combine(Notebooks, "glossary.md"));
                break;
            case "device":
                File.CreateSymbolicLink(notebook, "/dev/zero"); // endless: File.ReadAllBytes would never return
                break;
            case "dangling":
                File.CreateSymbolicLink(notebook, "nowhere.ipynb");
                break;
            default:
                using (var huge = File.Create(kind == "huge" ? notebook : glossary))
                {
                    huge.SetLength(SiteBuilder.MaxNotebookBytes + 1); // sparse: takes no room on disk
                }

                break;
        }

        // Not Snapshot.Take: it reads every file, and would block on the pipe too.
        var (exitCode, output, error) = Run(root, NoEngine, "--notebooks", "notebooks", "--output", "site");

        Assert.True(exitCode == 1, output + error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("could not write the site", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "site")), "no site folder is made");
        if (kind.StartsWith("glossary", StringComparison.Ordinal))
        {
            Assert.Contains("git checkout -- notebooks/glossary.md", error, StringComparison.Ordinal);
            Assert.DoesNotContain("lesson", error, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Attack 14, A14a-4 and A14a-5: an output folder, or the folder above a new one, that is immutable (chattr +i) or
    /// append-only (chattr +a) is refused before any engine starts naming the attribute and chattr as the fix (it was told to
    /// chmod u+w, or given .NET's "Access denied"), and nothing is left in it (a probe folder stayed in the append-only one).
    /// Where chattr does not work (not root, or a file system without the attributes) it is reported as skipped, with why.
    /// </summary>
    [SkippableTheory]
    [InlineData('i', "site")]
    [InlineData('a', "site")]
    [InlineData('i', "locked/site")]
    [InlineData('a', "locked/site")]
    [InlineData('i', "link/site")] // attack 15: through a link, chattr must be run on the folder it leads to
    [InlineData('a', "link/site")]
    [UnsupportedOSPlatform("windows")]
    public void Build_IntoAnImmutableOrAppendOnlyFolder_IsRefusedNamingTheAttribute(char attribute, string output)
    {
        string locked = Directory.CreateDirectory(Path.Combine(root, output == "site" ? "site" : "locked")).FullName;
        if (output.StartsWith("link/", StringComparison.Ordinal))
        {
            File.CreateSymbolicLink(Path.Combine(root, "link"), locked);
        }

        Skip.IfNot(LinuxAttributes.Chattr($"+{attribute}", locked), "chattr needs root and a file system that takes the attributes (CI has both)");
        try
        {
            var (exitCode, written, error) = Run(root, NoEngine, "--notebooks", "notebooks", "--output", output);

            Assert.True(exitCode == 2, written + error);
            Assert.Single(error.TrimEnd().Split('\n'));
            string folder = output.StartsWith("link/", StringComparison.Ordinal) ? $"{Path.Combine(root, "link")}' leads to '{locked}', which" : $"{locked}'";
            Assert.Contains($"the folder '{folder} is {(attribute == 'i' ? "immutable (chattr +i)" : "append-only (chattr +a)")}", error, StringComparison.Ordinal);
            Assert.Contains($"remove the attribute (chattr -{attribute} '{locked}', as root)", error, StringComparison.Ordinal);
            Assert.Empty(Directory.EnumerateFileSystemEntries(locked));
        }
        finally
        {
            LinuxAttributes.Chattr($"-{attribute}", locked);
        }
    }

    /// <summary>--notebooks that is no folder is named for what it is (rc 2, like the other options), not "no numbered notebooks in it".</summary>
    [Theory]
    [InlineData("missing", "does not exist")]
    [InlineData("file", "is a file, not a folder")]
    [InlineData("fifo", "is a named pipe (FIFO), not a folder")]
    [InlineData("loop", "is a symbolic link that leads back to itself")]
    [InlineData("dangling", "is a symbolic link to 'nowhere', which does not exist")]
    [UnsupportedOSPlatform("windows")]
    public async Task Run_NotebooksThatIsNoFolder_Exits2SayingWhatItIs(string kind, string expected)
    {
        string path = Path.Combine(root, "given");
        switch (kind)
        {
            case "file":
                File.WriteAllText(path, "a file");
                break;
            case "fifo":
                await Shell.MakeFifoAsync(path);
                break;
            case "loop":
                File.CreateSymbolicLink(path, "given");
                break;
            case "dangling":
                File.CreateSymbolicLink(path, "nowhere");
                break;
        }

        var (exitCode, output, error) = Run(root, NoEngine, "--notebooks", "given", "--output", "site");

        Assert.True(exitCode == 2, output + error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains($"--notebooks '{path}' ", error, StringComparison.Ordinal);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("no numbered notebooks", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "site")), "no site folder is made");
    }

    /// <summary>--output that is itself a link that loops or leads nowhere is named as such (exit 2), not called a file (attack 5, S1–S2); nothing is written where it leads.</summary>
    [Theory]
    [InlineData("loop", "is a symbolic link that leads back to itself (or through more than 40 links): remove or fix the link")]
    [InlineData("dangling", "is a symbolic link to 'elsewhere/site', which does not exist: remove or fix the link")]
    [InlineData("chain", "is a symbolic link to 'ROOT/elsewhere/site', which does not exist: remove or fix the link")]
    [UnsupportedOSPlatform("windows")]
    public void Run_OutputThatIsABrokenLink_Exits2SayingWhatItIs(string kind, string expected)
    {
        string link = Path.Combine(root, "out");
        File.CreateSymbolicLink(link, kind switch { "loop" => "out", "chain" => "middle", _ => "elsewhere/site" });
        if (kind == "chain")
        {
            File.CreateSymbolicLink(Path.Combine(root, "middle"), "elsewhere/site"); // the end of the chain is named (attack 6, F-S1)
        }

        expected = expected.Replace("ROOT", root, StringComparison.Ordinal);

        var (exitCode, output, error) = Run(root, NoEngine, "--notebooks", "notebooks", "--output", "out");

        Assert.True(exitCode == 2, output + error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith($"error: --output 'out' {expected}", error, StringComparison.Ordinal);
        Assert.DoesNotContain("is a file", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "elsewhere")), "nothing is written where it leads");
    }

    /// <summary>
    /// --output through a chain of n links to a real folder: Linux follows 40 links in one path, so a chain of more (or a
    /// link that loops, or one that leads nowhere) is refused as such, never called a file; a shorter one is written
    /// through (attack 4, S11–S12).
    /// </summary>
    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void UnwritableOutput_ThroughALinkLoopOrTooLongAChain_SaysSo()
    {
        var wrong = LinkChain.Check(root, link => SiteBuilder.UnwritableOutput(Path.Combine(link, "site"), "out"), neverSays: "is a file");
        Gen.Int[0, LinkChain.Length + 1].Sample(n => Assert.Null(wrong(n)), iter: 60, threads: 1);
    }

    /// <summary>
    /// The pinned engine runs through the repository's tool manifest: a notebooks folder with none above it is refused
    /// before anything starts (every notebook would fail with "Cannot find a tool in the manifest file"), and so is one
    /// under a root manifest that does not pin it. The repository's own notebooks folder has it.
    /// </summary>
    [Fact]
    public void MissingEngine_OutsideTheRepository_SaysSoAndHowToFixIt_InsideItIsNull()
    {
        Assert.Null(NotebookRunner.MissingEngine(Path.Combine(RepositoryRoot.Path, "notebooks")));
        Assert.Contains("no tool manifest (dotnet-tools.json) in it or any folder above it pins dotnet-repl", NotebookRunner.MissingEngine(Notebooks), StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(root, "dotnet-tools.json"), """{"version": 1, "isRoot": true, "tools": {"other": {"version": "1.0.0", "commands": ["other"]}}}""");
        Assert.Contains("is marked as the root", NotebookRunner.MissingEngine(Notebooks), StringComparison.Ordinal);

        var (exitCode, output, error) = (0, "", "");
        using (var written = new StringWriter())
        using (var failed = new StringWriter())
        {
            exitCode = SiteCommand.Run(["--notebooks", Notebooks, "--output", Path.Combine(root, "site")], root, written, failed);
            (output, error) = (written.ToString(), failed.ToString());
        }

        Assert.True(exitCode == 2, output + error);
        Assert.StartsWith($"error: --notebooks '{Notebooks}': the tool manifest", error, StringComparison.Ordinal);
        Assert.Contains("pass the repository's notebooks folder (--notebooks notebooks)", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "site")));
    }

    /// <summary>
    /// A tool manifest above the notebooks that is no readable file — a named pipe (reading it would block for ever), a link
    /// to a device (it would fill the memory), a link that leads nowhere — or no JSON is named with its cause before
    /// anything starts, in one line with exit code 2 (attack 4, S6–S7).
    /// </summary>
    [Theory]
    [InlineData("fifo", "is a named pipe (FIFO), not a tool manifest")]
    [InlineData("device", "is a device, not a tool manifest")]
    [InlineData("dangling", "is a symbolic link to 'nowhere.json', which does not exist")]
    [InlineData("json", "is not valid JSON")]
    [UnsupportedOSPlatform("windows")]
    public async Task Run_ManifestThatIsNoReadableFile_Exits2NamingItsCause(string kind, string expected)
    {
        string manifest = Path.Combine(root, "dotnet-tools.json");
        switch (kind)
        {
            case "fifo":
                await Shell.MakeFifoAsync(manifest);
                break;
            case "device":
                File.CreateSymbolicLink(manifest, "/dev/zero");
                break;
            case "dangling":
                File.CreateSymbolicLink(manifest, "nowhere.json");
                break;
            default:
                File.WriteAllText(manifest, "{\"tools\": ");
                break;
        }

        // The pinned engine (no stand-in): its manifest is looked for before anything starts, and nothing does.
        using var written = new StringWriter();
        using var failed = new StringWriter();
        int exitCode = SiteCommand.Run(["--notebooks", "notebooks", "--output", "site"], root, written, failed);
        var (output, error) = (written.ToString(), failed.ToString());

        Assert.True(exitCode == 2, output + error);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith($"error: --notebooks 'notebooks': the tool manifest '{manifest}' {expected}", error, StringComparison.Ordinal);
        Assert.Contains("git checkout -- dotnet-tools.json", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "site")), "no site folder is made");
    }

    [Fact]
    public void Run_RelativePaths_ResolveFromTheWorkingDirectoryGiven()
    {
        var (exitCode, output, error) = Run(root, CopyEngine, "--notebooks", "notebooks", "--output", "site");

        Assert.True(exitCode == 0, output + error);
        Assert.True(File.Exists(Path.Combine(root, "site", "01-one.html")));
    }

    [Fact]
    public void Run_FolderNamedWithAnAt_IsAFolderNotAResponseFile()
    {
        var (exitCode, output, error) = Run(root, CopyEngine, "--notebooks", "notebooks", "--output", "@site");

        Assert.True(exitCode == 0, output + error);
        Assert.True(File.Exists(Path.Combine(root, "@site", "01-one.html")));
    }

    /// <summary>
    /// Started from a folder that was deleted after the shell entered it (attack 13, A13a-11): --help and --list-lessons
    /// answer, and a build, even with absolute paths, is refused with one line saying what to do; never exit 134 with a
    /// stack trace. The builder's own process, started by a shell that deletes its folder first.
    /// </summary>
    [Theory]
    [InlineData("--help", 0, "--notebooks")]
    [InlineData("--list-lessons", 0, "00-")]
    [InlineData("build", 2, "")]
    public async Task Main_CurrentFolderDeleted_HelpAndListAnswerAndABuildIsRefusedWithWhatToDo(string what, int expected, string said)
    {
        string[] args = what == "build" ? ["--notebooks", Notebooks, "--output", Path.Combine(root, "site")] : [what];
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("mkdir gone && cd gone && rmdir ../gone && exec dotnet \"$@\"");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(typeof(SiteBuilder).Assembly.Location);
        foreach (string argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        using var builder = Process.Start(start)!;
        var error = builder.StandardError.ReadToEndAsync();
        string output = await builder.StandardOutput.ReadToEndAsync();
        await builder.WaitForExitAsync();

        Assert.True(builder.ExitCode == expected, $"exit {builder.ExitCode}:\n{output}{await error}");
        Assert.Contains(said, output, StringComparison.Ordinal);
        Assert.Equal(what == "build" ? $"error: {SiteCommand.FolderGone}\n" : "", await error);
        Assert.Contains("cd to the repository's root", SiteCommand.FolderGone, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "site")), "no site folder is made");
    }

    [Fact]
    public void Run_NoWorkingDirectory_BuildsNothingAndSaysSo()
    {
        var (exitCode, output, error) = Run(null, NoEngine, "--notebooks", Notebooks, "--output", Path.Combine(root, "site"));

        Assert.Equal(2, exitCode);
        Assert.Equal("", output);
        Assert.Equal($"error: {SiteCommand.FolderGone}\n", error.ReplaceLineEndings("\n"));
        Assert.False(Directory.Exists(Path.Combine(root, "site")));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-3")]
    [InlineData("ten")]
    public void Run_BadTimeout_Exits2(string minutes)
    {
        var (exitCode, _, error) = Run(root, NoEngine, "--notebooks", "notebooks", "--output", "site", "--timeout-minutes", minutes);

        Assert.Equal(2, exitCode);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("--timeout-minutes", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_TimeoutOption_ReachesTheEngine()
    {
        TimeSpan? given = null;
        using var written = new StringWriter();
        using var error = new StringWriter();

        int exitCode = SiteCommand.Run(["--notebooks", "notebooks", "--output", "site", "--timeout-minutes", "3"], root, written, error,
            timeout => { given = timeout; return CopyEngine; });

        Assert.Equal(0, exitCode);
        Assert.Equal(TimeSpan.FromMinutes(3), given);
    }

    [Theory]
    [InlineData("01-a b.ipynb", "01-a%20b.html")]
    [InlineData("01-a#b.ipynb", "01-a%23b.html")]
    [InlineData("01-a?b&c.ipynb", "01-a%3Fb%26c.html")]
    [InlineData("01-é.ipynb", "01-%C3%A9.html")]
    public void Build_NotebookNameNeedsEncoding_LinksInTheMapAndTheNavigationAreEncoded(string name, string href)
    {
        File.Move(Path.Combine(Notebooks, "01-one.ipynb"), Path.Combine(Notebooks, name));
        File.WriteAllText(Path.Combine(Notebooks, "02-two.ipynb"), Lesson.Replace("01 — One", "02 — Two", StringComparison.Ordinal));

        var (exitCode, output, error) = Run(root, CopyEngine, "--notebooks", "notebooks", "--output", "site");

        Assert.True(exitCode == 0, output + error);
        string site = Path.Combine(root, "site");
        Assert.Contains($"<a href=\"{href}\">01 — One</a>", File.ReadAllText(Path.Combine(site, "index.html")), StringComparison.Ordinal);
        Assert.Contains($"<a href=\"{href}\">← 01 — One</a>", File.ReadAllText(Path.Combine(site, "02-two.html")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site, Path.ChangeExtension(name, ".html"))), "the page keeps the notebook's name on disk");
        Assert.Contains("<a href=\"02-two.html\">02 — Two →</a>", File.ReadAllText(Path.Combine(site, Path.ChangeExtension(name, ".html"))), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ \"cells\": [ ,", "01-one.ipynb is not valid JSON (line 1, ")]
    [InlineData("{\"cells\": []}\n}", "01-one.ipynb is not valid JSON (line 2, ")]
    [InlineData("", "01-one.ipynb is not valid JSON")]
    [InlineData("[1, 2]", "01-one.ipynb is not a notebook")]
    [InlineData("{\"metadata\": {}}", "01-one.ipynb is not a notebook")]
    [InlineData("{\"cells\": [1]}", "01-one.ipynb is not a notebook: its cell 1 is a number, not a cell (an object)")]
    [InlineData("{\"cells\": [{\"cell_type\": \"code\", \"source\": 5}]}", "01-one.ipynb is not a notebook: its cell 1 has a \"source\" that is a number, not a text or a list of texts")]
    public void Build_NotebookIsNotValidJson_OneLineNamesItAndTheErrorAndTheEngineDoesNotRun(string contents, string expected)
    {
        File.WriteAllText(Path.Combine(Notebooks, "01-one.ipynb"), contents);

        var (exitCode, output, error) = Run(root, NoEngine, "--notebooks", "notebooks", "--output", "site");

        Assert.True(exitCode == 1, output + error);
        Assert.Contains("[1/1] 01-one.ipynb ... failed", output, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    /// <summary>The files of <see cref="Build_NotebookNotPlainUtf8_OneLineNamesWhyAndTheEngineDoesNotRun"/>, what the error starts with, and the fix it gives.</summary>
    public static TheoryData<byte[], string, string> NotPlainUtf8 => new()
    {
        { [.. "{\"cells\":[{\"cell_type\":\"markdown\",\"source\":\""u8, 0xFF, 0xFE, .. "\"}]}"u8], "error: 01-one.ipynb is not UTF-8 at byte offset 44 (0xFF)", "save it as UTF-8" },
        { [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(Lesson)], "error: 01-one.ipynb starts with a byte order mark (EF BB BF)", "save it as UTF-8 without BOM" },
    };

    /// <summary>
    /// A notebook holding bytes that are not UTF-8, or starting with a UTF-8 byte order mark, is refused before any engine
    /// starts, naming the first such byte's offset, or the mark (attack 13: A13a-3, the bytes FF FE were built silently into
    /// U+FFFD on the page and in the executed copy; A13a-2, the mark, invisible in every editor, was reported as "'0xEF' is
    /// an invalid start of a value").
    /// </summary>
    [Theory]
    [MemberData(nameof(NotPlainUtf8))]
    public void Build_NotebookNotPlainUtf8_OneLineNamesWhyAndTheEngineDoesNotRun(byte[] notebook, string start, string fix)
    {
        File.WriteAllBytes(Path.Combine(Notebooks, "01-one.ipynb"), notebook);

        var (exitCode, output, error) = Run(root, NoEngine, "--notebooks", "notebooks", "--output", "site");

        Assert.True(exitCode == 1, output + error);
        Assert.Contains("[1/1] 01-one.ipynb ... failed", output, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.StartsWith(start, error, StringComparison.Ordinal);
        Assert.Contains(fix, error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(root, "site")));
    }

    /// <summary>
    /// <see cref="SiteBuilder.NotUtf8At"/> finds nothing exactly in UTF-8 (as a strict decoder reads it), and otherwise the
    /// offset where valid UTF-8 stops: everything before it decodes, the sequence at it does not (A13a-3).
    /// </summary>
    [Fact]
    public void NotUtf8At_AnyBytes_IsNullExactlyForUtf8AndElseWhereTheValidTextStops()
    {
        var strict = new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        var piece = Gen.OneOf(Gen.String.Select(text => System.Text.Encoding.UTF8.GetBytes(text)), Gen.Byte.Array[0, 4]);
        piece.Array[0, 5].Select(pieces => pieces.SelectMany(bytes => bytes).ToArray()).Sample(bytes =>
        {
            bool valid;
            try
            {
                strict.GetString(bytes);
                valid = true;
            }
            catch (System.Text.DecoderFallbackException)
            {
                valid = false;
            }

            int? offset = SiteBuilder.NotUtf8At(bytes);
            Assert.Equal(valid, offset is null);
            if (offset is { } at)
            {
                Assert.True(System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(0, at)));
                Assert.NotEqual(System.Buffers.OperationStatus.Done, System.Text.Rune.DecodeFromUtf8(bytes.AsSpan(at), out _, out _));
            }
        }, iter: 2000, threads: 1);
    }

    /// <summary>
    /// Every cell is checked before an engine starts (attack 8, A8-3: a cell that is a number made the engine print a stack
    /// trace, a "source" that is a number was lost silently): a notebook is refused exactly when one of its cells is not an
    /// object with a known "cell_type" and a text or list of texts as "source", and the first such cell is named.
    /// </summary>
    [Fact]
    public void NotANotebook_AnyMixOfCells_IsRefusedExactlyWhenACellIsInvalidNamingTheFirst()
    {
        string[] valid =
        [
            """{"cell_type": "code", "source": "1 + 1"}""",
            """{"cell_type": "markdown", "source": ["# A\n", "b"]}""",
            """{"cell_type": "raw", "source": [], "metadata": {}}""",
        ];
        string[] invalid =
        [
            "1", "null", "\"text\"", "[]", "{}", """{"cell_type": "code"}""", """{"cell_type": "python", "source": ""}""",
            """{"cell_type": 3, "source": ""}""", """{"cell_type": "code", "source": 5}""", """{"cell_type": "code", "source": ["a", 2]}""",
            """{"cell_type": "markdown", "source": {"a": "b"}}""", """{"cell_type": "markdown", "source": null}""",
        ];
        string path = Path.Combine(root, "mix.ipynb");
        Gen.Int[0, valid.Length + invalid.Length - 1].Array[0, 6].Sample(picks =>
        {
            string[] cells = [.. picks.Select(i => i < valid.Length ? valid[i] : invalid[i - valid.Length])];
            File.WriteAllText(path, $"{{\"cells\": [{string.Join(", ", cells)}], \"metadata\": {{}}, \"nbformat\": 4, \"nbformat_minor\": 5}}");
            int firstInvalid = Array.FindIndex(picks, i => i >= valid.Length);
            string? reason = SiteBuilder.NotANotebook(path);
            if (firstInvalid < 0)
            {
                Assert.Null(reason);
            }
            else
            {
                Assert.NotNull(reason);
                Assert.StartsWith(string.Create(CultureInfo.InvariantCulture, $"is not a notebook: its cell {firstInvalid + 1} "), reason, StringComparison.Ordinal);
                Assert.EndsWith("open it in VS Code or Jupyter and save it again.", reason, StringComparison.Ordinal);
            }
        }, iter: 200, threads: 1);
    }

    /// <summary>
    /// A failing cell's error is echoed escaped, on one line (attack 13, A13a-7: an escape sequence in an exception's message
    /// reached the terminal raw and turned it red, and the engine's stack trace followed on three more lines).
    /// </summary>
    [Fact]
    public void Build_CellErrorHoldsAnEscapeSequence_OneEscapedLineWithoutTheStackTrace()
    {
        static (int, string) Failing(string notebook, string executed)
        {
            var document = new InteractiveDocument(
            [
                new InteractiveDocumentElement("throw new System.Exception(\"boom \\u001b[31m in cell\");", "csharp",
                    [new ErrorElement("System.Exception: boom \u001b[31m in cell\n   at Submission#1.<<Initialize>>d__0.MoveNext()", "Error")]),
            ]);
            File.WriteAllText(executed, Notebook.ToJupyterJson(document, "C#"));
            return (0, "");
        }

        var (exitCode, output, error) = Run(root, Failing, "--notebooks", "notebooks", "--output", "site");

        Assert.True(exitCode == 1, output + error);
        Assert.Equal(
            "error: 01-one.ipynb, cell 1 («throw new System.Exception(\"boom \\u001b[31m in cell\");»): Error: System.Exception: boom \\u001b[31m in cell",
            error.TrimEnd());
    }

    /// <summary>Whatever a failing cell's source and error hold, the line naming it is one line that a terminal shows as written (A13a-7).</summary>
    [Fact]
    public void FailedCell_AnyErrorText_IsOneLineOfVisibleCharactersKeepingTheErrorsFirstLine()
    {
        const string Characters = "a \u001b\u0007\n\r\u2028\u0085\ufeff\u202e\u00a0é";
        var text = Gen.Int[0, Characters.Length - 1].Select(i => Characters[i]).Array[0, 12].Select(chars => new string(chars));
        Gen.Select(text, text, text).Sample((source, name, value) =>
        {
            string line = SiteBuilder.FailedCell("01-one.ipynb", 2, source, new ErrorElement(value, name));

            Assert.DoesNotContain('\n', line);
            Assert.All(line.EnumerateRunes(), rune => Assert.True(rune.Value == ' ' || !PrintableText.Hidden(rune), line));
            Assert.EndsWith(": " + PrintableText.Escape(value.Split('\n')[0].TrimEnd('\r')), line, StringComparison.Ordinal);
        }, iter: 500, threads: 1);
    }

    [Fact]
    public void Build_EngineTimesOut_OneLineNamesTheNotebookAndTheLimit()
    {
        static (int, string) Slow(string notebook, string executed) =>
            throw new NotebookTimeoutException(Path.GetFileName(notebook), TimeSpan.FromMinutes(10));

        var (exitCode, output, error) = Run(root, Slow, "--notebooks", "notebooks", "--output", "site");

        Assert.True(exitCode == 1, output + error);
        Assert.Contains("[1/1] 01-one.ipynb ... failed", output, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Contains("01-one.ipynb did not finish within 10 minutes", error, StringComparison.Ordinal);
        Assert.Contains("--timeout-minutes", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(root, "site", "01-one.html")));
    }

    [Fact]
    public void Run_ProcessOutlivesItsTimeout_ItsWholeTreeIsKilled()
    {
        // A shell whose child sleeps: killing only the shell would leave the child running and holding the output open.
        string pidFile = Path.Combine(root, "child.pid");
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"sleep 300 & echo $! > '{pidFile}'; echo started; wait");
        var timer = Stopwatch.StartNew();

        var exception = Assert.Throws<NotebookTimeoutException>(() => NotebookRunner.Run(start, "01-slow.ipynb", TimeSpan.FromSeconds(2)));

        Assert.True(timer.Elapsed < TimeSpan.FromSeconds(60), $"took {timer.Elapsed}");
        Assert.Contains("01-slow.ipynb did not finish within 2 seconds", exception.Message, StringComparison.Ordinal);
        int child = int.Parse(File.ReadAllText(pidFile).Trim(), System.Globalization.CultureInfo.InvariantCulture);
        var deadline = Stopwatch.StartNew();
        while (ProcessTable.IsRunning(child) && deadline.Elapsed < TimeSpan.FromSeconds(10))
        {
            Thread.Sleep(100);
        }

        Assert.False(ProcessTable.IsRunning(child), $"the child process {child} still runs");
    }

    [Fact]
    public void Run_ProcessEndsInTime_ReturnsItsExitCodeAndOutput()
    {
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("echo out; echo err >&2; exit 3");

        var (exitCode, log) = NotebookRunner.Run(start, "01-quick.ipynb", TimeSpan.FromMinutes(1));

        Assert.Equal(3, exitCode);
        Assert.Contains("out", log, StringComparison.Ordinal);
        Assert.Contains("err", log, StringComparison.Ordinal);
    }

    [Fact]
    public void Engine_NotebookStartedFromTheRepositoryRoot_FirstErrorSaysToRunItFromTheNotebooksFolder()
    {
        // The engine resolves "#!import setup.dib" from its working directory; from the repository's root it finds the
        // root's setup.dib, whose only job is to say how to run the lesson.
        string folder = Path.Combine(RepositoryRoot.Path, "artifacts", "test-notebooks", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var document = new InteractiveDocument(
            [
                new InteractiveDocumentElement(PageRenderer.SetupLine, "csharp", []),
                new InteractiveDocumentElement("var fine = 1;", "csharp", []),
                new InteractiveDocumentElement("Console.WriteLine(Neuron.OriginalStart);", "csharp", []),
            ]);
            string notebook = Path.Combine(folder, "01-lesson.ipynb");
            File.WriteAllText(notebook, Notebook.ToJupyterJson(document, "C#"));
            string executed = Path.Combine(folder, "executed.ipynb");

            var (exitCode, log) = NotebookRunner.Execute(notebook, executed, RepositoryRoot.Path);

            Assert.True(File.Exists(executed), $"the engine wrote no executed notebook (exit code {exitCode}):\n{log}");
            Assert.NotEqual(0, exitCode);
            var first = SiteBuilder.FirstError(Notebook.Parse(File.ReadAllText(executed)));
            Assert.NotNull(first);
            Assert.Equal(1, first.Value.Cell);
            Assert.Contains("cd notebooks && dotnet repl --run", first.Value.Error.ErrorValue, StringComparison.Ordinal);
            Assert.DoesNotContain("FileNotFoundException", first.Value.Error.ErrorValue, StringComparison.Ordinal);
            var cells = Notebook.Parse(File.ReadAllText(executed)).Elements.ToList();
            foreach (int later in new[] { 1, 2 })
            {
                var errors = cells[later].Outputs.OfType<ErrorElement>().ToList();
                Assert.True(errors.Count == 1, $"cell {later + 1} should fail with the same advice");
                Assert.Contains("cd notebooks", errors[0].ErrorValue, StringComparison.Ordinal);
                Assert.DoesNotContain("CS0103", errors[0].ErrorValue, StringComparison.Ordinal);
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
