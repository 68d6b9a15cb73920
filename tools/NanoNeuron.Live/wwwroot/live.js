// The live course on a lesson page: every code cell gets Run and Edit, runs in C# in the browser (live-kernel.js), and
// keeps the learner's edits in the browser's storage. Reading needs none of it: the executed outputs stay on the page
// until the learner runs that cell.
//
// The page marks it up (tools/NanoNeuron.Site): <main data-live-notebook="notebooks/NN-name.ipynb">, and each code
// cell as <div class="cell" data-cell-id="…"> holding its <div class="cell-code"> and its <div class="cell-output">s;
// data-live="setup" for the setup line (the runtime's job) and data-live="kernel-only" with data-live-reason for a cell
// that cannot run in a browser.
import { LiveKernel } from './live-kernel.js';

function setUp(main) {
  const kernel = new LiveKernel();
  const storageKey = `nanoneuron-live:${main.dataset.liveNotebook}`;
  // Declared before the cells are made from it: a class is not hoisted.
  class Cell {
    constructor(element, index) {
      this.element = element;
      this.id = element.dataset.cellId;
      this.kind = element.dataset.live ?? 'run';
      this.runnable = this.kind === 'run';
      this.code = this.original = element.querySelector('.cell-code').textContent.replace(/\n$/, '');
      this.outputs = null;
      this.number = index + 1;
      if (this.kind === 'setup') {
        element.append(note('The live runtime does this line’s work: the course’s libraries are loaded and imported for every cell.'));
        return;
      }
      if (this.kind === 'kernel-only') {
        element.append(note(`This cell runs only in the notebook, not in the browser: ${element.dataset.liveReason}. Its output below is from when the site was built.`));
        return;
      }
      this.build();
    }

    get edited() { return this.runnable && this.code !== this.original; }

    build() {
      const bar = element('div', { className: 'live-cell-bar' });
      bar.setAttribute('role', 'group');
      bar.setAttribute('aria-label', `Cell ${this.number}`);
      this.runButton = button('Run', () => running === this ? stopKernel() : runUpTo(runnable.indexOf(this)));
      this.runButton.setAttribute('aria-label', `Run cell ${this.number}`);
      this.runButton.title = 'Runs the cells above that have not run yet, then this one (Ctrl+Enter in the editor)';
      const above = button('Run all above', () => runUpTo(runnable.indexOf(this) - 1, { all: true }));
      above.setAttribute('aria-label', `Run all cells above cell ${this.number}`);
      this.editButton = button('Edit', () => this.openEditor(true));
      this.editButton.setAttribute('aria-label', `Edit cell ${this.number}`);
      this.resetButton = button('Undo my edits', () => { this.resetEdit(); saveEdits(); this.editor.focus(); });
      this.resetButton.setAttribute('aria-label', `Put back cell ${this.number} as the lesson wrote it`);
      this.resetButton.hidden = true;
      bar.append(this.runButton, above, this.editButton, this.resetButton);
      this.element.querySelector('.cell-code').after(bar);
      if (this.element.dataset.liveNote) bar.after(note(this.element.dataset.liveNote));
      const saved = loadEdits()[this.id];
      if (saved !== undefined && saved !== this.original) {
        this.code = saved;
        this.openEditor(false);
      }
    }

    openEditor(focus) {
      if (!this.editor) {
        const label = `Code of cell ${this.number}`;
        this.editor = element('textarea', { className: 'live-editor', spellcheck: false, value: this.code });
        this.editor.setAttribute('aria-label', label);
        this.editor.setAttribute('autocapitalize', 'off');
        this.editor.setAttribute('autocomplete', 'off');
        this.editor.rows = Math.max(2, this.code.split('\n').length);
        this.editor.addEventListener('input', () => {
          this.code = this.editor.value;
          this.editor.rows = Math.max(2, this.code.split('\n').length);
          this.resetButton.hidden = !this.edited;
          saveEdits();
        });
        this.editor.addEventListener('keydown', event => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey || event.shiftKey)) {
            event.preventDefault();
            runUpTo(runnable.indexOf(this));
          }
        });
        const code = this.element.querySelector('.cell-code');
        code.hidden = true;
        code.after(this.editor);
      }
      this.editButton.hidden = true;
      this.resetButton.hidden = !this.edited;
      if (focus) this.editor.focus();
    }

    resetEdit() {
      if (!this.runnable) return;
      this.code = this.original;
      if (this.editor) this.editor.value = this.code;
      if (this.resetButton) this.resetButton.hidden = true;
    }

    setRunning(on) {
      this.element.setAttribute('aria-busy', on);
      if (on) this.element.dataset.liveStatus = 'running';
      this.runButton.textContent = on ? 'Stop' : 'Run';
      this.runButton.setAttribute('aria-label', on ? `Stop cell ${this.number}` : `Run cell ${this.number}`);
    }

    show(outputs) {
      this.outputs = outputs;
      this.element.querySelectorAll('.cell-output').forEach(old => old.remove());
      const box = element('div', { className: 'cell-output live-output' });
      for (const output of outputs) box.append(render(output));
      this.element.append(box);
    }

    showStopped() {
      this.outputs = null;
      this.element.querySelectorAll('.cell-output').forEach(old => old.remove());
      const box = element('div', { className: 'cell-output live-output' });
      box.append(element('pre', { className: 'error', textContent: 'Stopped: this cell ran until you stopped it. C# restarted empty, so the cells above run again before the next one.' }));
      this.element.append(box);
    }

    /** The ✓ or hint a checker showed, to be read out with the status. */
    feedback() {
      return this.element.querySelector('.live-output .feedback')?.textContent ?? '';
    }
  }
  const cells = [...main.querySelectorAll('.cell[data-cell-id]')].map((element, index) => new Cell(element, index));
  const runnable = cells.filter(cell => cell.runnable);
  const ranIn = new Map();    // cell → kernel generation it last ran in
  let running = null;       // the cell running now

  // The page's bar: what this is, run all, reset the lesson, download, and one status line read out to screen readers.
  const bar = element('section', { className: 'live-toolbar', ariaLabel: 'Run this lesson' });
  bar.innerHTML = `<p>Each code cell below can be edited and run here, in your browser: C# compiled by .NET running in
    WebAssembly, nothing installed, nothing sent anywhere. The first run downloads the runtime once.</p>`;
  const runAll = button('Run all', () => runUpTo(runnable.length - 1, { all: true }));
  const stop = button('Stop', () => stopKernel());
  stop.disabled = true;
  const restart = button('Restart C#', () => {
    kernel.stop();
    say('C# restarted: the cells run so far are forgotten, and the next run runs the cells above it first.');
  });
  const resetLesson = button('Reset lesson', () => {
    if (!confirm('Put back every cell of this lesson as it was, forgetting your edits?')) return;
    cells.forEach(cell => cell.resetEdit());
    localStorage.removeItem(storageKey);
    say('Every cell is back as the lesson wrote it.');
  });
  const download = button('Download this lesson (.ipynb)', () => downloadNotebook());
  const status = element('p', { className: 'live-status' });
  status.setAttribute('role', 'status');
  bar.append(runAll, stop, restart, resetLesson, download, status);
  main.prepend(bar);

  // The training lab: beside the chart that scrubs through training, change α, the start and the epochs, and retrain.
  const scrubber = cells.find(cell => cell.runnable && /\bCharts\.LearningScrubber\(/.test(cell.original));
  if (scrubber) scrubber.element.after(trainingLab());

  kernel.addEventListener('progress', ({ detail }) => {
    const what = detail.phase === 'charts' ? 'the chart libraries' : '.NET and the C# compiler';
    const files = detail.total ? `${detail.loaded} of ${detail.total} files` : 'starting';
    say(`Downloading ${what} (once; your browser keeps them): ${files}, ${megabytes(detail.bytes)} so far.`, false);
  });
  kernel.addEventListener('ready', ({ detail }) =>
    say(`C# is ready (${(detail.ms / 1000).toFixed(1)} s, ${megabytes(detail.bytes)} downloaded).`, false));
  kernel.addEventListener('state', ({ detail }) => { stop.disabled = detail === 'idle' || detail === 'ready'; });
  kernel.addEventListener('failed', ({ detail }) => say(detail.message));

  function say(text, important = true) {
    status.textContent = text;
    status.dataset.important = important;
  }

  function stopKernel() {
    kernel.stop();
    say('Stopped. C# starts again, empty, at the next run: the cells above run again first.');
  }

  /** Runs, in order, every runnable cell up to this one that has not run in this kernel, then this one. */
  /** With all: every cell up to this one, whether it ran before or not. */
  async function runUpTo(last, { all = false } = {}) {
    if (running) return;
    main.dataset.liveBusy = 'true';
    try {
      return await runCells(last, all);
    } finally {
      main.dataset.liveBusy = 'false';
    }
  }

  async function runCells(last, all) {
    for (let i = 0; i <= last; i++) {
      const cell = runnable[i];
      if (!all && i < last && ranIn.get(cell) === kernel.generation) continue;
      const ok = await runOne(cell, i < last);
      if (!ok) {
        if (i < last) say(`Cell ${cell.number} failed, so the cells after it did not run.`);
        return false;
      }
    }
    return true;
  }

  async function runOne(cell, above) {
    running = cell;
    cell.setRunning(true);
    say(above ? `Running cell ${cell.number} (above the one you ran)…` : `Running cell ${cell.number}…`, false);
    const generation = kernel.state === 'idle' ? kernel.generation + 1 : kernel.generation;
    try {
      const result = await kernel.run(cell.code);
      ranIn.set(cell, generation);
      cell.show(result.outputs);
      cell.element.dataset.liveStatus = result.status;
      const verdict = cell.feedback();
      say(result.status === 'ok'
        ? `Cell ${cell.number} ran.${verdict ? ' ' + verdict : ''}`
        : `Cell ${cell.number} failed: ${firstError(result.outputs)}`);
      return result.status === 'ok';
    } catch (error) {
      cell.element.dataset.liveStatus = error.stopped ? 'stopped' : 'error';
      if (error.stopped) {
        cell.showStopped();
      } else {
        cell.show([{ output_type: 'error', ename: 'RuntimeError', evalue: error.message, traceback: [], diagnostics: [] }]);
        say(error.message);
      }
      return false;
    } finally {
      running = null;
      cell.setRunning(false);
    }
  }

  function trainingLab() {
    const lab = element('section', { className: 'live-lab', ariaLabel: 'Training lab' });
    lab.innerHTML = `<h3>Lab: train it your way</h3>
      <p>Change the learning rate α, the starting weight and bias, or the number of epochs, then retrain: the neuron trains
      here, in your browser, and the cost history and the path through (w, b) are drawn again. Try α = 0.0006, then 0.0007.</p>`;
    const fields = [
      ['alpha', 'Learning rate α', '0.0005'], ['w', 'Starting weight w', '0.9492'],
      ['b', 'Starting bias b', '0.4570'], ['epochs', 'Epochs', '70000'],
    ].map(([name, label, value]) => {
      const input = element('input', { name, value, type: 'text', inputMode: 'decimal', spellcheck: false });
      const wrapper = element('label', { textContent: label + ' ' });
      wrapper.append(input);
      return wrapper;
    });
    const form = element('form');
    const retrain = element('button', { type: 'submit', textContent: 'Retrain and redraw' });
    form.append(...fields, retrain);
    const output = element('div', { className: 'cell-output live-output' });
    lab.append(form, output);
    form.addEventListener('submit', async event => {
      event.preventDefault();
      if (running) return;
      const value = name => form.elements[name].value.trim();
      const numbers = ['alpha', 'w', 'b', 'epochs'].map(value);
      const bad = numbers.findIndex(text => !/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(text));
      if (bad >= 0) {
        output.replaceChildren(element('pre', { className: 'error', textContent: `${fields[bad].textContent.trim()}: write a number such as 0.0005 (with a point), not '${numbers[bad]}'.` }));
        form.elements[['alpha', 'w', 'b', 'epochs'][bad]].focus();
        return;
      }
      const [alpha, w, b, epochs] = numbers;
      // The same calls as the lesson's cells, with the learner's numbers; the library checks them and says what is wrong.
      const code = `var labTrain = DataSets.GenerateDataSets().Train;
var labStart = new Neuron(${w}, ${b});
var labRun = Training.TrainModel(labStart, labTrain, epochs: (int)${epochs}, learningRate: ${alpha});
display(new { Epochs = labRun.Epochs, CostBefore = labRun.CostBefore, CostAfter = labRun.CostAfter, W = labRun.Model.Weight, B = labRun.Model.Bias });
display(Charts.CostHistory(labRun.CostHistory));
Charts.TrainingPath(labTrain, Training.Snapshots(labStart, labTrain, Training.LogSpacedEpochs((int)${epochs}), epochs: (int)${epochs}, learningRate: ${alpha}))`;
      retrain.disabled = true;
      lab.setAttribute('aria-busy', 'true');
      say('Retraining…', false);
      try {
        const result = await kernel.run(code);
        output.replaceChildren(...result.outputs.map(render));
        lab.dataset.liveStatus = result.status;
        say(result.status === 'ok' ? 'Retrained: the table and the charts below the lab are new.' : `The lab could not train: ${firstError(result.outputs)}`);
      } catch (error) {
        lab.dataset.liveStatus = 'error';
        say(error.stopped ? 'Stopped.' : error.message);
      } finally {
        retrain.disabled = false;
        lab.setAttribute('aria-busy', 'false');
      }
    });
    return lab;
  }

  function saveEdits() {
    const edits = Object.fromEntries(cells.filter(cell => cell.edited).map(cell => [cell.id, cell.code]));
    try {
      if (Object.keys(edits).length) localStorage.setItem(storageKey, JSON.stringify(edits));
      else localStorage.removeItem(storageKey);
    } catch { say('Your browser would not keep the edits (storage is full or switched off): download the lesson to keep them.'); }
  }

  function loadEdits() {
    try { return JSON.parse(localStorage.getItem(storageKey) ?? '{}'); } catch { return {}; }
  }

  /** The executed notebook, with the learner's code and, for each cell run here, its outputs from here. */
  async function downloadNotebook() {
    const response = await fetch(main.dataset.liveNotebook);
    if (!response.ok) { say(`The lesson's notebook could not be read (${response.status}).`); return; }
    const notebook = await response.json();
    let count = 0;
    for (const source of notebook.cells) {
      const cell = cells.find(c => c.id === source.id);
      if (!cell || source.cell_type !== 'code') continue;
      source.source = lines(cell.code);
      if (cell.outputs) {
        source.outputs = cell.outputs.map(output => notebookOutput(output, ++count));
        source.execution_count = count;
      }
    }
    const blob = new Blob([JSON.stringify(notebook, null, 1) + '\n'], { type: 'application/x-ipynb+json' });
    const link = element('a', { href: URL.createObjectURL(blob), download: main.dataset.liveNotebook.split('/').pop() });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }
}


