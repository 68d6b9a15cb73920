// The live course's runtime starts with nothing to do: the worker (wwwroot/live-worker.js) calls LiveKernel's exports.
return;
