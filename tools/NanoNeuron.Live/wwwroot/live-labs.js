// The labs: beside a chart that scrubs through training, a form to change the numbers and train again in the browser.
// A lab stands after the cell whose code draws its chart (found by the chart's call, not by the lesson's number), and
// runs C# made of the lesson's own calls with the learner's numbers; the library checks them and says what is wrong.

/** A field: its name in the code, its label, the lesson's value, and 'integer' or 'number'. */
const field = (name, label, value, kind = 'number') => ({ name, label, value, kind });

export const labs = [
  {
    // The training lesson: gradient descent from a start, at a learning rate, for some epochs.
    after: /\bTrainingCharts\.LearningScrubber\s*\(/,
    name: 'Training lab',
    heading: 'Lab: train it your way',
    intro: `Change the learning rate α, the starting weight and bias, or the number of epochs, then retrain: the neuron
      trains here, in your browser, and the cost history and the path through (w, b) are drawn again.
      Try α = 0.0006, then 0.0007.`,
    fields: [
      field('alpha', 'Learning rate α', '0.0005'), field('w', 'Starting weight w', '0.9492'),
      field('b', 'Starting bias b', '0.4570'), field('epochs', 'Epochs', '70000', 'integer'),
    ],
    code: v => `var labTrain = DataSets.GenerateDataSets().Train;
var labStart = new Neuron(${v.w}, ${v.b});
var labRun = Training.TrainModel(labStart, labTrain, epochs: ${v.epochs}, learningRate: ${v.alpha});
display(labRun);
display(TrainingCharts.CostHistory(labRun.CostHistory));
TrainingCharts.TrainingPath(CostLandscape.Default.Surface(labTrain),
    Training.Snapshots(labStart, labTrain, Training.LogSpacedEpochs(${v.epochs}), epochs: ${v.epochs}, learningRate: ${v.alpha}))`,
  },
  {
    // Momentum and Adam: the race of the three optimizers through the valley, with the learner's settings.
    after: /\bOptimizerCharts\.OptimizerRace\s*\(/,
    name: 'Optimizer lab',
    heading: 'Lab: race them your way',
    intro: `Change the start, the epochs, gradient descent's α, momentum's α and β, or Adam's α, β₁ and β₂, then race
      again: the three optimizers train here, in your browser, and their cost histories and paths are drawn again. An
      optimizer whose steps are too large diverges: the table says where, and its path is left out of the race.
      Try momentum with β = 0.9, or Adam with α = 0.1.`,
    fields: [
      field('w', 'Starting weight w', '0.9492'), field('b', 'Starting bias b', '0.4570'),
      field('epochs', 'Epochs', '70000', 'integer'), field('gd', 'Gradient descent: α', '0.0005'),
      field('momentumAlpha', 'Momentum: α', '0.00095'), field('momentumBeta', 'Momentum: β', '0.97'),
      field('adamAlpha', 'Adam: α', '1'), field('adamBeta1', 'Adam: β₁', '0.93'), field('adamBeta2', 'Adam: β₂', '0.999'),
    ],
    code: v => `var labTrain = DataSets.GenerateDataSets().Train;
var labPaths = OptimizerComparison.RacePaths(labTrain, new Neuron(${v.w}, ${v.b}), ${v.epochs}, new GradientDescent(${v.gd}),
    new Momentum(${v.momentumAlpha}, ${v.momentumBeta}), new Adam(${v.adamAlpha}, ${v.adamBeta1}, ${v.adamBeta2}));
display(labPaths.Select(p => new
{
    Optimizer = p.Name,
    Diverged = p.Divergence is { } d ? $"at epoch {d.Epoch:N0}" : "no",
    Epochs = p.Path.Count == 0 ? 0 : p.Path[^1].Epoch,
    CostAtTheEnd = p.CostHistory.Count == 0 ? double.NaN : p.CostHistory[^1],
    W = p.Path.Count == 0 ? double.NaN : p.Path[^1].Model.Weight,
    B = p.Path.Count == 0 ? double.NaN : p.Path[^1].Model.Bias,
}));
display(TrainingCharts.CostHistories([.. labPaths.Select(p => (p.Name, p.CostHistory))], "The cost of each optimizer, epoch by epoch"));
OptimizerCharts.OptimizerRace(CostLandscape.Race.Surface(labTrain), [.. labPaths.Where(p => p.Divergence is null)],
    OptimizerComparison.Frames(${v.epochs}))`,
  },
];

/** What is wrong with a field's text, or null: a number as C# writes it ('.' for the point), or a whole number. */
export function problem(text, kind) {
  if (kind === 'integer') {
    return /^\d{1,9}$/.test(text) ? null : `write a whole number of epochs such as 1000 (digits only), not '${text}'.`;
  }
  return /^[-+]?(\d+(\.\d+)?|\.\d+)([eE][-+]?\d+)?$/.test(text) ? null : `write a number such as 0.0005 (with a point), not '${text}'.`;
}