/** One output, drawn as the notebook shows it. */
function render(output) {
  switch (output.output_type) {
    case 'stream':
      return element('pre', { textContent: output.text });
    case 'error': {
      const text = output.diagnostics?.length
        ? output.diagnostics.map(d => `Line ${d.line}, column ${d.column}: error ${d.id}: ${d.message}`).join('\n')
        : `${output.ename}: ${output.evalue}`;
      return element('pre', { className: 'error', textContent: text });
    }
    default: {
      const data = output.data ?? {};
      const figure = data['application/vnd.plotly.v1+json'];
      if (figure) return chart(figure);
      if (data['text/html']) {
        const box = element('div');
        box.innerHTML = data['text/html'];   // the kernel's own tables, every text in them encoded
        return box;
      }
      return element('pre', { textContent: data['text/plain'] ?? '' });
    }
  }
}

function chart(figure) {
  const box = element('div', { className: 'chart' });
  if (!globalThis.Plotly) {
    box.textContent = 'This chart cannot be drawn: plotly.js did not load.';
    return box;
  }
  queueMicrotask(() => Plotly.newPlot(box, { ...figure, config: { responsive: true } }));
  return box;
}

/** An output as nbformat 4.5 stores it (the page's own "diagnostics" go). */
function notebookOutput(output, count) {
  if (output.output_type === 'stream') return { output_type: 'stream', name: output.name, text: lines(output.text) };
  if (output.output_type === 'error') return { output_type: 'error', ename: output.ename, evalue: output.evalue, traceback: output.traceback };
  const data = Object.fromEntries(Object.entries(output.data).map(([mime, value]) => [mime, typeof value === 'string' ? lines(value) : value]));
  return output.output_type === 'execute_result'
    ? { output_type: 'execute_result', data, metadata: {}, execution_count: count }
    : { output_type: 'display_data', data, metadata: {} };
}

function firstError(outputs) {
  const error = outputs.find(o => o.output_type === 'error');
  if (!error) return 'it did not run.';
  const first = error.diagnostics?.[0];
  return first ? `line ${first.line}, column ${first.column}: ${first.message}` : `${error.ename}: ${error.evalue}`;
}

const lines = text => text.split(/(?<=\n)/);
const megabytes = bytes => `${(bytes / 1e6).toFixed(1)} MB`;
const note = text => element('p', { className: 'live-note', textContent: text });

function element(tag, properties = {}) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(properties)) {
    if (key === 'ariaLabel') node.setAttribute('aria-label', value);
    else node[key] = value;
  }
  return node;
}

function button(label, onClick) {
  const node = element('button', { type: 'button', textContent: label });
  node.addEventListener('click', onClick);
  return node;
}

// Last, once every declaration above has run.
const main = document.querySelector('main[data-live-notebook]');
if (main) setUp(main);
