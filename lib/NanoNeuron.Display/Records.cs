using System.Reflection;
using System.Runtime.CompilerServices;

namespace NanoNeuron.Display;

/// <summary>Which values read as a row of named fields: records and anonymous objects, and their properties.</summary>
public static class Records
{
    /// <summary>
    /// Whether <paramref name="type"/> is a record (class or struct) or an anonymous type: the compiler writes both,
    /// with a property per field, in the order the code declares them.
    /// </summary>
    public static bool IsRecordLike(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return IsAnonymous(type) || IsRecord(type);
    }

    /// <summary>An anonymous type: compiler-generated, with "AnonymousType" in its name.</summary>
    public static bool IsAnonymous(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false)
            && type.Name.Contains("AnonymousType", StringComparison.Ordinal);
    }

    /// <summary>A record class or record struct: the compiler gives both a generated PrintMembers method.</summary>
    public static bool IsRecord(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return type.GetMethod("PrintMembers", BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, [typeof(System.Text.StringBuilder)]) is { } print
            && print.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false);
    }

    /// <summary>The public instance properties a row shows, in declaration order (indexers left out).</summary>
    public static IReadOnlyList<PropertyInfo> Fields(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return [.. type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .Where(property => property.GetIndexParameters().Length == 0 && property.GetMethod is { IsPublic: true })
            .OrderBy(property => Depth(property.DeclaringType))
            .ThenBy(property => property.MetadataToken)];
    }

    // A base record's fields come first, as its constructor takes them.
    private static int Depth(Type? type) => type?.BaseType is { } parent ? 1 + Depth(parent) : 0;

    /// <summary>The element type T of a sequence (<see cref="IEnumerable{T}"/>), or null if it is none or a string.</summary>
    public static Type? ElementType(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var sequences = (type.IsInterface && type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>) ? [type] : Array.Empty<Type>())
            .Concat(type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>)))
            .Select(i => i.GetGenericArguments()[0])
            .Distinct()
            .ToList();
        return sequences.Count == 1 ? sequences[0] : null;
    }
}
