// A plain JavaScript NanoNeuron, the reference for this repository's tests and benchmark: the same
// algorithm and the same operation order as the original program, so its results can be compared bit
// for bit with the C# library (tests/NanoNeuron.Tests) and its speed measured beside BenchmarkDotNet's.
//
// Usage: node nanoneuron.js [--epochs N] [--repeat R] [--initial-weight W] [--initial-bias B]
// Prints one JSON object: the trained results, and the wall time of each of the R runs (sorted) and their median, in milliseconds.
'use strict';

function parseArgs(argv) {
  const options = { epochs: 70000, repeat: 1, weight: 0.9492, bias: 0.4570, alpha: 0.0005 };
  const names = { '--epochs': 'epochs', '--repeat': 'repeat', '--initial-weight': 'weight', '--initial-bias': 'bias', '--learning-rate': 'alpha' };
  for (let i = 2; i < argv.length; i += 2) {
    const key = names[argv[i]];
    const value = Number(argv[i + 1]);
    if (key === undefined || !Number.isFinite(value)) {
      throw new Error(`unknown option or bad value: ${argv[i]} ${argv[i + 1]}`);
    }
    options[key] = value;
  }
  return options;
}

function celsiusToFahrenheit(celsius) {
  return celsius * 1.8 + 32;
}

function generateDataSets() {
  const xTrain = [], yTrain = [], xTest = [], yTest = [];
  for (let x = 0; x < 100; x += 1) { xTrain.push(x); yTrain.push(celsiusToFahrenheit(x)); }
  for (let x = 0.5; x < 100; x += 1) { xTest.push(x); yTest.push(celsiusToFahrenheit(x)); }
  return { xTrain, yTrain, xTest, yTest };
}

function predict(model, x) {
  return x * model.w + model.b;
}

function forwardPropagation(model, xs, ys) {
  const predictions = [];
  let cost = 0;
  for (let i = 0; i < xs.length; i += 1) {
    const prediction = predict(model, xs[i]);
    cost += (ys[i] - prediction) ** 2 / 2;
    predictions.push(prediction);
  }
  return { predictions, cost: cost / xs.length };
}

function backwardPropagation(predictions, xs, ys) {
  let dW = 0;
  let dB = 0;
  for (let i = 0; i < xs.length; i += 1) {
    dW += (ys[i] - predictions[i]) * xs[i];
    dB += ys[i] - predictions[i];
  }
  return { dW: dW / xs.length, dB: dB / xs.length };
}

function trainModel(model, epochs, alpha, xs, ys) {
  const costHistory = [];
  for (let epoch = 0; epoch < epochs; epoch += 1) {
    const { predictions, cost } = forwardPropagation(model, xs, ys);
    costHistory.push(cost);
    const { dW, dB } = backwardPropagation(predictions, xs, ys);
    model.w += alpha * dW;
    model.b += alpha * dB;
  }
  return costHistory;
}

function run(options) {
  const data = generateDataSets();
  const model = { w: options.weight, b: options.bias };
  const history = trainModel(model, options.epochs, options.alpha, data.xTrain, data.yTrain);
  return {
    costBefore: history[0],
    lastRecordedCost: history[history.length - 1],
    weight: model.w,
    bias: model.b,
    testCost: forwardPropagation(model, data.xTest, data.yTest).cost,
    prediction: predict(model, 70),
  };
}

const options = parseArgs(process.argv);
const times = [];
let result;
for (let r = 0; r < options.repeat; r += 1) {
  const start = process.hrtime.bigint();
  result = run(options);
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
result.medianMilliseconds = times[Math.floor(times.length / 2)];
result.milliseconds = times;
result.runs = options.repeat;
console.log(JSON.stringify(result));
