// The Python binding (pybind11): article_annotator._core. The result is the
// core's own JSON (result_json.h), read by Python's json module, so Python
// gets exactly what the JS API and the native tools give, as dicts and lists.
// The GIL is released while the core annotates; annotate_many annotates on
// several threads with a bounded window (batch/ordered_pool.h).
// annotate_jsonl takes JSONL bytes and gives the native tool's output lines
// as bytes, all in C++: the Dask recipe's path, which makes no Python object
// per article.
#include <pybind11/pybind11.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <thread>

#include "annotator.h"
#include "batch/jsonl_batch.h"
#include "batch/jsonl_record.h"
#include "batch/ordered_pool.h"
#include "model_version.h"
#include "result_json.h"

namespace py = pybind11;

namespace annotator {
namespace {

OffsetUnit UnitNamed(const py::handle& offsets) {
  if (py::isinstance<py::str>(offsets)) {
    const std::string name = offsets.cast<std::string>();
    if (name == "codepoint") return OffsetUnit::kCodePoint;
    if (name == "utf16") return OffsetUnit::kUtf16;
    if (name == "utf8") return OffsetUnit::kUtf8;
  }
  throw py::value_error("offsets must be \"codepoint\", \"utf16\" or \"utf8\", got " +
                        py::repr(offsets).cast<std::string>());
}

// Why `text` cannot be annotated, or "" when it can; its UTF-8 is then
// appended to `*utf8`. `*type_error` tells a TypeError (not a str) from a
// ValueError. Encodes into a temporary: PyUnicode_AsUTF8 would keep a UTF-8
// copy inside every str of the caller's for as long as it lives.
std::string AppendTextUtf8(const py::handle& text, std::string* utf8, bool* type_error) {
  *type_error = false;
  if (!PyUnicode_Check(text.ptr())) {
    *type_error = true;
    std::string type = py::str(py::type::handle_of(text).attr("__name__"));
    std::string hint = PyBytes_Check(text.ptr()) ? " (decode bytes first: data.decode(\"utf-8\"))" : "";
    return "text must be a str, got " + type + hint;
  }
  PyObject* bytes = PyUnicode_AsUTF8String(text.ptr());
  if (bytes == nullptr) {
    // Only a lone surrogate (U+D800..U+DFFF) has no UTF-8: name the first.
    PyErr_Clear();
    const Py_ssize_t length = PyUnicode_GetLength(text.ptr());
    for (Py_ssize_t i = 0; i < length; ++i) {
      const Py_UCS4 c = PyUnicode_ReadChar(text.ptr(), i);
      if (c >= 0xD800 && c < 0xE000) {
        char message[320];
        std::snprintf(message, sizeof message,
                      "text has a lone surrogate (U+%04X) at code point %zd, which is not Unicode text "
                      "(bytes decoded with errors=\"surrogateescape\" leave them); replace it first, "
                      "e.g. text.encode(\"utf-8\", \"replace\").decode(\"utf-8\")",
                      static_cast<unsigned>(c), static_cast<ssize_t>(i));
        return message;
      }
    }
    return "text cannot be encoded as UTF-8";
  }
  const size_t size = static_cast<size_t>(PyBytes_GET_SIZE(bytes));
  const Status size_ok = CheckTextSize(size);
  if (size_ok.ok()) utf8->append(PyBytes_AS_STRING(bytes), size);
  Py_DECREF(bytes);
  return size_ok.ok() ? "" : size_ok.message();
}

// The core's JSON for `text` (UTF-8 of the right size); false with the
// message in `*out` when the core refuses it. Thread-safe.
bool AnnotateToJson(std::string_view text, OffsetUnit unit, std::string* out) {
  thread_local Document doc;
  const Status status = Annotate(text, &doc);
  if (!status.ok()) {
    *out = status.message();
    return false;
  }
  *out = ResultJson(doc, unit);
  return true;
}

py::object JsonLoads(const std::string& json) {
  static py::object* loads = new py::object(py::module_::import("json").attr("loads"));
  return (*loads)(py::bytes(json));
}

py::object Annotate1(const py::handle& text, const py::handle& offsets, bool as_json) {
  const OffsetUnit unit = UnitNamed(offsets);
  std::string utf8;
  bool type_error = false;
  const std::string problem = AppendTextUtf8(text, &utf8, &type_error);
  if (!problem.empty()) {
    if (type_error) throw py::type_error("annotate: " + problem);
    throw py::value_error("annotate: " + problem);
  }
  std::string json;
  bool ok;
  {
    py::gil_scoped_release release;
    ok = AnnotateToJson(utf8, unit, &json);
  }
  if (!ok) throw py::value_error("annotate: " + json);
  return as_json ? py::str(json) : JsonLoads(json);
}

// The iterator that annotate_many returns: pulls texts from the caller's
// iterable as the window frees up, and yields results in input order.
class Annotations {
 public:
  Annotations(py::object texts, int threads, OffsetUnit unit, size_t window, bool raise_errors, bool as_json)
      : texts_(std::move(texts)), raise_errors_(raise_errors), as_json_(as_json) {
    // A job is a tag byte then the text ('A') or a message refusing it
    // ('T' TypeError, 'V' ValueError), so refusals keep their place in order.
    pool_ = std::make_unique<OrderedPool>(threads, window, size_t{256} << 20,
                                          [unit](const std::string& job, std::string* output) {
                                            if (job[0] != 'A') {
                                              *output = job;
                                              return false;
                                            }
                                            if (!AnnotateToJson(std::string_view(job).substr(1), unit, output)) {
                                              *output = "V" + *output;
                                              return false;
                                            }
                                            return true;
                                          });
  }

