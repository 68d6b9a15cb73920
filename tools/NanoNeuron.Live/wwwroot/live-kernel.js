// The page's side of the live kernel: starts the worker when asked to warm up or on the first request, sends cells one
// at a time, and stops a runaway cell by terminating the worker (the page lives on; the next request starts a fresh,
// empty kernel).

/** Where the runtime's files are, relative to this module. */
const workerUrl = new URL('./live-worker.js', import.meta.url);

export class LiveKernel extends EventTarget {
  #worker = null;
  #pending = new Map();
  #nextId = 1;
  /** Increases each time a fresh kernel starts: a cell run in an earlier generation must be run again. */
  generation = 0;
  /** 'idle' (no worker), 'starting' (warming up, nothing asked), 'ready', 'busy' (requests waiting). */
  state = 'idle';
  /** Whether C# has started in the current worker (its runtime is loaded). */
  started = false;

  #start() {
    this.generation++;
    this.started = false;
    this.#setState('starting');
    const worker = this.#worker = new Worker(workerUrl, { type: 'module' });
    worker.onmessage = ({ data }) => {
      if (data.type === 'progress') {
        this.dispatchEvent(new CustomEvent('progress', { detail: data }));
      } else if (data.type === 'ready') {
        this.started = true;
        this.dispatchEvent(new CustomEvent('ready', { detail: data }));
        this.#setState(this.#pending.size ? 'busy' : 'ready');
      } else if (data.type === 'warmed') {
        this.dispatchEvent(new CustomEvent('warmed', { detail: data }));
      } else if (data.type === 'failed' && data.id === undefined) {
        this.#fail(new Error(`The C# runtime did not start: ${data.message}`));
      } else {
        const request = this.#pending.get(data.id);
        this.#pending.delete(data.id);
        if (!this.#pending.size && this.state === 'busy') this.#setState('ready');
        if (data.type === 'result') request?.resolve(data.result);
        else request?.reject(new Error(data.message));
      }
    };
    worker.onerror = event => this.#fail(new Error(`The C# runtime stopped: ${event.message || 'it could not load'}`));
  }

  #send(message) {
    if (!this.#worker) this.#start();
    const id = this.#nextId++;
    this.#setState('busy');
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      this.#worker.postMessage({ ...message, id });
    });
  }

  /**
   * Starts the runtime now, before anything is asked of it, if it has not started: the worker downloads it, starts it
   * and, while no cell waits, compiles a small cell so that the compiler is warm for the first real one.
   */
  warm() {
    if (!this.#worker) this.#start();
  }

  /** Compiles and runs one cell after the ones run before it; resolves to {status, outputs, compileMs, runMs}. */
  run(code) { return this.#send({ type: 'run', code }); }

  /** Forgets every cell run so far (the runtime stays loaded). */
  reset() { return this.#worker ? this.#send({ type: 'reset' }) : Promise.resolve({ status: 'ok', outputs: [] }); }

  /** Stops whatever runs, by ending the worker: every request still waiting fails with {stopped: true}. */
  stop() {
    if (!this.#worker) return;
    this.#worker.terminate();
    this.#worker = null;
    this.started = false;
    const error = Object.assign(new Error('Stopped.'), { stopped: true });
    for (const request of this.#pending.values()) request.reject(error);
    this.#pending.clear();
    this.#setState('idle');
  }

  #fail(error) {
    this.#worker?.terminate();
    this.#worker = null;
    this.started = false;
    for (const request of this.#pending.values()) request.reject(error);
    this.#pending.clear();
    this.#setState('idle');
    this.dispatchEvent(new CustomEvent('failed', { detail: error }));
  }

  #setState(state) {
    this.state = state;
    this.dispatchEvent(new CustomEvent('state', { detail: state }));
  }
}
