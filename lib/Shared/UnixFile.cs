using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NanoNeuron.Tools;

/// <summary>
/// What .NET's file APIs neither read nor set: a file's owner and group (a chart replaced by a new file keeps them, as it
/// keeps the mode) and its type (only a regular file is replaced). Linux only (statx(2) has one layout on every
/// architecture); elsewhere the new file has its creator's owner, and the type is not checked.
/// </summary>
internal static partial class UnixFile
{
    private const int AtCurrentFolder = -100; // AT_FDCWD
    private const uint UserAndGroup = 0x8 | 0x10; // STATX_UID | STATX_GID
    private const int UserOffset = 20; // struct statx: stx_mask, stx_blksize (u32), stx_attributes (u64), stx_nlink, stx_uid, stx_gid (u32)
    private const int GroupOffset = 24;
    private const uint Type = 0x1; // STATX_TYPE
    private const int ModeOffset = 28; // stx_mode (u16), after stx_gid
    private const int TypeBits = 0xF000; // S_IFMT
    private const int RegularFile = 0x8000; // S_IFREG

    /// <summary>
    /// What <paramref name="path"/> (links followed) is when it exists and is not a regular file or a folder — "a device",
    /// "a named pipe (FIFO)", "a socket" — or null (a regular file, a folder, missing, or not known here).
    /// </summary>
    public static string? OtherKind(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            if (Statx(AtCurrentFolder, path, 0, Type, buffer) != 0 || (BitConverter.ToUInt32(buffer, 0) & Type) == 0)
            {
                return null;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }

        return (BitConverter.ToUInt16(buffer, ModeOffset) & TypeBits) switch
        {
            RegularFile or 0x4000 => null, // S_IFDIR
            0x2000 or 0x6000 => "a device", // S_IFCHR, S_IFBLK
            0x1000 => "a named pipe (FIFO)",
            0xC000 => "a socket",
            _ => "not a regular file",
        };
    }

    /// <summary>
    /// The first part of <paramref name="path"/> (made absolute) that the kernel cannot follow because its symbolic links
    /// loop or chain through more than 40 (ELOOP), or null: .NET calls such a path missing, or a file.
    /// </summary>
    public static string? LinkLoop(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        string fullPath = Path.GetFullPath(path);
        string root = Path.GetPathRoot(fullPath)!;
        string current = root;
        var buffer = new byte[256];
        foreach (string part in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            try
            {
                if (Statx(AtCurrentFolder, current, 0, Type, buffer) != 0)
                {
                    return Marshal.GetLastPInvokeError() == TooManyLinks ? current : null;
                }
            }
            catch (EntryPointNotFoundException)
            {
                return null;
            }
        }

        return null;
    }

    private const int TooManyLinks = 40; // ELOOP

    private const int AttributesOffset = 8; // stx_attributes (u64), after stx_mask and stx_blksize
    private const int AttributesMaskOffset = 56; // stx_attributes_mask (u64): the attributes the file system reports
    private const ulong ImmutableAttribute = 0x10; // STATX_ATTR_IMMUTABLE
    private const ulong AppendAttribute = 0x20; // STATX_ATTR_APPEND

    /// <summary>
    /// Whether <paramref name="path"/> (links followed) is immutable (chattr +i) or append-only (chattr +a), as statx(2)
    /// reports it; both false where the file system does not say, or off Linux.
    /// </summary>
    /// <remarks>
    /// Neither shows in the mode: an immutable file or folder may not be changed, replaced, renamed or removed, nor a folder
    /// take or lose an entry, by anyone, root included; an append-only file may only grow, and an append-only folder takes new
    /// entries but loses none (nothing in it is renamed or removed). Only root (CAP_LINUX_IMMUTABLE) may remove either.
    /// </remarks>
    public static (bool Immutable, bool AppendOnly) Attributes(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return (false, false);
        }

        var buffer = new byte[256];
        try
        {
            if (Statx(AtCurrentFolder, path, 0, Type, buffer) != 0)
            {
                return (false, false);
            }
        }
        catch (EntryPointNotFoundException)
        {
            return (false, false);
        }

        ulong attributes = BitConverter.ToUInt64(buffer, AttributesOffset) & BitConverter.ToUInt64(buffer, AttributesMaskOffset);
        return ((attributes & ImmutableAttribute) != 0, (attributes & AppendAttribute) != 0);
    }

    /// <summary>The owner and group of <paramref name="path"/> (links followed), or null where they cannot be read.</summary>
    public static (uint User, uint Group)? Owner(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[256];
        try
        {
            if (Statx(AtCurrentFolder, path, 0, UserAndGroup, buffer) != 0 || (BitConverter.ToUInt32(buffer, 0) & UserAndGroup) != UserAndGroup)
            {
                return null;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return null; // a C library older than glibc 2.28
        }

        return (BitConverter.ToUInt32(buffer, UserOffset), BitConverter.ToUInt32(buffer, GroupOffset));
    }

    /// <summary>
    /// Gives the open file <paramref name="file"/> that owner and group. Only root may give a file away; anyone else keeps
    /// the owner they created it with (and a group only if they belong to it): then nothing changes, and false is returned.
    /// </summary>
    public static bool TrySetOwner(SafeFileHandle file, uint user, uint group) => OperatingSystem.IsLinux() && ChangeOwner(file, user, group) == 0;

    /// <summary>
    /// Whether this process may write <paramref name="path"/> (links followed), as the kernel decides it (access(2), W_OK:
    /// the owner's, the group's or the others' write bit, whichever applies; root may write any file), or null off Linux.
    /// </summary>
    public static bool? MayWrite(string path) => OperatingSystem.IsLinux() ? Access(path, WriteAccess) == 0 : null;

    /// <summary>This process's effective user id, or null off Linux.</summary>
    public static uint? User() => OperatingSystem.IsLinux() ? EffectiveUser() : null;

    private const int WriteAccess = 2; // W_OK

    [LibraryImport("libc", EntryPoint = "access", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Access(string path, int mode);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    private static partial uint EffectiveUser();

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int folder, string path, int flags, uint mask, byte[] buffer);

    [LibraryImport("libc", EntryPoint = "fchown", SetLastError = true)]
    private static partial int ChangeOwner(SafeFileHandle file, uint user, uint group);
}
