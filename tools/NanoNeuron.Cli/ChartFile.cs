using NanoNeuron.Charts;

namespace NanoNeuron.Cli;

/// <summary>
/// Writes the chart page safely: the page goes to a new file with a unique name beside the target (never an
/// existing file or a link), which then replaces the target in one step, so a failed write leaves the old
/// chart as it was and touches no other file.
/// </summary>
internal static class ChartFile
{
    /// <summary>Why the chart cannot be written at <paramref name="path"/>, or null if it can.</summary>
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

        return File.Exists(fullPath) && File.GetAttributes(fullPath).HasFlag(FileAttributes.ReadOnly)
            ? $"'{path}' is read-only: make it writable (chmod u+w) or choose another file name."
            : null;
    }

    /// <summary>Saves <paramref name="html"/>, a page from <see cref="OfflineHtml.Render"/>, at <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The page could not be written; the message names the target, never the temporary file.</exception>
    public static void Save(string html, string path)
    {
        string fullPath = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(fullPath)!;
        string? candidate = null;
        string? temporary = null;
        try
        {
            FileStream stream;
            for (int attempt = 0; ; attempt++)
            {
                candidate = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Guid.NewGuid():N}.tmp");
                try
                {
                    // CreateNew fails if anything has that name, a symbolic link included: nothing is followed or replaced.
                    stream = new FileStream(candidate, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                    temporary = candidate;
                    break;
                }
                catch (IOException) when (attempt < 10 && File.Exists(candidate))
                {
                }
            }

            using (stream)
            using (var writer = new StreamWriter(stream))
            {
                writer.Write(html);
            }

            // rename(2): the target is replaced in one step (a link at the target is replaced, not followed).
            File.Move(temporary, fullPath, overwrite: true);
            temporary = null;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Also when the temporary file could not even be created (its folder was removed since the arguments were checked, say).
            string reason = candidate is null ? exception.Message : exception.Message.Replace(candidate, fullPath, StringComparison.Ordinal);
            throw new IOException(reason, exception);
        }
        finally
        {
            if (temporary is not null)
            {
                File.Delete(temporary);
            }
        }
    }
}
