namespace NanoNeuron.Exercises;

/// <summary>Marks a lesson's "Try it" checker: an exercise that needs the lesson's idea, judged at once, with a tested worked solution.</summary>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class TryItAttribute : Attribute;
