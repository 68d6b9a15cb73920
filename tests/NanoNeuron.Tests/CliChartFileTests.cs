using System.Diagnostics;
using System.Runtime.Versioning;
using System.Text;
using CsCheck;
using NanoNeuron.Testing;

namespace NanoNeuron.Tests;

/// <summary>
/// The chart file (issue 19): a name is a name, however it starts and up to the longest a file system allows; a replaced
/// chart keeps its permissions, owner and group; a symbolic link is followed, and the link kept; a folder the chart cannot
/// be written in is refused before training.
/// </summary>
public sealed class CliChartFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("nanoneuron-chart-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Run_ChartNamedWithAnAt_IsAFileNotAResponseFile()
    {
        // A file named like the rest of the name: a response file would be read from it.
        File.WriteAllText(Path.Combine(folder, "c.html"), "--epochs -1");
        string path = Path.Combine(folder, "@c.html");

        var (exitCode, output, error) = Cli.Run("--epochs", "10", "--chart", path);

        Assert.True(exitCode == 0, error);
        Assert.Contains($"Chart written to {path}", output, StringComparison.Ordinal);
        Assert.Contains("Plotly.newPlot", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal("--epochs -1", File.ReadAllText(Path.Combine(folder, "c.html")));
    }

    [Fact]
    public void Run_NumberStartingWithAnAt_IsRefusedAsANumber()
    {
        var (exitCode, _, error) = Cli.Run("--epochs", "@args");

        Assert.Equal(2, exitCode);
        Assert.Contains("--epochs is '@args'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("esponse file", error, StringComparison.Ordinal);
    }

    private static readonly string[] Letters = ["a", "Z", "0", "-", " ", "é", "ß", "日", "本", "😀", "\u0001", "#"];

    /// <summary>
    /// Names of every length up to 255 bytes in UTF-8 (the file system's limit), from one- to four-byte characters: the
    /// chart is written under exactly that name, with nothing left beside it. One byte more is refused before training.
    /// </summary>
    [Fact]
    public void Run_ChartNameUpTo255Bytes_IsWritten_AndLongerIsRefused()
    {
        var names =
            from letters in Gen.Int[0, Letters.Length - 1].Select(i => Letters[i]).Array[1, 80]
            from bytes in Gen.OneOf(Gen.Int[1, 250], Gen.Int[212, 250], Gen.Const(250), Gen.Int[251, 260])
            select Name(letters, bytes);

        names.Sample(name =>
        {
            string path = Path.Combine(folder, name);
            int size = Encoding.UTF8.GetByteCount(name);

            var (exitCode, _, error) = Cli.Run("--epochs", "3", "--chart", path);

            if (size <= 255)
            {
                Assert.True(exitCode == 0, $"{size} bytes: {error}");
                Assert.Contains("Plotly.newPlot", File.ReadAllText(path), StringComparison.Ordinal);
                Assert.Equal([path], Directory.GetFileSystemEntries(folder));
                File.Delete(path);
            }
            else
            {
                Assert.Equal(2, exitCode);
                Assert.Contains($"the file name is {size} bytes long", error, StringComparison.Ordinal);
                Assert.Single(error.TrimEnd().Split('\n'));
                Assert.Empty(Directory.GetFileSystemEntries(folder));
            }
        }, iter: 40, threads: 1);
    }

    /// <summary>Letters repeated to about <paramref name="bytes"/> bytes (never more, a character never cut), then ".html".</summary>
    private static string Name(string[] letters, int bytes)
    {
        var name = new StringBuilder();
        for (int i = 0; ; i++)
        {
            string next = letters[i % letters.Length];
            if (Encoding.UTF8.GetByteCount(name + next) > bytes)
            {
                break;
            }

            name.Append(next);
        }

        return name.Length == 0 ? "x.html" : name + ".html";
    }

    [Fact]
    public void Run_PathTooLongForTheTemporaryFile_IsRefusedBeforeTraining()
    {
        // A folder of 4,060 bytes: "c.html" in it fits in a path (4,095 bytes), the temporary name beside it would not.
        string deep = folder;
        while (Encoding.UTF8.GetByteCount(deep) < 4_060 - 201)
        {
            deep = Path.Combine(deep, new string('d', 200));
        }

        deep = Path.Combine(deep, new string('e', 4_060 - Encoding.UTF8.GetByteCount(deep) - 1));
        Directory.CreateDirectory(deep);
        string path = Path.Combine(deep, "c.html");

        var (exitCode, output, error) = Cli.Run("--epochs", "3", "--chart", path);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Assert.Contains("is too long", error, StringComparison.Ordinal);
        Assert.Contains("Choose a shorter path", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(deep));
    }

    /// <summary>Any permissions the owner can write with (the command line refuses a read-only chart): the new chart has them too.</summary>
    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Run_ReplacingAChart_KeepsItsPermissions()
    {
        string path = Path.Combine(folder, "c.html");
        Gen.Int[0, 511].Select(bits => (UnixFileMode)bits | UnixFileMode.UserRead | UnixFileMode.UserWrite).Sample(mode =>
        {
            File.WriteAllText(path, "the old chart");
            File.SetUnixFileMode(path, mode);

            var (exitCode, _, error) = Cli.Run("--epochs", "3", "--chart", path);

            Assert.True(exitCode == 0, error);
            Assert.Contains("Plotly.newPlot", File.ReadAllText(path), StringComparison.Ordinal);
            Assert.Equal(mode, File.GetUnixFileMode(path));
            Assert.Equal([path], Directory.GetFileSystemEntries(folder));
        }, iter: 20, threads: 1);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Run_NewChart_GetsTheUsualPermissions()
    {
        string path = Path.Combine(folder, "c.html");
        string other = Path.Combine(folder, "other.html");
        File.WriteAllText(other, "a file made the usual way");

        var (exitCode, _, error) = Cli.Run("--epochs", "3", "--chart", path);

        Assert.True(exitCode == 0, error);
        Assert.Equal(File.GetUnixFileMode(other), File.GetUnixFileMode(path));
    }
    /// <summary>
    /// A symbolic link, or a chain of them, absolute or relative, to a file that exists or not in a folder that exists or not:
    /// the chart replaces (or creates) the file at the end of the chain and every link stays as it was; a chain that ends in
    /// a missing folder is refused before training, naming the folder and both fixes, and nothing changes.
    /// </summary>
    [Fact]
    public void Run_ChartIsASymbolicLink_TheFileItLeadsToIsWrittenAndTheLinkKept()
    {
        var cases =
            from depth in Gen.Int[1, 3]
            from relative in Gen.Bool.Array[depth]
            from targetExists in Gen.Bool
            from folderExists in Gen.Int[0, 3].Select(i => i > 0)
            select (Depth: depth, Relative: relative, TargetExists: targetExists && folderExists, FolderExists: folderExists);

        cases.Sample(example =>
        {
            string sandbox = Directory.CreateDirectory(Path.Combine(folder, Guid.NewGuid().ToString("N"))).FullName;
            string targetFolder = Path.Combine(sandbox, "real");
            if (example.FolderExists)
            {
                Directory.CreateDirectory(targetFolder);
            }

            string target = Path.Combine(targetFolder, "chart.html");
            if (example.TargetExists)
            {
                File.WriteAllText(target, "the old chart");
            }

            // link0 → link1 → … → target, each link in the sandbox.
            string next = target;
            for (int i = example.Depth - 1; i >= 0; i--)
            {
                string link = Path.Combine(sandbox, $"link{i}.html");
                File.CreateSymbolicLink(link, example.Relative[i] ? Path.GetRelativePath(sandbox, next) : next);
                next = link;
            }

            var links = Directory.GetFiles(sandbox).ToDictionary(link => link, link => new FileInfo(link).LinkTarget);

            var (exitCode, output, error) = Cli.Run("--epochs", "3", "--chart", next);

            foreach (var (link, linkTarget) in links)
            {
                Assert.Equal(linkTarget, new FileInfo(link).LinkTarget);
            }

            if (example.FolderExists)
            {
                Assert.True(exitCode == 0, error);
                Assert.Contains($"Chart written to {target}", output, StringComparison.Ordinal);
                Assert.Contains("Plotly.newPlot", File.ReadAllText(target), StringComparison.Ordinal);
                Assert.Equal([target], Directory.GetFileSystemEntries(targetFolder));
            }
            else
            {
                Assert.Equal(2, exitCode);
                Assert.Empty(output);
                Cli.AssertOneLineReason(error, $"is a symbolic link to '{target}', whose folder does not exist", $"mkdir -p '{targetFolder}'", "remove the link");
                Assert.False(Directory.Exists(targetFolder));
            }

            Assert.Equal(links.Keys.Order().Concat(example.FolderExists ? [targetFolder] : []).Order(), Directory.GetFileSystemEntries(sandbox).Order());
            Directory.Delete(sandbox, recursive: true);
        }, iter: 16, threads: 1);
    }

    [Fact]
    public void Run_ChartIsALinkToAFolderOrInACircle_IsRefusedBeforeTraining()
    {
        string circle = Path.Combine(folder, "circle.html");
        File.CreateSymbolicLink(circle, "circle.html");
        string toFolder = Path.Combine(folder, "folder.html");
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.CreateSymbolicLink(toFolder, "sub");

        var (exitCode, output, error) = Cli.Run("--epochs", "3", "--chart", circle);
        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Cli.AssertOneLineReason(error, $"'{circle}' is a symbolic link that cannot be followed", "rm");

        (exitCode, output, error) = Cli.Run("--epochs", "3", "--chart", toFolder);
        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Cli.AssertOneLineReason(error, "is a folder");
    }

    /// <summary>
    /// The chart's folder through a link that loops, or through a chain of more links than Linux follows (40), or through a
    /// link that leads nowhere: named as such before training, never "does not exist: create it first" (attack 4, C2, S11);
    /// a chain Linux follows is written through.
    /// </summary>
    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Run_ChartFolderThroughALinkLoopOrTooLongAChain_IsNamedAsSuch()
    {
        var wrong = LinkChain.Check(folder, link => NanoNeuron.Cli.ChartFile.Problem(Path.Combine(link, "y.html")), neverSays: "create it first");
        Gen.Int[36, LinkChain.Length + 1].Sample(n => Assert.Null(wrong(n)), iter: 40, threads: 1);
        File.CreateSymbolicLink(Path.Combine(folder, "self"), "x/x"); // the attack's: leads into itself
        File.CreateSymbolicLink(Path.Combine(folder, "x"), "self");

        // Through a chain of links to nowhere (attack 6, F-C1): the end of the chain is named, not the next link.
        File.CreateSymbolicLink(Path.Combine(folder, "last"), "nowhere");
        File.CreateSymbolicLink(Path.Combine(folder, "first"), "last");
        Assert.Contains($"'{Path.Combine(folder, "first")}' is a symbolic link to '{Path.Combine(folder, "nowhere")}', which does not exist",
            NanoNeuron.Cli.ChartFile.Problem(Path.Combine(folder, "first", "y.html")), StringComparison.Ordinal);

        var (exitCode, output, error) = Cli.Run("--epochs", "3", "--chart", Path.Combine(folder, "self", "self", "y.html"));
        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Cli.AssertOneLineReason(error, "is a symbolic link that leads back to itself", "remove or fix the link");
    }

    /// <summary>
    /// A chart "folder" that is a file, or a link to one (in /proc too), is said to be a file, never "does not exist: create
    /// it first", which cannot work (attack 5, C1); a chart that is a link to a file in /proc gets no chmod advice (C2).
    /// </summary>
    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Run_ChartFolderThatIsAFile_OrAChartInProc_SaysWhatItIs()
    {
        File.WriteAllText(Path.Combine(folder, "plain"), "hi\n");
        File.CreateSymbolicLink(Path.Combine(folder, "to-plain"), "plain");
        File.CreateSymbolicLink(Path.Combine(folder, "to-status"), "/proc/self/status");
        foreach (string file in new[] { "plain", "to-plain", "to-status" })
        {
            var (exitCode, output, error) = Cli.Run("--epochs", "3", "--chart", Path.Combine(folder, file, "x.html"));
            Assert.Equal(2, exitCode);
            Assert.Empty(output);
            Cli.AssertOneLineReason(error, $"'{Path.Combine(folder, file)}' is a file, not a folder", "name a folder");
            Assert.DoesNotContain("create it first", error, StringComparison.Ordinal);
        }

        Assert.Equal("hi\n", File.ReadAllText(Path.Combine(folder, "plain")));
        File.CreateSymbolicLink(Path.Combine(folder, "status.html"), "/proc/self/status");
        var (code, written, failed) = Cli.Run("--epochs", "3", "--chart", Path.Combine(folder, "status.html"));
        Assert.Equal(2, code);
        Assert.Empty(written);
        Cli.AssertOneLineReason(failed, "belongs to the system's proc file system");
        Assert.DoesNotContain("chmod", failed, StringComparison.Ordinal);
    }

    /// <summary>
    /// A named pipe, itself or behind a link, is not replaced by a page (nor would a device be, /dev/null through a link
    /// among them): refused before training, and it is still a pipe afterwards.
    /// </summary>
    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Run_ChartIsANamedPipeOrALinkToOne_IsRefusedAndLeftAPipe()
    {
        string pipe = Path.Combine(folder, "pipe.html");
        await Shell.MakeFifoAsync(pipe);
        string link = Path.Combine(folder, "link.html");
        File.CreateSymbolicLink(link, "pipe.html");

        foreach (string chart in new[] { pipe, link })
        {
            var (exitCode, output, error) = Cli.Run("--epochs", "3", "--chart", chart);
            Assert.Equal(2, exitCode);
            Assert.Empty(output);
            Cli.AssertOneLineReason(error, "a named pipe (FIFO), not a file", "name a file");
        }

        Assert.Equal(0, (await Shell.RunAsync("test -p \"$P\"", new Dictionary<string, string> { ["P"] = pipe })).ExitCode);
    }

    /// <summary>A name with bytes that are not UTF-8 (which .NET reads as U+FFFD) is refused before training, not written under another name.</summary>
    [Fact]
    public void Run_ChartNameNotInUtf8_IsRefusedBeforeTraining()
    {
        var (exitCode, output, error) = Cli.Run("--epochs", "3", "--chart", Path.Combine(folder, "\ufffd\ufffd.html"));

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Cli.AssertOneLineReason(error, "not UTF-8", "name it in UTF-8");
        Assert.Empty(Directory.GetFileSystemEntries(folder));
    }

    /// <summary>A read-only folder (any mode without the owner's write bit), found before training: one line naming it and the fix, and nothing written.</summary>
    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Run_ChartInAReadOnlyFolder_IsRefusedBeforeTrainingWithAFix()
    {
        string readOnly = Directory.CreateDirectory(Path.Combine(folder, "ro")).FullName;
        string path = Path.Combine(readOnly, "c.html");
        Gen.Int[0, 511].Select(bits => ((UnixFileMode)bits | UnixFileMode.UserRead | UnixFileMode.UserExecute) & ~UnixFileMode.UserWrite).Sample(mode =>
        {
            File.SetUnixFileMode(readOnly, mode);
            try
            {
                var (exitCode, output, error) = Cli.Run("--epochs", "3", "--chart", path);

                Assert.Equal(2, exitCode);
                Assert.Empty(output);
                Cli.AssertOneLineReason(error, $"the folder '{readOnly}' is read-only", $"make the folder writable (chmod u+w '{readOnly}') or choose another folder");
                Assert.Empty(Directory.GetFileSystemEntries(readOnly));
            }
            finally
            {
                File.SetUnixFileMode(readOnly, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }, iter: 10, threads: 1);
    }

    /// <summary>A folder whose permissions allow writing where the file system does not (/proc): refused before training.</summary>
    [Fact]
    public void Run_ChartInAFolderThatTakesNoFiles_IsRefusedBeforeTraining()
    {
        var (exitCode, output, error) = Cli.Run("--epochs", "3", "--chart", "/proc/self/c.html");

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Cli.AssertOneLineReason(error, "the folder '/proc/self' belongs to the system's proc file system, which is the kernel's own (processes, devices, settings), not a place for files", "choose another folder");
        Assert.DoesNotContain("chmod", error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A symbolic link to a folder of the system's own file systems (/proc, /sys, /dev/pts) is refused for what it leads to:
    /// "chmod u+w link" would change the mode of /proc itself, and the folder would still take no file.
    /// </summary>
    [Theory]
    [InlineData("/proc", "proc")]
    [InlineData("/sys", "sysfs")]
    [InlineData("/dev/pts", "devpts")]
    [UnsupportedOSPlatform("windows")]
    public void Run_ChartThroughALinkToASystemFolder_IsRefusedForWhatItLeadsTo(string system, string type)
    {
        string link = Path.Combine(folder, "system");
        File.CreateSymbolicLink(link, system);

        var (exitCode, output, error) = Cli.Run("--epochs", "3", "--chart", Path.Combine(link, "c.html"));

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Cli.AssertOneLineReason(error, $"the folder '{link}' leads to '{system}', which belongs to the system's {type} file system, which is the kernel's own (processes, devices, settings), not a place for files", "choose another folder");
        Assert.DoesNotContain("chmod", error, StringComparison.Ordinal);
    }

    /// <summary>A chart name of white space only is called blank, not empty, and is refused before training.</summary>
    [Theory]
    [InlineData(" ")]
    [InlineData("   ")]
    [InlineData("\t")]
    public void Run_BlankChartName_IsCalledBlank(string name)
    {
        var (exitCode, output, error) = Cli.Run("--epochs", "3", "--chart", name);

        Assert.Equal(2, exitCode);
        Assert.Empty(output);
        Cli.AssertOneLineReason(error, "--chart: the chart path is blank (only white space)", "such as training.html");
        Assert.DoesNotContain("empty", error, StringComparison.Ordinal);
    }

    /// <summary>
    /// A path longer than Linux takes (4,095 bytes from the root) is refused for its length, whether its folders exist or
    /// not: the system answers "no such file" for such a path, and "create the folder first" would not help.
    /// </summary>
    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Run_ChartPathLongerThanAPathCanBe_IsRefusedForItsLength()
    {
        Gen.Int[1, 40].Select(Gen.Int[1, 255]).Sample((count, width) =>
        {
            string deep = Path.Combine(folder, string.Join('/', Enumerable.Repeat(new string('d', width), count)));
            string chart = Path.Combine(deep, "x.html");
            int bytes = Encoding.UTF8.GetByteCount(chart);
            if (bytes <= 4095)
            {
                return;
            }

            for (int pass = 0; pass < 2; pass++)
            {
                if (pass == 1) // the second time, with every folder there
                {
                    InFolder("mkdir -p -- \"$D\"", Path.GetRelativePath(folder, deep));
                }

                var (exitCode, output, error) = Cli.Run("--epochs", "3", "--chart", chart);

                Assert.Equal(2, exitCode);
                Assert.Empty(output);
                Cli.AssertOneLineReason(error, $"the chart's path is {bytes:N0} bytes long", "more than a path can be (4,095): choose a shorter path");
                Assert.DoesNotContain("does not exist", error, StringComparison.Ordinal);
            }

            InFolder("rm -rf -- \"$D\"", new string('d', width)); // Directory.Delete cannot reach that deep
        }, iter: 10, threads: 1);
    }

    /// <summary>Runs <paramref name="command"/> in this test's folder with $D = <paramref name="relativePath"/>: mkdir and rm go a level at a time, past the length a path may have.</summary>
    private void InFolder(string command, string relativePath) =>
        Assert.Equal(0, Shell.RunAsync("cd \"$F\" && " + command, new Dictionary<string, string> { ["F"] = folder, ["D"] = relativePath }).GetAwaiter().GetResult().ExitCode);

    /// <summary>
    /// As root (as the tests run in CI), a chart owned by someone else (nobody:nogroup, 640) is replaced by one with the same
    /// owner, group and mode, so its owner can still read it. Run by anyone else, the replaced chart keeps the runner's own.
    /// </summary>
    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Run_ReplacingAChart_KeepsItsOwnerAndGroup()
    {
        string path = Path.Combine(folder, "c.html");
        File.WriteAllText(path, "the old chart");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        bool root = Stat("%u", folder) == "0";
        if (root)
        {
            using var chown = Process.Start("chown", ["nobody:nogroup", path]);
            chown.WaitForExit();
            Assert.Equal(0, chown.ExitCode);
        }

        string owner = Stat("%u:%g", path);
        Assert.Equal(root ? "65534:65534" : Stat("%u:%g", folder), owner);

        var (exitCode, _, error) = Cli.Run("--epochs", "3", "--chart", path);

        Assert.True(exitCode == 0, error);
        Assert.Contains("Plotly.newPlot", File.ReadAllText(path), StringComparison.Ordinal);
        Assert.Equal(owner, Stat("%u:%g", path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(path));
        Assert.Equal([path], Directory.GetFileSystemEntries(folder));
    }

    /// <summary>
    /// Attack 11, A11-1: whether a chart may replace a file follows its mode bits and the caller's right to write it, not
    /// .NET's ReadOnly attribute. As root (as CI runs): a file of root's or of nobody's, any mode, is replaced when any write
    /// bit is set (root may write it, and the chart keeps its owner and mode), and refused as read-only when none is. Then,
    /// as nobody (setpriv), a file of root's it may not write is refused as another user's, with a fix nobody can apply;
    /// run by anyone else, the runner's own file without a write bit is refused as read-only.
    /// </summary>
    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Run_ChartOverAFileOfAnyOwnerAndMode_ReplacesItOnlyWhenTheCallerMayAndItIsNotReadOnly()
    {
        string path = Path.Combine(folder, "c.html");
        const UnixFileMode AnyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        bool root = Stat("%u", folder) == "0";
        Gen.Int[0, 511].Select(Gen.Bool).Sample((bits, nobodys) =>
        {
            var mode = (UnixFileMode)bits;
            File.WriteAllText(path, "the old chart");
            File.SetUnixFileMode(path, mode);
            if (root && nobodys)
            {
                using var chown = Process.Start("chown", ["nobody:nogroup", path])!;
                chown.WaitForExit();
                Assert.Equal(0, chown.ExitCode);
            }

            string owner = Stat("%u:%g", path);
            var (exitCode, _, error) = Cli.Run("--epochs", "3", "--chart", path);
            if ((mode & AnyWrite) != 0 && (root || mode.HasFlag(UnixFileMode.UserWrite)))
            {
                Assert.True(exitCode == 0, $"{mode}: {error}");
                Assert.Contains("Plotly.newPlot", File.ReadAllText(path), StringComparison.Ordinal);
                Assert.Equal(owner, Stat("%u:%g", path));
                Assert.Equal(mode, File.GetUnixFileMode(path));
            }
            else
            {
                Assert.Equal(2, exitCode);
                Cli.AssertOneLineReason(error, $"'{path}' is read-only: make it writable (chmod u+w) or choose another file name.");
                Assert.Equal("the old chart", File.ReadAllText(path));
            }

            File.Delete(path);
        }, iter: 60, threads: 1);

        if (root)
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
            File.WriteAllText(path, "root's chart");
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            var (exit, _, error) = await Shell.RunAsync(
                "exec setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=\"$DIR\" DOTNET_CLI_HOME=\"$DIR\" dotnet \"$CLI\" --epochs 3 --chart \"$DIR/c.html\"",
                new Dictionary<string, string> { ["CLI"] = typeof(NanoNeuron.Cli.NanoNeuronCommand).Assembly.Location, ["DIR"] = folder });
            Assert.Equal(2, exit);
            Cli.AssertOneLineReason(error, $"'{path}' belongs to another user (uid 0), and you may not write it: choose another file name, or ask its owner to make it writable.");
            Assert.Equal("root's chart", File.ReadAllText(path));

            // Writable by all, but in a folder with the sticky bit, which lets only its owner replace it (attack 12, A12-1).
            File.SetUnixFileMode(folder, (UnixFileMode)0b1_111_111_111);
            File.SetUnixFileMode(path, (UnixFileMode)0b110_110_110);
            (exit, _, error) = await Shell.RunAsync(
                "exec setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=\"$DIR\" DOTNET_CLI_HOME=\"$DIR\" dotnet \"$CLI\" --epochs 3 --chart \"$DIR/c.html\"",
                new Dictionary<string, string> { ["CLI"] = typeof(NanoNeuron.Cli.NanoNeuronCommand).Assembly.Location, ["DIR"] = folder });
            Assert.Equal(2, exit);
            Cli.AssertOneLineReason(error, $"'{path}' belongs to another user (uid 0), in a folder where only a file's owner may replace it (its sticky bit, as /tmp has): choose another file name.");
            Assert.Equal("root's chart", File.ReadAllText(path));
        }
    }

    /// <summary>
    /// Attack 13, A13a-1: a folder of root's (mode 755) that nobody may write in is named as another user's, with fixes nobody
    /// can apply (another folder, or its owner), not called read-only with "chmod u+w", which nobody may run on it.
    /// </summary>
    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public async Task Run_ChartInAnotherUsersFolder_IsRefusedNamingTheOwnerNotAsReadOnly()
    {
        Skip.IfNot(Stat("%u", folder) == "0", "only root can run the command line as nobody (CI runs as root)");

        File.SetUnixFileMode(folder, (UnixFileMode)0b111_111_111);
        string rootsFolder = Path.Combine(folder, "roots");
        Directory.CreateDirectory(rootsFolder);
        File.SetUnixFileMode(rootsFolder, (UnixFileMode)0b111_101_101);
        var (exit, _, error) = await Shell.RunAsync(
            "exec setpriv --reuid=65534 --regid=65534 --clear-groups env HOME=\"$DIR\" DOTNET_CLI_HOME=\"$DIR\" dotnet \"$CLI\" --epochs 3 --chart \"$DIR/roots/c.html\"",
            new Dictionary<string, string> { ["CLI"] = typeof(NanoNeuron.Cli.NanoNeuronCommand).Assembly.Location, ["DIR"] = folder });

        Assert.Equal(2, exit);
        Cli.AssertOneLineReason(error,
            $"the folder '{rootsFolder}' belongs to another user (uid 0), and you may not write in it, so the chart cannot be written in it: choose another folder, or ask its owner to make it writable.");
        Assert.Empty(Directory.GetFileSystemEntries(rootsFolder));
    }

    /// <summary>
    /// Attack 13, A13a-10: run from a folder deleted while the shell was in it, a relative chart name is refused before
    /// training, in one line with the fix (exit 2), not with an unhandled exception (exit 134); an absolute one is written.
    /// </summary>
    [Theory]
    [InlineData("c.html")]
    [InlineData("sub/c.html")]
    [InlineData("../c.html")]
    [InlineData(null)]
    [UnsupportedOSPlatform("windows")]
    public async Task Executable_ChartFromADeletedCurrentFolder_RelativeIsRefusedWithTheFix(string? name)
    {
        string absolute = Path.Combine(folder, "c.html");
        var (exit, output, error) = await Shell.RunAsync(
            "mkdir \"$DIR/gone\" && cd \"$DIR/gone\" && rmdir \"$DIR/gone\" && exec dotnet \"$CLI\" --epochs 3 --chart \"$NAME\"",
            new Dictionary<string, string> { ["CLI"] = typeof(NanoNeuron.Cli.NanoNeuronCommand).Assembly.Location, ["DIR"] = folder, ["NAME"] = name ?? absolute });

        if (name is null)
        {
            Assert.True(exit == 0, $"exit {exit}\n{output}{error}");
            Assert.Contains($"Chart written to {absolute}", output, StringComparison.Ordinal);
            Assert.Equal([absolute], Directory.GetFileSystemEntries(folder));
        }
        else
        {
            Assert.True(exit == 2, $"exit {exit}\n{output}{error}");
            Assert.Empty(output);
            Cli.AssertOneLineReason(error,
                "error: --chart: the current folder no longer exists (deleted while this shell was in it): cd to an existing folder, or pass an absolute --chart path.");
            Assert.Empty(Directory.GetFileSystemEntries(folder));
        }
    }

    /// <summary>
    /// Attack 13, A13a-8: a chart, or its folder, that is immutable (chattr +i) or append-only (chattr +a), whatever the file's
    /// mode and whether named directly or through a link, is refused before training for its attribute, with chattr as the
    /// fix (chmod u+w would change nothing), not found only after training; the old chart stays and nothing is left beside
    /// it. Where chattr does not work (not root, or a file system without the attributes) it is reported as skipped, with why.
    /// </summary>
    [SkippableFact]
    [UnsupportedOSPlatform("windows")]
    public void Run_ChartOrItsFolderImmutableOrAppendOnly_IsRefusedBeforeTrainingNamingTheAttribute()
    {
        string locked = Directory.CreateDirectory(Path.Combine(folder, "locked")).FullName;
        string file = Path.Combine(locked, "c.html");
        string link = Path.Combine(folder, "link.html");
        File.WriteAllText(file, "the old chart");
        Skip.IfNot(LinuxAttributes.Chattr("+i", file) && LinuxAttributes.Chattr("-i", file), "chattr +i needs root and a file system that takes the attributes (CI has both)");

        var cases =
            from attribute in Gen.Bool.Select(immutable => immutable ? "i" : "a")
            from onFolder in Gen.Bool
            from throughLink in Gen.Bool
            from bits in Gen.Int[0, 511]
            select (Attribute: attribute, OnFolder: onFolder, ThroughLink: throughLink, Mode: (UnixFileMode)bits | UnixFileMode.UserWrite);
        cases.Sample(example =>
        {
            File.SetUnixFileMode(file, example.Mode);
            string name = example.ThroughLink ? File.CreateSymbolicLink(link, file).FullName : file;
            string locking = example.OnFolder ? locked : file;
            Assert.True(LinuxAttributes.Chattr($"+{example.Attribute}", locking));
            try
            {
                var (exitCode, output, error) = Cli.Run("--epochs", "3", "--chart", name);

                string what = example.Attribute == "i" ? "immutable (chattr +i)" : "append-only (chattr +a)";
                Assert.Equal(2, exitCode);
                Assert.Empty(output);
                Cli.AssertOneLineReason(error,
                    example.OnFolder ? $"the folder '{locked}' is {what}" : $"'{name}' is {what}",
                    $"remove the attribute (chattr -{example.Attribute} '{locking}', as root) or choose another");
                Assert.DoesNotContain("chmod", error, StringComparison.Ordinal);
            }
            finally
            {
                Assert.True(LinuxAttributes.Chattr($"-{example.Attribute}", locking));
                File.Delete(link);
            }

            Assert.Equal("the old chart", File.ReadAllText(file));
            Assert.Equal([file], Directory.GetFileSystemEntries(locked));
        }, iter: 24, threads: 1);
    }

    /// <summary>
    /// Attack 13, A13a-13: a chart replaced by a folder while the run trains cannot be put in place; standard output then
    /// holds the report and never "Chart written to" (a script keeps or parses it alone), the exit code is 1 with the reason
    /// on standard error, and the folder and its file are kept, with no temporary file beside them.
    /// </summary>
    [Fact]
    public void Run_ChartReplacedByAFolderDuringTraining_IsNeverCalledWritten()
    {
        string path = Path.Combine(folder, "c.html");
        var cases = from epochs in Gen.Int[1, 3000] from json in Gen.Bool select (Epochs: epochs, Json: json);
        cases.Sample(example =>
        {
            string[] args = ["--epochs", example.Epochs.ToString(System.Globalization.CultureInfo.InvariantCulture), .. example.Json ? ["--json"] : Array.Empty<string>()];
            var (_, report, _) = Cli.Run(args);
            File.WriteAllText(path, "the old chart");
            using var output = new StringWriter();
            using var error = new StringWriter();
            var replace = new AtFirstReport(() =>
            {
                File.Delete(path);
                Directory.CreateDirectory(path);
                File.WriteAllText(Path.Combine(path, "mine"), "mine");
            });

            int exitCode = NanoNeuron.Cli.NanoNeuronCommand.RunAsync([.. args, "--chart", path], output, error, replace, CancellationToken.None).GetAwaiter().GetResult();

            Assert.Equal(1, exitCode);
            Assert.Equal(report, output.ToString());
            Assert.DoesNotContain("Chart written", output.ToString(), StringComparison.Ordinal);
            Cli.AssertOneLineReason(error.ToString(), $"could not put the chart in place at '{path}' (the report above was written first)");
            Assert.Equal([path], Directory.GetFileSystemEntries(folder));
            Assert.Equal("mine", File.ReadAllText(Path.Combine(path, "mine")));
            Directory.Delete(path, recursive: true);
        }, iter: 10, threads: 1);
    }

    /// <summary>Runs an action at the first progress report of a run (synchronously, inside the training).</summary>
    private sealed class AtFirstReport(Action action) : IProgress<NanoNeuron.Optimization.TrainingProgress>
    {
        private Action? action = action;

        public void Report(NanoNeuron.Optimization.TrainingProgress value)
        {
            action?.Invoke();
            action = null;
        }
    }

    /// <summary>stat(1)'s answer for <paramref name="format"/>: a reference independent of the command line's own reading.</summary>
    private static string Stat(string format, string path)
    {
        var start = new ProcessStartInfo("stat") { RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(format);
        start.ArgumentList.Add(path);
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return output;
    }
}
