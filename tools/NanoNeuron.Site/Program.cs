using System.CommandLine;
using NanoNeuron.Site;

var notebooks = new Option<string>("--notebooks")
{
    Description = "The folder of the course's notebooks.",
    DefaultValueFactory = _ => "notebooks",
};
var output = new Option<string>("--output")
{
    Description = "Where to write the site: a new or empty folder, or one this tool built before; never in or around the notebooks.",
    DefaultValueFactory = _ => Path.Combine("artifacts", "site"),
};
var command = new RootCommand("Executes every notebook with the pinned dotnet-repl and writes the course as a static site that works offline.")
{
    notebooks, output,
};
command.SetAction(parsed => SiteBuilder.Build(parsed.GetValue(notebooks)!, parsed.GetValue(output)!, Console.Out, Console.Error));

var result = command.Parse(args);
if (result.Errors.Count > 0)
{
    Console.Error.WriteLine($"error: {result.Errors[0].Message} Run with --help to see the options.");
    return 2;
}

return result.Invoke();
