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

    /// <summary>
    /// The most elements a value is read to, counting those of every sequence inside it: an endless sequence would never
    /// end, and sequences nested 1,000 × 1,000 × 1,000 would fill the memory.
    /// </summary>
    public const int MaxElements = 1_000_000;

    /// <summary>
    /// The most elements, in all, of the sets and dictionaries in a value that are compared in any order one pair at a
    /// time: those holding (or holding sequences that hold) a value of a type other than those <see cref="Of(object?)"/> hashes.
    /// </summary>
    public const int MaxPairwise = 10_000;

    private readonly object? value;
    private readonly ExactValue[]? elements;
    private readonly bool unordered;
    private readonly int[]? shape;

    /// <summary>
    /// A hash of the value that equal values share (<see cref="Same"/>), or null when it holds a value whose own
    /// GetHashCode is not trusted to agree with its Equals.
    /// </summary>
    private readonly int? key;

    /// <summary>How many elements this value holds, counting those of the sequences inside it.</summary>
    private readonly int count;

    private ExactValue(object? value, ExactValue[]? elements, bool unordered, int[]? shape, string? unread)
    {
        this.value = value;
        this.elements = elements;
        this.unordered = unordered;
        this.shape = shape;
        Unread = unread;
        key = unread is not null ? null : KeyOf(value, elements, unordered, shape);
        count = elements?.Sum(element => 1 + element.count) ?? 0;
    }

    /// <summary>Why this value (or one inside it) is not compared: nested too deep, too many elements, or too large a set to match one pair at a time; null when it is read whole.</summary>
    public string? Unread { get; }

    /// <summary>Reads <paramref name="value"/>, to at most <see cref="MaxElements"/> elements in all.</summary>
    /// <remarks>
    /// A set or dictionary is matched in any order by a hash of its elements when every value inside is null, a string,
    /// a primitive (a number, a char, a bool), a decimal, an enum, a DateTime, a DateTimeOffset, a TimeSpan, a Guid or a
    /// tuple of them (types whose Equals and GetHashCode agree); otherwise one pair at a time, and then only up to
    /// <see cref="MaxPairwise"/> elements in all.
    /// </remarks>
    public static ExactValue Of(object? value) => Of(value, 0, new Budget());

    private static ExactValue Of(object? value, int depth, Budget budget)
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

            if (budget.Left == 0)
            {
                return new(value, null, false, null, string.Create(CultureInfo.InvariantCulture,
                    $"it holds more than {MaxElements:N0} elements in all, counting those of the sequences inside it, more than Expect compares"));
            }

            budget.Left--;
            object? element = Unpaired(item);
            if (!ReferenceEquals(element, item))
            {
                budget.Left += 2; // a dictionary's entry counts as one element, not as its key and its value besides
            }

            var inside = Of(element, depth + 1, budget);
            if (inside.Unread is not null)
            {
                return new(value, null, false, null, inside.Unread);
            }

            items.Add(inside);
        }

        bool unordered = value is IDictionary || value.GetType().GetInterfaces().Any(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ISet<>));
        int[]? shape = value is Array { Rank: > 1 } array ? [.. Enumerable.Range(0, array.Rank).Select(array.GetLength)] : null;
        var read = new ExactValue(value, [.. items], unordered, shape, null);
        if (unordered && read.key is null)
        {
            budget.Pairwise -= read.count;
            if (budget.Pairwise < 0)
            {
                return new(value, null, false, null, string.Create(CultureInfo.InvariantCulture,
                    $"it holds sets or dictionaries of more than {MaxPairwise:N0} elements in all with {read.UnhashedType()} inside, which Expect matches in any order only one pair at a time (by its own Equals): "
                    + $"turn each into a list in one order, such as .OrderBy(x => x.ToString()).ToList(), and compare those"));
            }
        }

        return read;
    }

    /// <summary>How much more one reading of a value may read: <see cref="MaxElements"/> elements, <see cref="MaxPairwise"/> of them matched one pair at a time.</summary>
    private sealed class Budget
    {
        public int Left { get; set; } = MaxElements;

        public int Pairwise { get; set; } = MaxPairwise;
    }

    /// <summary>A dictionary's entry as the pair [key, value], so that its value is compared as a value too; anything else as it is.</summary>
    private static object? Unpaired(object? item) => item switch
    {
        DictionaryEntry entry => new object?[] { entry.Key, entry.Value },
        not null when item.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(KeyValuePair<,>) =>
            new object?[] { type.GetProperty("Key")!.GetValue(item), type.GetProperty("Value")!.GetValue(item) },
        _ => item,
    };

    /// <summary>
    /// The hash that <see cref="Same"/> values share: a trusted value's own (null: 0), a sequence's from its elements'
    /// (in order, or summed for a set), its length and its shape; null when a value inside is of another type.
    /// </summary>
    private static int? KeyOf(object? value, ExactValue[]? elements, bool unordered, int[]? shape)
    {
        if (elements is null)
        {
            return value is null ? 0 : Hashed(value.GetType()) ? value.GetHashCode() : null;
        }

        var hash = new HashCode();
        hash.Add(elements.Length);
        hash.Add(unordered);
        foreach (int length in shape ?? [])
        {
            hash.Add(length);
        }

        int sum = 0;
        foreach (var element in elements)
        {
            if (element.key is not int part)
            {
                return null;
            }

            if (unordered)
            {
                sum = unchecked(sum + part);
            }
            else
            {
                hash.Add(part);
            }
        }

        hash.Add(sum);
        return hash.ToHashCode();
    }

    /// <summary>
    /// Whether values of <paramref name="type"/> are equal only to values of the same type, with the same GetHashCode:
    /// the types named in <see cref="Of(object?)"/>, and tuples of them.
    /// </summary>
    private static bool Hashed(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) || type == typeof(DateTime)
        || type == typeof(DateTimeOffset) || type == typeof(TimeSpan) || type == typeof(Guid)
        || (type.IsGenericType && type.Namespace == "System"
            && (type.Name.StartsWith("ValueTuple`", StringComparison.Ordinal) || type.Name.StartsWith("Tuple`", StringComparison.Ordinal))
            && type.GetGenericArguments().All(Hashed));

    /// <summary>"a Foo", the type of the first value inside this one that is not hashed.</summary>
    private string UnhashedType() =>
        elements?.FirstOrDefault(element => element.key is null) is { } inside ? inside.UnhashedType() : TypeName(value);

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

        return key is not null && other.key is not null ? SameByKey(other) : SamePairwise(other);
    }

    /// <summary>A set's elements matched with the other's one pair at a time (at most <see cref="MaxPairwise"/> of them).</summary>
    private bool SamePairwise(ExactValue other)
    {
        var left = other.elements!.ToList();
        foreach (var element in elements!)
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
    /// A set's elements matched with the other's among those of the same hash only: equal values share it, and among
    /// equal values any one is as good a match as another.
    /// </summary>
    private bool SameByKey(ExactValue other)
    {
        if (key != other.key)
        {
            return false;
        }

        var candidates = new Dictionary<int, List<ExactValue>>();
        foreach (var element in other.elements!)
        {
            if (!candidates.TryGetValue(element.key!.Value, out var bucket))
            {
                candidates[element.key.Value] = bucket = [];
            }

            bucket.Add(element);
        }

        foreach (var element in elements!)
        {
            if (!candidates.TryGetValue(element.key!.Value, out var bucket))
            {
                return false;
            }

            int match = bucket.FindIndex(element.Same);
            if (match < 0)
            {
                return false;
            }

            bucket[match] = bucket[^1];
            bucket.RemoveAt(bucket.Count - 1);
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
