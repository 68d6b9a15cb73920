// The live course's kernel, in a Web Worker: .NET (dotnet.js) with Roslyn and the course's libraries. The page sends
// {id, type: 'run', code} or {id, type: 'reset'}; the worker answers {id, type: 'result', result} (result: the JSON of
// NanoNeuron.Live.Kernel.CellResultJson) and, while loading, {type: 'progress', …}, then {type: 'ready', …}; while no
// cell waits once it is ready, it warms the compiler up ({type: 'warmed', ms}). A cell that never ends is stopped by the
// page terminating this worker: nothing here has to cooperate.
import { dotnet } from './_framework/dotnet.js';

const post = message => self.postMessage(message);

// Bytes received over the network so far (0 for what came from the browser's cache).
performance.setResourceTimingBufferSize?.(2000);
const received = () => performance.getEntriesByType('resource').reduce((sum, entry) => sum + (entry.transferSize || 0), 0);

let kernel;          // NanoNeuron.Live.LiveKernel's exports
let runtime;
let chartsLoading;   // the promise of the chart libraries, once asked for

async function start() {
  const started = performance.now();
  post({ type: 'progress', phase: 'runtime', loaded: 0, total: 0, bytes: 0 });
  runtime = await dotnet
    .withModuleConfig({
      onDownloadResourceProgress: (loaded, total) => post({ type: 'progress', phase: 'runtime', loaded, total, bytes: received() }),
    })
    .create();
  const createdMs = performance.now() - started;
  const exports = await runtime.getAssemblyExports('NanoNeuron.Live');
  kernel = exports.NanoNeuron.Live.LiveKernel;
  const metadataMs = kernel.Start();
  post({ type: 'ready', ms: performance.now() - started, createdMs, metadataMs, bytes: received() });
}

// The chart libraries (Plotly.NET, FSharp.Core, …): marked lazy in NanoNeuron.Live.csproj, fetched on first use.
function loadCharts() {
  chartsLoading ??= (async () => {
    const before = received();
    const names = (runtime.getConfig().resources.lazyAssembly || []).map(asset => asset.name);
    let loaded = 0;
    post({ type: 'progress', phase: 'charts', loaded, total: names.length, bytes: 0 });
    await Promise.all(names.map(async name => {
      await runtime.INTERNAL.loadLazyAssembly(name);
      post({ type: 'progress', phase: 'charts', loaded: ++loaded, total: names.length, bytes: received() - before });
    }));
    kernel.UseCharts();
  })();
  return chartsLoading;
}

async function run(code) {
  // A cell that names a chart class (NanoNeuron.Charts: TrainingCharts, CostCharts, …) or describes a chart loads the
  // chart libraries first; any other cell that names something unknown is compiled once more with them loaded
  // ("needs-libraries").
  if (!kernel.ChartsInUse() && /\b[A-Z]\w*Charts\s*\.|\.\s*Described\s*\(/.test(code)) {
    await loadCharts();
  }
  let result = JSON.parse(await kernel.Run(code));
  if (result.status === 'needs-libraries') {
    await loadCharts();
    result = JSON.parse(await kernel.Run(code));
  }
  return result;
}

const ready = start();
ready.catch(error => post({ type: 'failed', message: String(error?.message ?? error) }));

// One message at a time, in order: cells share one session. First, if no message has come by the time C# is ready,
// the warm-up; a cell that comes during it waits for it, and finds the compiler warm.
let waiting = 0;
let queue = ready.then(async () => {
  if (waiting === 0) post({ type: 'warmed', ms: await kernel.Warm() });
}).catch(() => {});
self.onmessage = ({ data }) => {
  waiting++;
  queue = queue.then(async () => {
    try {
      await ready;
      if (data.type === 'run') {
        post({ id: data.id, type: 'result', result: await run(data.code) });
      } else if (data.type === 'reset') {
        kernel.Reset();
        post({ id: data.id, type: 'result', result: { status: 'ok', outputs: [] } });
      }
    } catch (error) {
      post({ id: data.id, type: 'failed', message: String(error?.message ?? error) });
    } finally {
      waiting--;
    }
  });
};
