// Every chart of the course is drawn with Plotly.NET through its C# API, from results it is given: these are
// the namespaces the chart files share, named once here instead of at the top of each.
global using System.Globalization;
global using NanoNeuron.Experiments;
global using NanoNeuron.Optimization;
global using Plotly.NET;
global using Plotly.NET.CSharp;
global using Chart = Plotly.NET.CSharp.Chart;
