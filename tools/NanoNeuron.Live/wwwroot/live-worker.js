// The live course's kernel, in a Web Worker: .NET (dotnet.js) with Roslyn and the course's libraries. The page sends
// {id, type: 'run', code} or {id, type: 'reset'}; the worker answers {id, type: 'result', result} (result: the JSON of
// NanoNeuron.Live.Kernel.CellResultJson) and, while loading, {type: 'progress', …}. A cell that never ends is stopped
// by the page terminating this worker: nothing here has to cooperate.
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
  const exports = await runtime.getAssemblyExports('NanoNeuron.Live');
  kernel = exports.NanoNeuron.Live.LiveKernel;
  const metadataMs = kernel.Start();
  post({ type: 'ready', ms: performance.now() - started, metadataMs, bytes: received() });
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
  // A cell that names the charts loads them first; any other cell that names something unknown is compiled once
  // more with them loaded ("needs-libraries"): the experiments live in the same library today.
  if (!kernel.ChartsInUse() && /\bCharts\s*\./.test(code)) {
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

// One message at a time, in order: cells share one session.
let queue = Promise.resolve();
self.onmessage = ({ data }) => {
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
    }
  });
};
