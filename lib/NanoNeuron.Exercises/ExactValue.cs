using System.Collections;
using System.Globalization;

namespace NanoNeuron.Exercises;

/// <summary>
/// A value as <see cref="Expect.Exactly{T}"/> compares and shows it: a sequence (not a string) is read once into its
/// elements, nested ones too, a set or a dictionary as elements in any order, an array of several dimensions with its
/// shape; anything else is kept as it is.
/// </summary>
internal sealed class ExactValue
{
    /// <summary>How deep sequences inside sequences are read: a list that holds itself would go on for ever.</summary>
    public const int MaxDepth = 8;

    /// <summary>The most elements a sequence is read to: an endless one would never end.</summary>
    public const int MaxElements = 1_000_000;

    private readonly object? value;
    private readonly ExactValue[]? elements;
    private readonly bool unordered;
    private readonly int[]? shape;

    private ExactValue(object? value, ExactValue[]? elements, bool unordered, int[]? shape, string? unread)
    {
        this.value = value;
        this.elements = elements;
        this.unordered = unordered;
        this.shape = shape;
        Unread = unread;
    }

    /// <summary>Why this value (or one inside it) is not compared: nested too deep, or too long; null when it is read whole.</summary>
    public string? Unread { get; }

    /// <summary>Reads <paramref name="value"/>.</summary>
    public static ExactValue Of(object? value, int depth = 0)
    {
        if (value is not IEnumerable sequence || value is string)
        {
            return new(value, null, false, null, null);
        }

        if (depth >= MaxDepth)
        {
            return new(value, null, false, null, $"it is nested more than {MaxDepth} levels deep (a list that holds itself?), deeper than Expect compares");
        }

        var items = new List<ExactValue>();
        foreach (object? item in sequence)
        {
            if (items.Count == MaxElements)
            {
                return new(value, null, false, null, string.Create(CultureInfo.InvariantCulture, $"it has more than {MaxElements:N0} elements (an endless sequence?), more than Expect compares"));
            }

            items.Add(Of(Unpaired(item), depth + 1));
        }

        bool unordered = value is IDictionary || value.GetType().GetInterfaces().Any(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ISet<>));
        int[]? shape = value is Array { Rank: > 1 } array ? [.. Enumerable.Range(0, array.Rank).Select(array.GetLength)] : null;
        return new(value, [.. items], unordered, shape, items.Select(item => item.Unread).FirstOrDefault(reason => reason is not null));
    }

    /// <summary>A dictionary's entry as the pair [key, value], so that its value is compared as a value too; anything else as it is.</summary>
    private static object? Unpaired(object? item) => item switch
    {
        DictionaryEntry entry => new object?[] { entry.Key, entry.Value },
        not null when item.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) =>
            new object?[] { type.GetProperty("Key")!.GetValue(item), type.GetProperty("Value")!.GetValue(item) },
        _ => item,
    };

    /// <summary>Whether two read values are equal: element by element (in any order for sets and dictionaries), with the same shape; otherwise by Equals.</summary>
    public bool Same(ExactValue other)
    {
        if (elements is null || other.elements is null)
        {
            return elements is null && other.elements is null && Equals(value, other.value);
        }

        if (elements.Length != other.elements.Length || unordered != other.unordered || !(shape ?? []).SequenceEqual(other.shape ?? []))
        {
            return false;
        }

        if (!unordered)
        {
            return elements.Zip(other.elements).All(pair => pair.First.Same(pair.Second));
        }

        var left = other.elements.ToList();
        foreach (var element in elements)
        {
            int match = left.FindIndex(element.Same);
            if (match < 0)
            {
                return false;
            }

            left.RemoveAt(match);
        }

        return true;
    }

    /// <summary>
    /// Where two ordered sequences first differ, as " (element N differs)", or "" (not both ordered sequences); when the
    /// sequences print alike (the difference lies past what is shown), with the two elements and why they differ.
    /// </summary>
    public string FirstDifference(ExactValue other, bool printAlike)
    {
        if (elements is null || other.elements is null || unordered || other.unordered)
        {
            return "";
        }

        int index = Enumerable.Range(0, Math.Max(elements.Length, other.elements.Length))
            .FirstOrDefault(i => i >= elements.Length || i >= other.elements.Length || !elements[i].Same(other.elements[i]), -1);
        if (index < 0)
        {
            return "";
        }

        if (!printAlike)
        {
            return string.Create(CultureInfo.InvariantCulture, $" (element {index + 1} differs)");
        }

        string mine = index < elements.Length ? elements[index].ToString() : "nothing (the code's sequence ends before it)";
        string theirs = index < other.elements.Length ? other.elements[index].ToString() : "nothing (the text's sequence ends before it)";
        string why = mine == theirs && index < elements.Length && index < other.elements.Length ? elements[index].WhyAlike(other.elements[index]) : "";
        return string.Create(CultureInfo.InvariantCulture, $" (element {index + 1} differs: the text's is {theirs}, the code's {mine}{why})");
    }

    /// <summary>Why two values that print alike differ: their types, their shapes, or what an object compares by reference.</summary>
    public string WhyAlike(ExactValue other)
    {
        if (!(shape ?? []).SequenceEqual(other.shape ?? []))
        {
            return $" — they print alike, but the text's is an array of {Dimensions(other.shape)} and the code's of {Dimensions(shape)}";
        }

        if (unordered && other.unordered)
        {
            return " — they print alike, but one holds an element the other does not (compared as values inside, in any order)";
        }

        string mine = TypeName(value), theirs = TypeName(other.value);
        return mine != theirs
            ? $" — they print alike, but the text's is {theirs} and the code's {mine}"
            : " — they print alike, but an object compares what it holds by its own Equals (a list or an array inside a record or a tuple by reference): compare the values inside";
    }

    private static string Dimensions(int[]? shape) => shape is null ? "one dimension" : string.Join(" × ", shape);

    private static string TypeName(object? value) =>
        value is null ? "null" : $"{("AEIOU".Contains(value.GetType().Name[0], StringComparison.Ordinal) ? "an" : "a")} {value.GetType().Name}";

    /// <summary>The value as a message shows it: invariant, "null" for null, a sequence as [a, b, …] (its first 10 elements).</summary>
    public override string ToString()
    {
        if (elements is null)
        {
            return value switch
            {
                null => "null",
                IEnumerable and not string => "[…]",
                _ => string.Format(CultureInfo.InvariantCulture, "{0}", value),
            };
        }

        const int MaxShown = 10;
        string shown = string.Join(", ", elements.Take(MaxShown));
        return elements.Length > MaxShown ? $"[{shown}, …]" : $"[{shown}]";
    }
}
