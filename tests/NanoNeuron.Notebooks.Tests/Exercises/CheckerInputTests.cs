using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using CsCheck;
using NanoNeuron.Networks;

namespace NanoNeuron.Notebooks.Tests;

/// <summary>
/// Every checker over the inputs a learner can hand it (the third attack's NaN, ±∞, ±1e308, 5e-324, letters, neurons,
/// functions that throw): the same words in a German notebook as in the invariant culture, and a function that throws
/// answered with a hint that names the exception.
/// </summary>
public class CheckerInputTests
{
    private static readonly CultureInfo German = NanoNeuron.Testing.OtherCulture.GermanLike;

    private static readonly MethodInfo[] Checkers =
    [
        .. typeof(Feedback).Assembly.GetExportedTypes()
            .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(method => method.IsDefined(typeof(QuestionAttribute)) || method.IsDefined(typeof(TryItAttribute))),
    ];

    public static TheoryData<string> CheckerNames => [.. Checkers.Select(Name)];

    public static TheoryData<string> FunctionCheckerNames =>
        [.. Checkers.Where(method => method.IsDefined(typeof(TryItAttribute)) && method.GetParameters().Any(p => typeof(Delegate).IsAssignableFrom(p.ParameterType))).Select(Name)];

    /// <summary>Each input a learner might pass, one parameter at a time (the others at their first value): the answer is the same under de-DE as under the invariant culture.</summary>
    [Theory]
    [MemberData(nameof(CheckerNames))]
    public void Checker_AnyInput_AnswersTheSameInAGermanNotebook(string name)
    {
        var checker = Checkers.Single(method => Name(method) == name);
        var choices = checker.GetParameters().Select(p => Inputs(p.ParameterType)).ToArray();
        var calls = new List<object?[]>();
        for (int varied = 0; varied < choices.Length; varied++)
        {
            foreach (object? value in choices[varied])
            {
                object?[] arguments = [.. choices.Select(c => c[0])];
                arguments[varied] = value;
                calls.Add(arguments);
            }
        }

        foreach (object?[] arguments in calls)
        {
            string invariant = Answer(checker, arguments, CultureInfo.InvariantCulture);
            string german = Answer(checker, arguments, German);
            Assert.True(invariant == german, $"{name}({string.Join(", ", arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture)))}):\ninvariant: {invariant}\nde-DE:     {german}");
        }
    }

