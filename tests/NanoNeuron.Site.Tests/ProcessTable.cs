using System.Globalization;

namespace NanoNeuron.Site.Tests;

/// <summary>The processes running on this machine, read from /proc: to find what a build started, and whether it still runs.</summary>
internal static class ProcessTable
{
    /// <summary>Every process: its id, its parent's and its command line (arguments separated by spaces).</summary>
    public static List<(int Pid, int Parent, string CommandLine)> Processes()
    {
        var found = new List<(int, int, string)>();
        foreach (string folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out int pid))
            {
                continue;
            }

            try
            {
                string stat = File.ReadAllText(Path.Combine(folder, "stat"));
                int parent = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1], CultureInfo.InvariantCulture);
                string commandLine = File.ReadAllText(Path.Combine(folder, "cmdline")).Replace('\0', ' ').Trim();
                found.Add((pid, parent, commandLine));
            }
            catch (IOException)
            {
                // It ended while being read.
            }
        }

        return found;
    }

    public static List<int> Descendants(int pid)
    {
        var all = Processes();
        var tree = new List<int>();
        var next = new Queue<int>([pid]);
        while (next.TryDequeue(out int parent))
        {
            foreach (var child in all.Where(p => p.Parent == parent))
            {
                tree.Add(child.Pid);
                next.Enqueue(child.Pid);
            }
        }

        return tree;
    }

    public static bool IsRunning(int pid)
    {
        // A killed process that nobody has reaped yet is a zombie ("Z"): it no longer runs.
        try
        {
            string stat = File.ReadAllText(Path.Combine("/proc", pid.ToString(CultureInfo.InvariantCulture), "stat"));
            return stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[0] != "Z";
        }
        catch (IOException)
        {
            return false;
        }
    }
}
