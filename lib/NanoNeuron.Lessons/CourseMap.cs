using System.Text.RegularExpressions;

namespace NanoNeuron.Lessons;

/// <summary>
/// The course's lessons, in order: the one definition of which notebooks are lessons. The site builds exactly the
/// numbered notebooks (<see cref="IsNumberedNotebook"/>) of its folder, the tests check that those of notebooks/
/// are exactly <see cref="Lessons"/>, and .ci/jupyter runs the list that <c>NanoNeuron.Site --list-lessons</c> prints.
/// </summary>
public static partial class CourseMap
{
    /// <summary>Every lesson, in course order. To add a lesson, add its line here, in number order, and its notebook.</summary>
    public static IReadOnlyList<Lesson> Lessons { get; } =
    [
        new(0, "welcome", Part.One),
        new(1, "the-model", Part.One),
        new(2, "celsius-to-fahrenheit", Part.One),
        new(3, "data-sets", Part.One),
        new(4, "cost", Part.One),
        new(5, "forward-propagation", Part.One),
        new(6, "backward-propagation", Part.One),
        new(7, "training", Part.One),
        new(8, "putting-it-all-together", Part.One),
        new(9, "train-test-split", Part.Two),
        new(10, "input-normalization", Part.Two),
        new(11, "vectorization", Part.Two),
        new(12, "activation-functions", Part.Two),
        new(13, "logistic-cost", Part.Two),
        new(14, "several-inputs", Part.Two),
        new(15, "a-network-of-neurons", Part.Two),
        new(16, "mini-batches", Part.Two),
        new(17, "momentum-and-adam", Part.Two),
        new(18, "overfitting", Part.Two),
        new(19, "compare-with-a-real-library", Part.Two),
        new(20, "appendix-the-original", Part.Appendix),
    ];

    /// <summary>The lessons of one part, in order.</summary>
    public static IReadOnlyList<Lesson> In(Part part) => [.. Lessons.Where(lesson => lesson.Part == part)];

    /// <summary>Whether a file name is a numbered notebook, <c>NN-name.ipynb</c> (two ASCII digits, a hyphen): what the course counts as a lesson.</summary>
    public static bool IsNumberedNotebook(string fileName) => NumberedNotebook().IsMatch(fileName);

    /// <summary>The numbered notebooks of a folder (<see cref="IsNumberedNotebook"/>), as full paths in course order (by file name, ordinal); none if the folder does not exist.</summary>
    public static IReadOnlyList<string> NumberedNotebooks(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.EnumerateFiles(folder, "*.ipynb")
                .Where(path => IsNumberedNotebook(Path.GetFileName(path)))
                .Order(StringComparer.Ordinal)]
            : [];

    [GeneratedRegex(@"^[0-9]{2}-.*\.ipynb\z", RegexOptions.Singleline)]
    private static partial Regex NumberedNotebook();
}
