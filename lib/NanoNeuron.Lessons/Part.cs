namespace NanoNeuron.Lessons;

/// <summary>The parts of the course.</summary>
public enum Part
{
    /// <summary>Part 1, one neuron learns: the welcome (00) and lessons 01–08, the original program rebuilt.</summary>
    One,

    /// <summary>Part 2, beyond one neuron: from lesson 09 up to the appendix, what the original leaves out.</summary>
    Two,

    /// <summary>The appendix on the original, after the lessons.</summary>
    Appendix,
}
