namespace NanoNeuron.Lessons;

/// <summary>One lesson of the course: the notebook <c>notebooks/NN-name.ipynb</c>.</summary>
/// <param name="Number">The lesson's number, NN (00 is the welcome).</param>
/// <param name="Name">The rest of its file name: lower case, digits and hyphens.</param>
/// <param name="Part">The part of the course it belongs to.</param>
public sealed record Lesson(int Number, string Name, Part Part)
{
    /// <summary>The notebook's file name in <c>notebooks/</c>, <c>NN-name.ipynb</c>.</summary>
    public string File => $"{Number:D2}-{Name}.ipynb";
}
