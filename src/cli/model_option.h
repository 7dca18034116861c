// The --model option of the native tools that tag names.
#pragma once

#include <cstdio>
#include <string>

#include "cli/file_util.h"
#include "ner/recognizer.h"

namespace annotator {

// The recognizer to use: the embedded model when `model_path` is empty, else
// the model in that file, loaded into `*from_file`. Null, with the reason
// printed, when the file cannot be read or is not a valid model.
inline const Recognizer* ChooseRecognizer(const std::string& model_path, Recognizer* from_file) {
  if (model_path.empty()) return &EmbeddedRecognizer();
  std::string bytes;
  const Status status =
      ReadWholeFile(model_path, &bytes) ? from_file->Load(bytes) : Status::InvalidArgument("cannot read " + model_path);
  if (!status.ok()) {
    std::fprintf(stderr, "%s\n", status.message().c_str());
    return nullptr;
  }
  return from_file;
}

}  // namespace annotator