  ~Annotations() {
    py::gil_scoped_release release;  // the workers finish what is in flight
    pool_.reset();
  }

  py::object Next() {
    Fill();
    if (pool_->InFlight() == 0) throw py::stop_iteration();
    std::string output;
    bool ok;
    {
      py::gil_scoped_release release;
      ok = pool_->Take(&output);
    }
    const uint64_t index = taken_++;
    if (ok) return as_json_ ? py::str(output) : JsonLoads(output);
    const std::string message = "annotate_many: item " + std::to_string(index) + ": " + output.substr(1);
    if (!raise_errors_) {
      py::dict error;
      error["error"] = message;
      return std::move(error);
    }
    if (output[0] == 'T') throw py::type_error(message);
    throw py::value_error(message);
  }

 private:
  // Submits texts until the window is full or the input ends.
  void Fill() {
    while (!exhausted_ && !pool_->Full()) {
      py::object text = py::reinterpret_steal<py::object>(PyIter_Next(texts_.ptr()));
      if (!text) {
        if (PyErr_Occurred()) throw py::error_already_set();
        exhausted_ = true;
        break;
      }
      std::string job = "A";
      bool type_error = false;
      const std::string problem = AppendTextUtf8(text, &job, &type_error);
      if (!problem.empty()) job = (type_error ? "T" : "V") + problem;
      pool_->Submit(std::move(job));
    }
  }

