// The size of the annotator's wasm memory, for the bench and the memory test.
// The API does not expose the module's memory, so this wraps
// WebAssembly.instantiate to keep the instances createAnnotator makes (wasm
// memory grows and never shrinks, so its size after a text is the peak that
// text needed).
//
//   const memoryBytes = watchWasmMemory();  // before createAnnotator
//   ... memoryBytes() -> bytes of the newest instance's memory

/** Starts keeping instances; returns a function giving the newest one's memory size in bytes. */
export function watchWasmMemory() {
  const instances = [];
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = async (...args) => {
    const result = await instantiate(...args);
    instances.push(result.instance ?? result);
    return result;
  };
  return () => instances.at(-1).exports.memory.buffer.byteLength;
}
