using System.Runtime.CompilerServices;
using NanoNeuron.Charts;
using NanoNeuron.Tools;
using NanoNeuron.Optimization;

namespace NanoNeuron.Cli;

/// <summary>
/// Renders and writes the chart page: the only code of the command line that uses the chart library, so that a run
/// without <c>--chart</c> never loads it (NanoNeuron.Course, Plotly.NET and FSharp.Core take tens of milliseconds to
/// load). Writes it safely, in two steps: <see cref="Stage"/> writes the page to a new file with a unique name beside
/// the target (never an existing file or a link), and <see cref="StagedChart.Commit"/> puts it in the target's place in one
/// step. Until then the old chart is as it was, and a staged page that is never committed is deleted: the command line
/// commits only once the report has reached standard output, so that both are written or neither is.
/// </summary>
internal static class ChartFile
{
    /// <summary>
    /// The bytes a temporary name adds to the target's: a leading '.', and '.', 32 hexadecimal digits and ".tmp" after it.
    /// A name too long for that is shortened in the temporary name only.
    /// </summary>
    private const int TemporaryNameBytes = 1 + 1 + 32 + 4;

    /// <summary>The offline page with the cost history and the fitted line.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string Render(TrainingResult<Neuron> result, DataSet train) =>
        OfflineHtml.Render(TrainingCharts.TrainingReport(result, train), "NanoNeuron training");

    /// <summary>Why the chart cannot be written at <paramref name="path"/>, or null if it can.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string? Problem(string path)
    {
        string fullPath;
        try
        {
            fullPath = OfflineHtml.CheckPath(path);
        }
        catch (ArgumentException exception)
        {
            return exception.ParamName is { } name ? exception.Message.Replace($" (Parameter '{name}')", "", StringComparison.Ordinal) : exception.Message;
        }

        string fileName = Path.GetFileName(fullPath);
        if (PathLimits.Bytes(fileName) > PathLimits.MaxNameBytes)
        {
            return $"the file name is {PathLimits.Bytes(fileName)} bytes long (in UTF-8), more than a file name can be ({PathLimits.MaxNameBytes}): choose a shorter name, such as training.html.";
        }

        if (PathLimits.Bytes(TemporaryPath(fullPath, "0123456789abcdef0123456789abcdef")) > PathLimits.MaxPathBytes)
        {
            return $"'{path}' is too long: the chart is written beside it first, under a name up to {TemporaryNameBytes} bytes longer, and a path may have at most {PathLimits.MaxPathBytes} bytes. Choose a shorter path.";
        }

        return File.Exists(fullPath) && File.GetAttributes(fullPath).HasFlag(FileAttributes.ReadOnly)
            ? $"'{path}' is read-only: make it writable (chmod u+w) or choose another file name."
            : null;
    }

    /// <summary>
    /// Writes <paramref name="html"/>, a page from <see cref="OfflineHtml.Render"/>, to a new temporary file beside
    /// <paramref name="path"/>, with the permissions of the file it will replace (if there is one).
    /// </summary>
    /// <exception cref="IOException">The page could not be written; the message names the target, never the temporary file.</exception>
    public static StagedChart Stage(string html, string path)
    {
        string fullPath = Path.GetFullPath(path);
        string? candidate = null;
        string? temporary = null;
        try
        {
            UnixFileMode? mode = OperatingSystem.IsWindows() || !File.Exists(fullPath) ? null : File.GetUnixFileMode(fullPath);
            FileStream stream;
            for (int attempt = 0; ; attempt++)
            {
                candidate = TemporaryPath(fullPath, Guid.NewGuid().ToString("N"));
                try
                {
                    // CreateNew fails if anything has that name, a symbolic link included: nothing is followed or replaced.
                    // Created with no more permissions than the file it replaces (the umask may take some away)...
                    var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
                    if (mode is { } created && !OperatingSystem.IsWindows())
                    {
                        options.UnixCreateMode = created;
                    }

                    stream = new FileStream(candidate, options);
                    temporary = candidate;
                    break;
                }
                catch (IOException) when (attempt < 10 && File.Exists(candidate))
                {
                }
            }

            using (stream)
            {
                if (mode is { } kept && !OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(stream.SafeFileHandle, kept); // ...then given exactly its permissions, before any content.
                }

                using var writer = new StreamWriter(stream);
                writer.Write(html);
            }

            var staged = new StagedChart(temporary, fullPath);
            temporary = null;
            return staged;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Also when the temporary file could not even be created (its folder was removed since the arguments were checked, say).
            throw new IOException(Reason(exception, candidate, fullPath), exception);
        }
        finally
        {
            if (temporary is not null)
            {
                File.Delete(temporary);
            }
        }
    }

    /// <summary>
    /// Where the page is written first: <c>.name.guid.tmp</c> beside the target, the name shortened (never in the middle of a
    /// character) when the whole would be longer than a file name may be.
    /// </summary>
    private static string TemporaryPath(string fullPath, string unique)
    {
        string name = PathLimits.Prefix(Path.GetFileName(fullPath), PathLimits.MaxNameBytes - TemporaryNameBytes);
        return Path.Combine(Path.GetDirectoryName(fullPath)!, $".{name}.{unique}.tmp");
    }

    private static string Reason(Exception exception, string? temporary, string fullPath) =>
        temporary is null ? exception.Message : exception.Message.Replace(temporary, fullPath, StringComparison.Ordinal);

    /// <summary>A chart page written beside its target and not yet in its place; disposed uncommitted, it is deleted.</summary>
    internal sealed class StagedChart : IDisposable
    {
        private string? temporary;

        internal StagedChart(string temporary, string fullPath)
        {
            this.temporary = temporary;
            FullPath = fullPath;
        }

        /// <summary>The target's full path.</summary>
        public string FullPath { get; }

        /// <summary>Puts the page in the target's place in one step (rename(2); a link at the target is replaced, not followed).</summary>
        /// <exception cref="IOException">It could not be moved; the message names the target, never the temporary file.</exception>
        public void Commit()
        {
            ObjectDisposedException.ThrowIf(temporary is null, this);
            try
            {
                File.Move(temporary, FullPath, overwrite: true);
                temporary = null;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                throw new IOException(Reason(exception, temporary, FullPath), exception);
            }
        }

        /// <summary>Deletes the page if it was not committed.</summary>
        public void Dispose()
        {
            if (temporary is not null)
            {
                File.Delete(temporary);
                temporary = null;
            }
        }
    }
}
