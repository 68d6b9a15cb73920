namespace NanoNeuron.Notebooks.Tests;

/// <summary>
/// Worked solutions to the lessons' "Try it" cells. Try first; then compare. Each one is checked by
/// <see cref="ExerciseTests"/> against the same checker the notebook uses.
/// </summary>
public static partial class ExerciseSolutions;
