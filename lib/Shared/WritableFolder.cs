namespace NanoNeuron.Tools;

/// <summary>Whether something can be created in a folder, found before any long work starts.</summary>
internal static class WritableFolder
{
    /// <summary>
    /// What stands in the way: <see cref="What"/> completes "the folder '…' …"; a chmod fixes it or not, when the folder is
    /// another user's (<see cref="OwnerFixes"/>) only its owner can, and when it is immutable or append-only
    /// (<see cref="Attribute"/>, 'i' or 'a') only root, removing that attribute (chattr -i, chattr -a).
    /// </summary>
    /// <remarks><see cref="AttributeOn"/>: the folder whose attribute it is when the folder given is a link to it (chattr on
    /// the link itself fails), else null.</remarks>
    public sealed record Obstacle(string What, bool ChmodFixes, bool OwnerFixes = false, char? Attribute = null, string? AttributeOn = null);

    /// <summary>
    /// Checks <paramref name="folder"/>, which exists, by its owner (another user's that this process may not write is named
    /// as such: no chmod of the caller's fixes it), its immutable and append-only attributes, its permissions (on the bits,
    /// so that it holds for root too) and then by
    /// creating a folder in it and removing it (a read-only file system, /proc, an access list); null if nothing stands in
    /// the way.
    /// </summary>
    public static Obstacle? Check(string folder)
    {
        if (SystemFileSystem(folder) is { } type)
        {
            return new($"belongs to the system's {type} file system, which is the kernel's own (processes, devices, settings), not a place for files", ChmodFixes: false);
        }

        // Through the links too: "chmod u+w link" would change the mode of what the link leads to (/proc itself, as root).
        string real = RealPath.Of(folder);
        if (SystemFileSystem(real) is { } linked)
        {
            return new($"leads to '{real}', which belongs to the system's {linked} file system, which is the kernel's own (processes, devices, settings), not a place for files", ChmodFixes: false);
        }

        // Another user's folder is not read-only (its owner may write it), and "chmod u+w" run by anyone else fails.
        if (UnixFile.User() is { } user and not 0 && UnixFile.Owner(folder) is { } owner && owner.User != user && UnixFile.MayWrite(folder) == false)
        {
            return new(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"belongs to another user (uid {owner.User}), and you may not write in it"),
                ChmodFixes: false, OwnerFixes: true);
        }

        // Neither shows in the mode, and a probe left in an append-only folder could not be removed again.
        string? through = real == Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) ? null : real;
        string leads = through is null ? "" : $"leads to '{through}', which ";
        switch (UnixFile.Attributes(folder))
        {
            case (Immutable: true, _):
                return new($"{leads}is immutable (chattr +i), so not even root may write in it", ChmodFixes: false, Attribute: 'i', AttributeOn: through);
            case (_, AppendOnly: true):
                return new($"{leads}is append-only (chattr +a), so nothing in it may be replaced, renamed or removed", ChmodFixes: false, Attribute: 'a', AttributeOn: through);
        }

        if (new DirectoryInfo(folder).Attributes.HasFlag(FileAttributes.ReadOnly))
        {
            return new("is read-only", ChmodFixes: true);
        }

        // Short (39 characters), so that it fits wherever the chart's own temporary name (up to 38 bytes longer than the
        // chart's path) was found to fit.
        string probe = Path.Combine(folder, $".probe-{Guid.NewGuid():N}");
        try
        {
            Directory.CreateDirectory(probe);
            Directory.Delete(probe);
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return new("is not writable", ChmodFixes: true);
        }
        catch (IOException exception)
        {
            return new($"takes nothing new ({exception.Message.Replace(probe, folder, StringComparison.Ordinal)})", ChmodFixes: false);
        }
    }

    /// <summary>
    /// The file systems through which the kernel shows itself: no place for a page or a site. Most take no file whatever
    /// the mode; devtmpfs (/dev) takes one from root, but it would sit among the devices.
    /// </summary>
    private static readonly string[] SystemTypes = ["proc", "sysfs", "devtmpfs", "devpts", "cgroup", "cgroup2", "debugfs", "tracefs", "securityfs", "pstore", "bpf", "configfs"];

    /// <summary>
    /// The type of the file system <paramref name="folder"/> is on when it is one of <see cref="SystemTypes"/>, or null: read
    /// from /proc/self/mountinfo (Linux), whose fifth field is a mount point and whose field after " - " is its type.
    /// </summary>
    public static string? SystemFileSystem(string folder)
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/proc/self/mountinfo"))
        {
            return null;
        }

        string path = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + "/";
        string? type = null;
        int longest = -1;
        foreach (string line in File.ReadLines("/proc/self/mountinfo"))
        {
            string[] fields = line.Split(' ');
            int separator = Array.IndexOf(fields, "-");
            if (fields.Length < 5 || separator < 0 || separator + 1 >= fields.Length)
            {
                continue;
            }

            string mountPoint = fields[4].Replace("\\040", " ", StringComparison.Ordinal).TrimEnd('/') + "/";
            if (path.StartsWith(mountPoint, StringComparison.Ordinal) && mountPoint.Length > longest)
            {
                (longest, type) = (mountPoint.Length, fields[separator + 1]);
            }
        }

        return type is not null && SystemTypes.Contains(type) ? type : null;
    }
}
