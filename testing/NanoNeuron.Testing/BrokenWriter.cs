using System.Globalization;

namespace NanoNeuron.Testing;

/// <summary>
/// A standard stream that accepts <paramref name="capacity"/> characters and then fails as a full disk does ("No space
/// left on device"), or, <paramref name="closed"/>, as a closed descriptor does in .NET ("Access to the path is denied"
/// around "Bad file descriptor"). What fitted is kept, as a pipe keeps the part of a write it took.
/// </summary>
public sealed class BrokenWriter(int capacity, bool closed = false) : StringWriter(CultureInfo.InvariantCulture)
{
    /// <inheritdoc/>
    public override void Write(char value) => Write([value], 0, 1);

    /// <inheritdoc/>
    public override void Write(string? value) => Write((value ?? "").ToCharArray(), 0, value?.Length ?? 0);

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<char> buffer) => Write(buffer.ToArray(), 0, buffer.Length);

    /// <inheritdoc/>
    public override void Write(char[] buffer, int index, int count)
    {
        int room = Math.Max(0, capacity - GetStringBuilder().Length);
        base.Write(buffer, index, Math.Min(room, count));
        if (count > room)
        {
            throw closed
                ? new UnauthorizedAccessException("Access to the path is denied.", new IOException("Bad file descriptor"))
                : new IOException("No space left on device");
        }
    }
}
