// The WebAssembly surface: a handful of C functions, called by
// web/annotator.js. No embind (its generated code needs `unsafe-eval`, which
// strict Content-Security-Policies forbid) and no Emscripten JS glue.
//
// Protocol: JS allocates a buffer with annotator_alloc, writes UTF-8 into it,
// calls annotator_annotate, reads the JSON (or the error message) through
// annotator_result_data/size, then frees the input and releases the result.
// annotator_annotate_columns is the same call with the result as 32-bit words
// (src/result_columns.h, UTF-16 offsets) read through annotator_columns_data/
// size, which the JS API turns into its objects without a JSON.parse.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "annotator.h"
#include "result_columns.h"
#include "result_json.h"

// dlmalloc's (Emscripten's default allocator): resizes a block without
// moving it, or returns null and leaves it as it was.
extern "C" void* realloc_in_place(void* pointer, size_t size);

namespace {

// A text at least this long leaves no buffers behind for the next call to
// reuse: kept, a long text's tokens and lists would stand in the middle of
// memory, among the holes the next text is built from.
constexpr uint32_t kKeepBuffersBelowBytes = 1 << 20;

// The last result or error message; one at a time, as the module is used from
// one thread.
std::string g_result;
std::vector<uint32_t> g_columns;  // the last result of annotator_annotate_columns
annotator::Document g_document;   // reused so its vectors keep their capacity

// The result of a long text is one block of about 3 bytes per byte of text,
// and memory is left in holes by the analysis's passing buffers, with the
// document's lists made along the way standing among them. The result needs
// no tokens; the rest is copied, right-sized, into the holes below (the
// allocator fills the best-fitting hole), so that the document's old lists
// near the top of memory free one region the result fits in.
void MoveDownForResult(annotator::Document* doc) {
  std::vector<annotator::Token>().swap(doc->tokens);
  annotator::Document moved = *doc;
  *doc = std::move(moved);
}

// Annotates `text` into g_document and calls `write` to leave its result.
// Returns 0, or 1 with the error message as the result.
template <typename Write>
int AnnotateThen(const char* text, uint32_t size, Write write) {
  // JS allocates three bytes per UTF-16 unit, the most UTF-8 can take; a
  // text of mostly ASCII uses a third of that. The rest goes back to the
  // allocator, for the analysis to build in. The block stays where it is, as
  // JS frees it by its address.
  realloc_in_place(const_cast<char*>(text), size == 0 ? 1 : size);
  annotator::Status status = annotator::Annotate(std::string_view(text, size), &g_document);
  if (!status.ok()) {
    g_result = status.message();
    return 1;
  }
  if (size >= kKeepBuffersBelowBytes) MoveDownForResult(&g_document);
  write();
  if (size >= kKeepBuffersBelowBytes) {
    g_document = annotator::Document();
  } else {
    g_document.Clear();
  }
  return 0;
}

}  // namespace

extern "C" {

void* annotator_alloc(uint32_t size) { return std::malloc(size == 0 ? 1 : size); }

void annotator_free(void* pointer) { std::free(pointer); }

// Returns 0 and leaves the JSON result, or 1 and leaves an error message.
// `offset_unit`: 0 UTF-16 code units, 1 code points, 2 UTF-8 bytes.
int annotator_annotate(const char* text, uint32_t size, uint32_t offset_unit) {
  if (offset_unit > 2) {
    g_result = "offset unit must be 0 (utf16), 1 (codepoint) or 2 (utf8)";
    return 1;
  }
  return AnnotateThen(text, size, [offset_unit] {
    g_result = annotator::ResultJson(g_document, static_cast<annotator::OffsetUnit>(offset_unit));
  });
}

// As annotator_annotate with UTF-16 offsets, but leaves the result as words
// (annotator_columns_data/size); an error message is left as the result.
int annotator_annotate_columns(const char* text, uint32_t size) {
  return AnnotateThen(text, size, [] { annotator::ResultColumns(g_document, &g_columns); });
}

const uint32_t* annotator_columns_data() { return g_columns.data(); }

// In words of 4 bytes.
uint32_t annotator_columns_size() { return static_cast<uint32_t>(g_columns.size()); }

const char* annotator_result_data() { return g_result.data(); }

uint32_t annotator_result_size() { return static_cast<uint32_t>(g_result.size()); }

// Hands the result's memory back to the allocator, for the next call to reuse
// (wasm memory itself never shrinks).
void annotator_result_release() {
  std::string().swap(g_result);
  std::vector<uint32_t>().swap(g_columns);
}

// Returns 0 when a text of `size` bytes of UTF-8 is within the core's limit,
// else 1 and leaves the error message (as annotator_annotate would), so that
// JS can refuse a text before copying it in.
int annotator_check_size(uint32_t size) {
  annotator::Status status = annotator::CheckTextSize(size);
  if (status.ok()) return 0;
  g_result = status.message();
  return 1;
}

// The longest text one call takes, in bytes of UTF-8.
uint32_t annotator_max_text_bytes() { return static_cast<uint32_t>(annotator::kMaxTextBytes); }

// Writes the version string as the result and returns its size.
uint32_t annotator_version() {
  g_result = annotator::Version();
  return static_cast<uint32_t>(g_result.size());
}

}  // extern "C"
