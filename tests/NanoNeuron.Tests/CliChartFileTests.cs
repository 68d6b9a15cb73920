using System.Runtime.Versioning;
using System.Text;
using CsCheck;

namespace NanoNeuron.Tests;

/// <summary>The chart file (issue 19): a name is a name, however it starts and up to the longest a file system allows, and a replaced chart keeps its permissions.</summary>
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
}
