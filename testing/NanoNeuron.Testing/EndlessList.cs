namespace NanoNeuron.Testing;

/// <summary>
/// A list that claims int.MaxValue elements and whose enumerator never ends: element i is <paramref name="element"/>(i).
/// For the tests that the library reads a sequence only to its documented maximum plus one.
/// </summary>
public sealed class EndlessList<T>(Func<int, T> element) : IReadOnlyList<T>
{
    /// <inheritdoc/>
    public int Count => int.MaxValue;

    /// <inheritdoc/>
    public T this[int index] => element(index);

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator()
    {
        for (int i = 0; ; i = i == int.MaxValue ? 0 : i + 1)
        {
            yield return element(i);
        }
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
