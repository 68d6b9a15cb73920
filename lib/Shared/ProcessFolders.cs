using System.Diagnostics;
using System.Globalization;

namespace NanoNeuron.Tools;

/// <summary>Folders named after the process that made them (a prefix, its id, maybe more), which it removes when it ends, unless it is killed first.</summary>
internal static class ProcessFolders
{
    /// <summary>
    /// Removes the folders of <paramref name="parent"/> named <paramref name="prefix"/> followed by the id of a process that
    /// is no longer running (then nothing, or '-' and anything): those of processes that were killed before removing their own.
    /// </summary>
    /// <remarks>
    /// A folder of a running process (this one included), a name with no id after the prefix, and a symbolic link (what it
    /// leads to is not this process's to remove) are kept.
    /// </remarks>
    /// <exception cref="IOException">A leftover could not be removed.</exception>
    /// <exception cref="UnauthorizedAccessException">A leftover could not be removed.</exception>
    public static void RemoveLeftovers(string parent, string prefix)
    {
        foreach (string leftover in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            if (Owner(Path.GetFileName(leftover), prefix) is { } pid && !IsRunning(pid) && new DirectoryInfo(leftover).LinkTarget is null)
            {
                Directory.Delete(leftover, recursive: true);
            }
        }
    }

    /// <summary>The process id in <paramref name="name"/> after <paramref name="prefix"/> (ended by '-' or the name's end), or null if there is none.</summary>
    public static int? Owner(string name, string prefix)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!name.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        string id = name[prefix.Length..].Split('-')[0];
        return int.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out int pid) ? pid : null;
    }

    /// <summary>Whether the process <paramref name="pid"/> is running; this one always is (a test may build several sites at once).</summary>
    public static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