    /// <summary>A function that throws is answered with a hint naming the exception, never the exception itself.</summary>
    [Theory]
    [MemberData(nameof(FunctionCheckerNames))]
    public void TryIt_FunctionThatThrows_GetsAHintNamingTheException(string name)
    {
        var checker = Checkers.Single(method => Name(method) == name);
        foreach (var exception in new[] { typeof(InvalidOperationException), typeof(NullReferenceException), typeof(DivideByZeroException), typeof(IndexOutOfRangeException), typeof(ArgumentException) })
        {
            object?[] arguments = [.. checker.GetParameters().Select(p => typeof(Delegate).IsAssignableFrom(p.ParameterType) ? Throwing(p.ParameterType, exception) : Inputs(p.ParameterType)[0])];
            var feedback = (Feedback)checker.Invoke(null, arguments)!;
            Assert.False(feedback.Passed);
            Assert.Contains($"your function threw {exception.Name}", feedback.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// Attack 13 (A13b-5 to A13b-7): each input a learner might pass, one parameter at a time with the others at an ordinary
    /// value, is answered with feedback, never an exception (a decay of 1e5 came out as one), and the feedback writes no
    /// number with more than 20 digits in a row (α = 1e300 was echoed with 300).
    /// </summary>
    [Theory]
    [MemberData(nameof(CheckerNames))]
    public void Checker_AnyInput_IsAnsweredWithShortFeedback(string name)
    {
        var checker = Checkers.Single(method => Name(method) == name);
        var parameters = checker.GetParameters();
        for (int varied = 0; varied < parameters.Length; varied++)
        {
            foreach (object? value in Inputs(parameters[varied].ParameterType).Where(value => value is not null))
            {
                object?[] arguments = [.. parameters.Select(p => Ordinary(p.ParameterType))];
                arguments[varied] = value;
                string call = $"{name}({string.Join(", ", arguments.Select(a => Convert.ToString(a, CultureInfo.InvariantCulture)))})";
                Feedback feedback;
                try
                {
                    feedback = (Feedback)checker.Invoke(null, arguments)!;
                }
                catch (TargetInvocationException error)
                {
                    throw new Xunit.Sdk.XunitException($"{call} threw {error.InnerException}");
                }

                Assert.False(System.Text.RegularExpressions.Regex.IsMatch(feedback.Message, "[0-9]{21}"), $"{call}: {feedback.Message}");
            }
        }
    }

    /// <summary>
    /// Attack 13, A13b-3: a learner's exception whose message is null, or whose Message throws when read, is still answered
    /// with a hint naming the exception, by every checker of a function.
    /// </summary>
    [Theory]
    [MemberData(nameof(FunctionCheckerNames))]
    public void TryIt_FunctionThrowingAnExceptionWithoutAReadableMessage_GetsAHint(string name)
    {
        var checker = Checkers.Single(method => Name(method) == name);
        foreach (var (exception, said) in new[] { (typeof(NoMessageException), "(no message)"), (typeof(UnreadableMessageException), "(its message could not be read)") })
        {
            object?[] arguments = [.. checker.GetParameters().Select(p => typeof(Delegate).IsAssignableFrom(p.ParameterType) ? Throwing(p.ParameterType, exception) : Inputs(p.ParameterType)[0])];
            var feedback = (Feedback)checker.Invoke(null, arguments)!;
            Assert.False(feedback.Passed);
            Assert.Contains($"your function threw {exception.Name} {said}", feedback.Message, StringComparison.Ordinal);
        }
    }

    /// <summary>Attack 13, A13b-5 to A13b-7: the hints for the inputs the attack found, word for word where it matters.</summary>
    [Fact]
    public void Hints_ForTheAttacksInputs_SayWhatIsWrong()
    {
        foreach (Func<Neuron, Feedback> check in new Func<Neuron, Feedback>[] { ConversionExercises.FahrenheitToCelsius, ModelExercises.NeuronFromAnswers })
        {
            foreach (var neuron in new[] { new Neuron(double.PositiveInfinity, 0), new Neuron(0.5, double.NegativeInfinity) })
            {
                var feedback = check(neuron);
                Assert.False(feedback.Passed);
                Assert.Contains("both must be finite numbers", feedback.Message, StringComparison.Ordinal);
                Assert.DoesNotContain("double.NaN", feedback.Message, StringComparison.Ordinal);
            }

            Assert.Contains("replace double.NaN", check(new Neuron(double.NaN, double.PositiveInfinity)).Message, StringComparison.Ordinal);
        }

        foreach (double decay in new[] { 1e5, 1e300, 20_409 })
        {
            var feedback = MiniBatchExercises.SettleWithDecay(0.1, decay);
            Assert.False(feedback.Passed);
            Assert.Contains("more than a million times smaller", feedback.Message, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("million", MiniBatchExercises.SettleWithDecay(0.1, 20_408).Message, StringComparison.Ordinal);
        Assert.Contains("≈ -3.2842E+303", TrainingExercises.BestLearningRate(1e300).Message, StringComparison.Ordinal);
    }

    /// <summary>An exception a learner may write, whose message is null.</summary>
    public sealed class NoMessageException : Exception
    {
        public override string Message => null!;
    }

    /// <summary>An exception a learner may write, whose message cannot be read.</summary>
    public sealed class UnreadableMessageException : Exception
    {
        public override string Message => throw new InvalidOperationException("the message getter throws");
    }

    /// <summary>
    /// Any character a learner writes in place of a letter (attack 8, A8-14), handed to every one-letter checker: the
    /// answer echoes nothing a terminal would hide (it is written as \uXXXX), and a letter that is not an option gets the
    /// same hint as 'z' but for the echo, so no hint tells one character's writer more than another's.
    /// </summary>
    [Fact]
    public void OneLetterChecker_AnyCharacter_EchoesNothingHidden_AndTellsNoMoreThanForAnotherLetter()
    {
        var (trained, _) = ExerciseSolutions.BrokenXor();
        Func<char, Feedback>[] checkers =
        [
            .. Checkers.Where(method => method.GetParameters() is { Length: > 0 } parameters && parameters.All(p => p.ParameterType == typeof(char)))
                .Select(method => (Func<char, Feedback>)(answer => (Feedback)method.Invoke(null, [.. method.GetParameters().Select(_ => (object)answer)])!)),
            why => NetworkExercises.BrokenXor(trained, why),
        ];
        Assert.True(checkers.Length > 30, $"only {checkers.Length} one-letter checkers found");
        string[] forZ = [.. checkers.Select(check => check('z').Message)];
        Assert.All(forZ, hint => Assert.Contains("in place of 'z'", hint, StringComparison.Ordinal));
        void EchoesNothingHidden(char answer)
        {
            for (int i = 0; i < checkers.Length; i++)
            {
                var feedback = checkers[i](answer);
                Assert.True(CheckerTests.Shown(feedback.Message), $"checker {i}, U+{(int)answer:X4}: {CheckerTests.Escape(feedback.Message)}");
                if (!feedback.Passed && answer != '?' && feedback.Message.StartsWith("write one of", StringComparison.Ordinal))
                {
                    string echoed = CheckerTests.Escape(char.ToLowerInvariant(answer).ToString());
                    Assert.Equal(forZ[i].Replace("in place of 'z'", $"in place of '{echoed}'", StringComparison.Ordinal), feedback.Message);
                }
            }
        }

        // The report's characters, then a sample of any: a few checkers compute their truth with a training run on every call.
        foreach (char answer in "\0\u0007\u200b\u202e")
        {
            EchoesNothingHidden(answer);
        }

        CheckerTests.AnyCharacter.Sample(EchoesNothingHidden, iter: 8, threads: 1);
    }

    /// <summary>
    /// A function that throws an exception whose message holds characters a terminal would hide (attack 8, A8-14): the
    /// hint names the exception with those characters written as \uXXXX.
    /// </summary>
    [Fact]
    public void TryIt_FunctionThrowingAHiddenCharacter_IsNamedWithItEscaped()
    {
        CheckerTests.AnyCharacter.Array[0, 12].Select(chars => new string(chars)).Sample(message =>
        {
            var feedback = VectorizationExercises.FourLaneSum(_ => throw new InvalidOperationException(message));
            Assert.False(feedback.Passed);
            Assert.True(CheckerTests.Shown(feedback.Message), CheckerTests.Escape(feedback.Message));
            Assert.Contains($"your function threw InvalidOperationException ({CheckerTests.Escape(message)})", feedback.Message, StringComparison.Ordinal);
        }, iter: 300, threads: 1);
    }

    private static string Name(MethodInfo method) => $"{method.DeclaringType!.Name}.{method.Name}";

    private static string Answer(MethodInfo checker, object?[] arguments, CultureInfo culture)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return checker.Invoke(null, arguments)!.ToString()!;
        }
        catch (TargetInvocationException error)
        {
            return $"{error.InnerException!.GetType().Name}: {error.InnerException.Message}";
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
            CultureInfo.CurrentUICulture = beforeUi;
        }
    }

    /// <summary>An ordinary input: a finite number or an actual letter, the original start, a function that answers, a trained network.</summary>
    private static object? Ordinary(Type type) =>
        type == typeof(Network) ? ExerciseSolutions.BrokenXor().Item1
        : Inputs(type)[type == typeof(double) || type == typeof(char) || type == typeof(int) ? 1 : 0];

    private static object?[] Inputs(Type type) =>
        type == typeof(double) ? [double.NaN, 0.5, double.PositiveInfinity, double.NegativeInfinity, 1e308, -1e308, double.Epsilon, 0, 1, -1, 2, 3, 0.001, 0.0005, 0.9, 1.8, 32, 100, 1234.5678, 1e5, 1e300]
        : type == typeof(char) ? ['?', 'a', 'b', 'c', 'd', 'x']
        : type == typeof(int) ? [0, 1, -1, 3, 100, 69_999, 70_000, int.MaxValue]
        : type == typeof(Neuron) ? [Neuron.OriginalStart, new Neuron(double.NaN, 0), new Neuron(1.8, 32), new Neuron(0, 0), new Neuron(1e308, -1e308), new Neuron(1.8000001, 31.99), new Neuron(double.PositiveInfinity, 0)]
        : type == typeof(DataSet) ? [DataSets.GenerateDataSets().Test, DataSets.GenerateDataSets().Train, new DataSet([1, 2], [3, 4])]
        : type == typeof(Network) ? [null]
        : typeof(Delegate).IsAssignableFrom(type) ? [Returning(type), Throwing(type, typeof(InvalidOperationException))]
        : throw new InvalidOperationException($"No inputs for a checker's parameter of type {type}: add some here.");

    /// <summary>A function of <paramref name="type"/> that returns the default of its result (0, null).</summary>
    private static Delegate Returning(Type type)
    {
        var invoke = type.GetMethod("Invoke")!;
        var parameters = invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType)).ToArray();
        return Expression.Lambda(type, Expression.Default(invoke.ReturnType), parameters).Compile();
    }

    /// <summary>A function of <paramref name="type"/> that throws a new <paramref name="exception"/>.</summary>
    private static Delegate Throwing(Type type, Type exception)
    {
        var invoke = type.GetMethod("Invoke")!;
        var parameters = invoke.GetParameters().Select(p => Expression.Parameter(p.ParameterType)).ToArray();
        return Expression.Lambda(type, Expression.Throw(Expression.New(exception), invoke.ReturnType), parameters).Compile();
    }
}
