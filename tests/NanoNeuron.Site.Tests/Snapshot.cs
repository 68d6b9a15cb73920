using System.Security.Cryptography;

namespace NanoNeuron.Site.Tests;

/// <summary>Every entry under a folder, links not followed: path → "folder", "link → target" or the file's hash.</summary>
internal static class Snapshot
{
    public static Dictionary<string, string> Take(string root)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        Walk(new DirectoryInfo(root), entries);
        return entries;
    }

    /// <summary>The paths added, removed or changed between two snapshots.</summary>
    public static IEnumerable<string> Changes(Dictionary<string, string> before, Dictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(path => !before.TryGetValue(path, out var old) || !after.TryGetValue(path, out var now) || old != now)
            .Order(StringComparer.Ordinal);

    private static void Walk(DirectoryInfo folder, Dictionary<string, string> entries)
    {
        foreach (var entry in folder.EnumerateFileSystemInfos())
        {
            if (entry.LinkTarget is { } target)
            {
                entries[entry.FullName] = "link → " + target;
            }
            else if (entry is DirectoryInfo child)
            {
                entries[entry.FullName] = "folder";
                Walk(child, entries);
            }
            else
            {
                entries[entry.FullName] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)));
            }
        }
    }
}
