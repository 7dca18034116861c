// Asking for memory ahead of its use, so that the cache misses of many
// lookups overlap instead of following one another.
#pragma once

namespace annotator {
namespace ner {

// Starts fetching the cache line of `address`, which must point into memory
// the program owns. WebAssembly has no prefetch instruction (clang drops
// __builtin_prefetch there), so the wasm build reads the byte instead: a
// volatile read the compiler keeps and whose value nothing waits for, so the
// engine goes on while the line arrives.
inline void Prefetch(const void* address) {
#if defined(__wasm__)
  (void)*static_cast<const volatile char*>(address);
#else
  __builtin_prefetch(address);
#endif
}

}  // namespace ner
}  // namespace annotator
