using System.Diagnostics;

namespace NanoNeuron.Testing;

/// <summary>The immutable and append-only attributes (chattr +i, +a), for the tests of folders and files no mode describes.</summary>
public static class LinuxAttributes
{
    /// <summary>Runs chattr(1) with <paramref name="change"/> (such as <c>+i</c>) on <paramref name="path"/>; whether it did it (it needs root, and a file system that takes the attributes).</summary>
    public static bool Chattr(string change, string path)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("chattr", [change, path]) { RedirectStandardError = true })!;
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false; // no chattr
        }
    }
}
