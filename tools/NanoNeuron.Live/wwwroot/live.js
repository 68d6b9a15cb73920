// The live course on a lesson page: every code cell gets Run and Edit, runs in C# in the browser (live-kernel.js), and
// keeps the learner's edits in the browser's storage. Reading needs none of it: the executed outputs stay on the page
// until the learner runs that cell, and the runtime downloads only when the learner shows they mean to run something
// (a Run button hovered or focused, an editor opened).
//
// The page marks it up (tools/NanoNeuron.Site, LiveSite.Cell): <main data-live-notebook="notebooks/NN-name.ipynb">, and
// each code cell as <div class="cell" data-cell-id="…" data-cell-number="N"> around the site's own markup: its code box
// (.cell-code) and output boxes (.cell-output), the small setup cell (data-live="setup", the runtime's job), a check cell
// inside its fold (details.cell-check), and data-live="kernel-only" with data-live-reason for a cell that cannot run in
// a browser.
//
// For screen readers, one polite status line says what runs, what ran and what failed (not every output); the
// download's progress is shown, not read out.
import { LiveKernel } from './live-kernel.js';
import { labs, problem } from './live-labs.js';

function setUp(main) {
  const kernel = new LiveKernel();
  const storageKey = `nanoneuron-live:${main.dataset.liveNotebook}`;
  // Declared before the cells are made from it: a class is not hoisted.
  class Cell {
    constructor(node) {
      this.element = node;
      this.id = node.dataset.cellId;
      this.number = Number(node.dataset.cellNumber);
      this.kind = node.dataset.live ?? 'run';
      this.runnable = this.kind === 'run';
      this.fold = node.closest('details.cell-check');
      this.outputs = null;
      if (this.kind === 'setup') {
        node.querySelector('.cell-setup')?.append(' ', element('span', {
          className: 'live-note-inline',
          textContent: 'On this page the live runtime does its work: the course’s libraries are loaded and imported for every cell.',
        }));
        return;
      }
      this.code = this.original = node.querySelector('.cell-code').textContent.replace(/\n$/, '');
      if (this.kind === 'kernel-only') {
        node.querySelector('.cell-code').after(note(`This cell runs only in the notebook, not in the browser: ${node.dataset.liveReason}. Its output below is from when the site was built.`));
        return;
      }
      this.build();
    }

    get edited() { return this.runnable && this.code !== this.original; }

    get label() { return `cell ${this.number}`; }

    build() {
      const bar = element('div', { className: 'live-cell-bar', role: 'group', ariaLabel: `Cell ${this.number}` });
      this.runButton = button('Run', `Run ${this.label}`, () => running === this ? stopKernel() : runUpTo(runnable.indexOf(this)));
      this.runButton.title = 'Runs the cells above that have not run yet, then this one (Ctrl+Enter in the editor)';
      warmOnIntent(this.runButton);
      const above = button('Run all above', `Run all above ${this.label}`, () => runUpTo(runnable.indexOf(this) - 1, { all: true }));
      warmOnIntent(above);
      this.editButton = button('Edit', `Edit ${this.label}`, () => this.openEditor(true));
      this.resetButton = button('Undo my edits', `Undo my edits to ${this.label}`, () => { this.resetEdit(); saveEdits(); this.editor.focus(); });
      this.resetButton.hidden = true;
      this.status = element('span', { className: 'live-cell-status' });
      bar.append(this.runButton, above, this.editButton, this.resetButton, this.status);
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
        this.editor = element('textarea', { className: 'live-editor', spellcheck: false, value: this.code, ariaLabel: `Code of ${this.label}` });
        this.editor.setAttribute('autocapitalize', 'off');
        this.editor.setAttribute('autocomplete', 'off');
        this.editor.rows = Math.max(2, this.code.split('\n').length);
        this.editor.addEventListener('focus', () => kernel.warm());
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

    /** The cell's state: 'running', 'ok', 'error' or 'stopped'; shown beside its buttons, not read out. */
    setState(state, detail = '') {
      const on = state === 'running';
      this.element.setAttribute('aria-busy', on);
      this.element.dataset.liveStatus = state;
      this.runButton.textContent = on ? 'Stop' : 'Run';
      this.runButton.setAttribute('aria-label', `${on ? 'Stop' : 'Run'} ${this.label}`);
      this.status.textContent = detail || { running: 'Running…', ok: 'Ran.', error: 'Failed.', stopped: 'Stopped.' }[state];
      if (state === 'error' && this.fold) this.fold.open = true;   // a failed check shows why
    }

    show(outputs) {
      this.outputs = outputs;
      this.showBoxes(outputs.map(output => render(output, this.number)));
    }

    showStopped() {
      this.outputs = null;
      this.showBoxes([textBox(element('pre', { className: 'error', textContent: 'Stopped: this cell ran until you stopped it. C# restarted empty, so the cells above run again before the next one.' }), this.number)]);
    }

    /** This cell did not run because <cell>, which runs before it, failed or was stopped. */
    showNotRun(cell, stopped) {
      this.outputs = null;
      const why = stopped ? `was stopped` : 'failed';
      this.showBoxes([textBox(element('pre', { className: 'error', textContent: `Not run: ${cell.label}, which runs before this one, ${why}. Fix it (or undo your edits to it), then run this cell again.` }), this.number)]);
      this.setState(stopped ? 'stopped' : 'error', `Not run: ${cell.label} ${why}.`);
    }

    showBoxes(boxes) {
      this.element.querySelectorAll(':scope > .cell-output, :scope > .live-output').forEach(old => old.remove());
      const outputs = element('div', { className: 'live-output' });
      outputs.append(...boxes);
      this.element.append(outputs);
    }

    /** The ✓ or hint a checker showed, to be read out with the status. */
    verdict() {
      return this.element.querySelector('.live-output [data-verdict]')?.textContent.trim() ?? '';
    }
  }
  const cells = [...main.querySelectorAll('.cell[data-cell-id]')].map(cell => new Cell(cell));
  const runnable = cells.filter(cell => cell.runnable);
  const ranIn = new Map();    // cell → kernel generation it last ran in
  let running = null;         // the cell (or lab) running now

  // The page's bar: what this is, run all, stop, restart, reset the lesson, download; the download's progress; and one
  // status line that screen readers read out.
  const bar = element('section', { className: 'live-toolbar', ariaLabel: 'Run this lesson' });
  bar.append(element('p', { textContent: 'Each code cell below can be edited and run here, in your browser: C# compiled by .NET running in WebAssembly, nothing installed, nothing sent anywhere. The first run downloads the runtime once.' }));
  const runAll = button('Run all', 'Run all', () => runUpTo(runnable.length - 1, { all: true }));
  warmOnIntent(runAll);
  const stop = button('Stop', 'Stop', () => stopKernel());
  stop.disabled = true;
  const restart = button('Restart C#', 'Restart C#', () => {
    kernel.stop();
    say('C# restarted: the cells run so far are forgotten, and the next run runs the cells above it first.');
  });
  const resetLesson = button('Reset lesson', 'Reset lesson', () => {
    if (!confirm('Put back every cell of this lesson as it was, forgetting your edits?')) return;
    cells.forEach(cell => cell.resetEdit());
    localStorage.removeItem(storageKey);
    say('Every cell is back as the lesson wrote it.');
  });
  const download = button('Download this lesson (.ipynb)', 'Download this lesson (.ipynb)', () => downloadNotebook());
  const buttons = element('div', { className: 'live-buttons' });
  buttons.append(runAll, stop, restart, resetLesson, download);
  const progressText = element('span', { id: 'live-progress-text' });
  const progressBar = element('progress');
  progressBar.setAttribute('aria-labelledby', 'live-progress-text');
  const progress = element('p', { className: 'live-progress' });
  progress.append(progressText, ' ', progressBar);
  progress.hidden = true;
  const status = element('p', { className: 'live-status', role: 'status' });
  bar.append(buttons, progress, status);
  main.prepend(bar);

  for (const lab of labs) {
    const cell = runnable.find(c => lab.after.test(c.original));
    if (cell) cell.element.after(labSection(lab));
  }

  kernel.addEventListener('progress', ({ detail }) => {
    const what = detail.phase === 'charts' ? 'the chart libraries' : '.NET and the C# compiler';
    const files = detail.total ? `${detail.loaded} of ${detail.total} files` : 'starting';
    progressText.textContent = `Downloading ${what} (once; your browser keeps them): ${files}, ${megabytes(detail.bytes)} so far.`;
    if (detail.total) {
      progressBar.max = detail.total;
      progressBar.value = detail.loaded;
    } else {
      progressBar.removeAttribute('value');
    }
    progressBar.hidden = false;
    progress.hidden = false;
  });
  kernel.addEventListener('ready', ({ detail }) => {
    progressText.textContent = `C# is ready (${(detail.ms / 1000).toFixed(1)} s, ${megabytes(detail.bytes)} downloaded).`;
    progressBar.hidden = true;
  });
  kernel.addEventListener('state', ({ detail }) => { stop.disabled = detail !== 'busy'; });
  kernel.addEventListener('failed', ({ detail }) => say(detail.message));

  /** Says <text> in the status line, which screen readers read out politely. */
  function say(text) {
    status.textContent = text;
  }

  /** Starts downloading and warming C# as soon as the learner points at or tabs to a control that runs code. */
  function warmOnIntent(control) {
    for (const event of ['pointerenter', 'focus']) control.addEventListener(event, () => kernel.warm());
  }

  function stopKernel() {
    kernel.stop();
    say('Stopped. C# starts again, empty, at the next run: the cells above run again first.');
  }

  /**
   * Runs, in order, every runnable cell up to index <last> that has not run in this kernel, then that one; with all,
   * every cell up to it, whether it ran before or not.
   */
  async function runUpTo(last, { all = false } = {}) {
    if (running) return;
    main.dataset.liveBusy = 'true';
    try {
      const order = [];
      for (let i = 0; i <= last; i++) {
        if (all || i === last || ranIn.get(runnable[i]) !== kernel.generation) order.push(runnable[i]);
      }
      if (!order.length) return true;
      const target = order[order.length - 1];
      const starting = kernel.started ? '' : ' C# starts first: the first run downloads it.';
      say(order.length === 1 ? `Running ${target.label}…${starting}` : `Running cells ${order[0].number} to ${target.number}…${starting}`);
      for (const cell of order) {
        const result = await runOne(cell);
        if (result.status !== 'ok') {
          if (cell !== target) target.showNotRun(cell, result.status === 'stopped');
          say(cell === target
            ? `${capital(cell.label)} ${result.status === 'stopped' ? 'was stopped.' : `failed: ${result.message}`}`
            : `${capital(cell.label)} ${result.status === 'stopped' ? 'was stopped' : `failed (${result.message})`}, so the cells after it did not run.`);
          return false;
        }
      }
      const verdict = target.verdict();
      say(`${order.length === 1 ? `${capital(target.label)} ran.` : `Cells ${order[0].number} to ${target.number} ran.`}${verdict ? ' ' + verdict : ''}`);
      return true;
    } finally {
      main.dataset.liveBusy = 'false';
    }
  }

  /** Runs one cell; resolves to {status: 'ok' | 'error' | 'stopped', message}. */
  async function runOne(cell) {
    running = cell;
    cell.setState('running', kernel.started ? '' : 'Starting C#, then running…');
    const generation = kernel.state === 'idle' ? kernel.generation + 1 : kernel.generation;
    try {
      const result = await kernel.run(cell.code);
      ranIn.set(cell, generation);
      cell.show(result.outputs);
      cell.setState(result.status, result.status === 'ok' ? `Ran (${milliseconds(result.compileMs + result.runMs)}).` : '');
      return { status: result.status, message: firstError(result.outputs) };
    } catch (error) {
      if (error.stopped) {
        cell.showStopped();
        cell.setState('stopped');
        return { status: 'stopped', message: 'stopped' };
      }
      cell.show([{ output_type: 'error', ename: 'RuntimeError', evalue: error.message, traceback: [], diagnostics: [] }]);
      cell.setState('error');
      return { status: 'error', message: error.message };
    } finally {
      running = null;
    }
  }

  /** A lab (see live-labs.js): its form, and its outputs below it. */
  function labSection(lab) {
    const section = element('section', { className: 'live-lab', ariaLabel: lab.name });
    section.append(element('h3', { textContent: lab.heading }), element('p', { textContent: lab.intro.replace(/\s+/g, ' ') }));
    const form = element('form');
    const message = element('p', { className: 'live-lab-problem', id: `${lab.name.replace(/\W/g, '-').toLowerCase()}-problem` });
    const inputs = lab.fields.map(f => {
      const input = element('input', { name: f.name, value: f.value, type: 'text', inputMode: f.kind === 'integer' ? 'numeric' : 'decimal', spellcheck: false });
      input.setAttribute('autocomplete', 'off');
      const label = element('label', { textContent: f.label + ' ' });
      label.append(input);
      form.append(label);
      return input;
    });
    const retrain = element('button', { type: 'submit', textContent: 'Retrain and redraw' });
    warmOnIntent(retrain);
    inputs.forEach(input => input.addEventListener('focus', () => kernel.warm()));
    form.append(retrain);
    const output = element('div', { className: 'live-output' });
    section.append(form, message, output);
    form.addEventListener('submit', async event => {
      event.preventDefault();
      if (running) return;
      inputs.forEach(input => { input.removeAttribute('aria-invalid'); input.removeAttribute('aria-describedby'); });
      message.textContent = '';
      const values = Object.fromEntries(inputs.map(input => [input.name, input.value.trim()]));
      const bad = lab.fields.findIndex(f => problem(values[f.name], f.kind));
      if (bad >= 0) {
        message.textContent = `${lab.fields[bad].label}: ${problem(values[lab.fields[bad].name], lab.fields[bad].kind)}`;
        inputs[bad].setAttribute('aria-invalid', 'true');
        inputs[bad].setAttribute('aria-describedby', message.id);
        inputs[bad].focus();
        say(message.textContent);
        return;
      }
      running = section;
      retrain.disabled = true;
      section.setAttribute('aria-busy', 'true');
      section.dataset.liveStatus = 'running';
      say('Retraining…');
      try {
        const result = await kernel.run(lab.code(values));
        output.replaceChildren(...result.outputs.map(o => render(o, null, lab.name)));
        section.dataset.liveStatus = result.status;
        say(result.status === 'ok' ? 'Retrained: the table and the charts below the lab are new.' : `The lab could not train: ${firstError(result.outputs)}`);
      } catch (error) {
        section.dataset.liveStatus = error.stopped ? 'stopped' : 'error';
        say(error.stopped ? 'Stopped.' : error.message);
      } finally {
        running = null;
        retrain.disabled = false;
        section.setAttribute('aria-busy', 'false');
      }
    });
    return section;
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
      if (!cell?.runnable || source.cell_type !== 'code') continue;
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

/**
 * One output in a box as the site draws the executed ones (PageRenderer.OutputBlock): a chart as a figure, anything
 * else in a box that scrolls sideways and takes the keyboard's focus, named after its cell.
 */
function render(output, number, owner) {
  switch (output.output_type) {
    case 'stream':
      return textBox(element('pre', { textContent: output.text }), number, owner);
    case 'error': {
      const text = output.diagnostics?.length
        ? output.diagnostics.map(d => `Line ${d.line}, column ${d.column}: error ${d.id}: ${d.message}`).join('\n')
        : `${output.ename}: ${output.evalue}`;
      return textBox(element('pre', { className: 'error', textContent: text }), number, owner);
    }
    default: {
      const data = output.data ?? {};
      const figure = data['application/vnd.plotly.v1+json'];
      if (figure) {
        const box = element('div', { className: 'cell-output' });
        box.append(chart(figure));
        return box;
      }
      let content;
      if (data['text/html']) {
        content = element('div');
        content.innerHTML = data['text/html'];   // NanoNeuron.Display's tables and verdicts: every text in them encoded
      } else {
        content = element('pre', { textContent: data['text/plain'] ?? '' });
      }
      const box = textBox(content, number, owner);
      const verdict = output.metadata?.['nanoneuron.verdict'];
      if (verdict !== undefined) box.dataset.verdict = verdict ? 'right' : 'hint';
      return box;
    }
  }
}

function textBox(content, number, owner) {
  const box = element('div', { className: 'cell-output', tabIndex: 0, role: 'region', ariaLabel: number ? `Output of code cell ${number}` : `Output of the ${owner.toLowerCase()}` });
  box.append(content);
  return box;
}

let charts = 0;

/**
 * A chart as the site draws the executed ones (PageRenderer.Chart): a figure named after the chart's title, described by
 * its text alternative (NanoNeuron.Charts' Described, in the layout's meta) as its caption, as wide as the column.
 */
function chart(figure) {
  const layout = { ...(figure.layout ?? {}) };
  delete layout.width;
  const text = value => typeof value === 'string' && value.trim() ? value.trim() : null;
  const title = text(layout.meta?.title) ?? text(layout.title?.text) ?? text(layout.title) ?? 'Chart';
  const description = text(layout.meta?.description);
  const box = element('figure', { className: 'chart', ariaLabel: title });
  const plot = element('div');
  box.append(plot);
  if (description) {
    const caption = element('figcaption', { id: `live-chart-text-${++charts}`, textContent: description });
    box.setAttribute('aria-describedby', caption.id);
    box.append(caption);
  }
  if (!globalThis.Plotly) {
    plot.textContent = 'This chart cannot be drawn: plotly.js did not load.';
    return box;
  }
  queueMicrotask(() => Plotly.newPlot(plot, { data: figure.data, layout, frames: figure.frames, config: { responsive: true } }));
  return box;
}

/** An output as nbformat 4.5 stores it (the page's own "diagnostics" go). */
function notebookOutput(output, count) {
  if (output.output_type === 'stream') return { output_type: 'stream', name: output.name, text: lines(output.text) };
  if (output.output_type === 'error') return { output_type: 'error', ename: output.ename, evalue: output.evalue, traceback: output.traceback };
  const data = Object.fromEntries(Object.entries(output.data).map(([mime, value]) => [mime, typeof value === 'string' ? lines(value) : value]));
  const metadata = output.metadata ?? {};
  return output.output_type === 'execute_result'
    ? { output_type: 'execute_result', data, metadata, execution_count: count }
    : { output_type: 'display_data', data, metadata };
}

function firstError(outputs) {
  const error = outputs.find(o => o.output_type === 'error');
  if (!error) return 'it did not run.';
  const first = error.diagnostics?.[0];
  return first ? `line ${first.line}, column ${first.column}: ${first.message}` : `${error.ename}: ${error.evalue}`;
}

const lines = text => text.split(/(?<=\n)/);
const megabytes = bytes => `${(bytes / 1e6).toFixed(1)} MB`;
const milliseconds = ms => ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
const capital = text => text[0].toUpperCase() + text.slice(1);
const note = text => element('p', { className: 'live-note', textContent: text });

function element(tag, properties = {}) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(properties)) {
    if (key === 'ariaLabel') node.setAttribute('aria-label', value);
    else if (key === 'role') node.setAttribute('role', value);
    else node[key] = value;
  }
  return node;
}

/** A button that shows <text> and is named <name> (which starts with the text, so speech input finds it by what it shows). */
function button(text, name, onClick) {
  const node = element('button', { type: 'button', textContent: text });
  if (name !== text) node.setAttribute('aria-label', name);
  node.addEventListener('click', onClick);
  return node;
}

// Last, once every declaration above has run.
const main = document.querySelector('main[data-live-notebook]');
if (main) setUp(main);
