using System.Reflection;
using System.Reflection.Metadata;
using Microsoft.CodeAnalysis;

namespace NanoNeuron.Live.Kernel;

/// <summary>
/// Roslyn's references, read from the assemblies the runtime has already loaded: in the browser there are no
/// reference assemblies on disk, and downloading them would double the bytes.
/// </summary>
public static class MetadataReferences
{
    /// <summary>A reference for each named assembly, loading it first if the runtime has not.</summary>
    /// <exception cref="InvalidOperationException">An assembly cannot be loaded or has no metadata to read.</exception>
    public static IReadOnlyList<MetadataReference> For(IEnumerable<string> assemblyNames)
    {
        ArgumentNullException.ThrowIfNull(assemblyNames);
        return [.. assemblyNames.Select(name => For(Assembly.Load(new AssemblyName(name))))];
    }

    /// <summary>A reference to the metadata of a loaded assembly (in the browser, straight from its Webcil image).</summary>
    /// <exception cref="InvalidOperationException">The assembly's metadata cannot be read (a dynamic assembly).</exception>
    public static unsafe MetadataReference For(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        if (!assembly.TryGetRawMetadata(out byte* blob, out int length))
        {
            throw new InvalidOperationException($"The metadata of {assembly.GetName().Name} cannot be read, so cells cannot refer to it.");
        }

        // The blob lives as long as the assembly, which is never unloaded: no copy is needed.
        var module = ModuleMetadata.CreateFromMetadata((nint)blob, length);
        return AssemblyMetadata.Create(module).GetReference(display: assembly.GetName().Name);
    }
}