  py::object texts_;  // an iterator
  bool raise_errors_;
  bool as_json_;
  bool exhausted_ = false;
  uint64_t taken_ = 0;
  std::unique_ptr<OrderedPool> pool_;
};

std::unique_ptr<Annotations> AnnotateMany(const py::iterable& texts, const py::object& threads,
                                          const py::handle& offsets, const py::object& window,
                                          const std::string& errors, bool as_json) {
  const OffsetUnit unit = UnitNamed(offsets);
  int thread_count = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  if (!threads.is_none()) {
    thread_count = threads.cast<int>();
    if (thread_count < 1 || thread_count > 1024) throw py::value_error("threads must be from 1 to 1024");
  }
  size_t window_size = 16 * static_cast<size_t>(thread_count);
  if (!window.is_none()) {
    const long n = window.cast<long>();
    if (n < 1) throw py::value_error("window must be at least 1");
    window_size = static_cast<size_t>(n);
  }
  if (errors != "raise" && errors != "include") {
    throw py::value_error("errors must be \"raise\" or \"include\", got \"" + errors + "\"");
  }
  return std::make_unique<Annotations>(py::iter(texts), thread_count, unit, window_size, errors == "raise", as_json);
}

// The names of the result fields in `mask` (BatchCounts::shadowed_keys), as a Python list.
py::list ResultKeyList(uint32_t mask) {
  py::list names;
  for (std::string_view key : ResultKeysIn(mask)) names.append(py::str(key.data(), key.size()));
  return names;
}

// (output lines, articles, failed, [result fields' names that records used])
// for whole JSONL lines that start at byte `first_byte` of `source`.
py::tuple AnnotateJsonl(const py::bytes& lines, const py::handle& offsets, const std::string& source,
                        uint64_t first_byte) {
  const OffsetUnit unit = UnitNamed(offsets);
  char* data = nullptr;
  Py_ssize_t size = 0;
  if (PyBytes_AsStringAndSize(lines.ptr(), &data, &size) != 0) throw py::error_already_set();
  std::string out;
  BatchCounts counts;
  {
    // `lines` is immutable and held by the caller's reference: readable without the GIL.
    py::gil_scoped_release release;
    out.reserve(static_cast<size_t>(size) * 4);
    AnnotateJsonlBlock(std::string_view(data, static_cast<size_t>(size)), source, first_byte, unit, kMaxJsonlLineBytes,
                       &out, &counts);
  }
  return py::make_tuple(py::bytes(out), counts.articles, counts.failed, ResultKeyList(counts.shadowed_keys));
}

}  // namespace
}  // namespace annotator

PYBIND11_MODULE(_core, m) {
  using namespace annotator;
  m.doc() = "Article Annotator's core: who and what a news article names, and who said what.";
  m.attr("core_version") = CoreVersion();    // "0.2.0", package.json's
  m.attr("model_version") = ModelVersion();  // "ner-…+attr-…+page-…"
  m.attr("version") = Version();             // the two joined by "+", as the JS API's version
  m.attr("max_text_bytes") = kMaxTextBytes;
  m.def("annotate", &Annotate1, py::arg("text"), py::arg("offsets") = "codepoint", py::arg("as_json") = false,
        "The result for one text as dicts and lists (see the README), or as_json its JSON text; offsets count "
        "code points (text[start:end] == span['text']) unless offsets is \"utf16\" or \"utf8\".");
  py::class_<Annotations>(m, "Annotations")
      .def("__iter__", [](py::object self) { return self; })
      .def("__next__", &Annotations::Next);
  m.attr("max_jsonl_line_bytes") = kMaxJsonlLineBytes;
  m.attr("result_keys") = ResultKeyList(~uint32_t{0});  // a record's members of these names are not kept
  m.def("annotate_jsonl", &AnnotateJsonl, py::arg("lines"), py::arg("offsets") = "codepoint", py::arg("source") = "",
        py::arg("first_byte") = 0,
        "(output, articles, failed, shadowed) for JSONL bytes of whole {\"id\",\"text\",...} lines: the lines "
        "`annotate_native --jsonl` writes for them (bytes), the lines answered, those answered by an error "
        "(located as \"<source> byte N\", N counted from first_byte), and the result fields' names that records "
        "used (not passed through). Annotated in C++ with the GIL released.");
  m.def("annotate_many", &AnnotateMany, py::arg("texts"), py::arg("threads") = py::none(),
        py::arg("offsets") = "codepoint", py::arg("window") = py::none(), py::arg("errors") = "raise",
        py::arg("as_json") = false,
        "An iterator of results (as_json: their JSON texts), in the order of `texts`, annotated on `threads` "
        "threads (default: every core) with at most `window` texts in flight (default 16 per thread).");
}
