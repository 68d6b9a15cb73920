using System.Diagnostics.CodeAnalysis;

namespace NanoNeuron.Live.Kernel;

/// <summary>What a cell sees besides its code and the earlier cells: <c>display(…)</c>, as in a notebook.</summary>
public sealed class CellGlobals
{
    internal CellGlobals(CellOutputs outputs) => Outputs = outputs;

    /// <summary>The outputs of the cell running now.</summary>
    internal CellOutputs Outputs { get; set; }

    /// <summary>Shows a value below the cell now, as a notebook's <c>display(value)</c> does.</summary>
    [SuppressMessage("Style", "IDE1006:Naming Styles", Justification = "The notebooks' name for it, which cells call.")]
    [SuppressMessage("Naming", "CA1707", Justification = "Lower-case, as in the notebooks.")]
    public void display(object? value) => Outputs.Display(value);
}
