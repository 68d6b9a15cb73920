namespace NanoNeuron.Exercises;

/// <summary>
/// Marks a "predict, then run" question: the learner writes a prediction in place of <c>double.NaN</c> or <c>'?'</c>,
/// runs the checker, and only then runs the cell that computes the answer. Each lesson asks two to four.
/// </summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class QuestionAttribute : Attribute;
