// eval_ner_native FILE [--model models/ner.model] [--documents]: runs the real
// tokenizer, segmenter and the recognizer on a text file and prints each name
// mention as "TYPE<TAB>text<TAB>begin-end" (UTF-8 byte offsets), one per line.
// With --documents the file holds many documents separated by NUL bytes, each
// tagged on its own; the mentions of each, as "TYPE<TAB>begin-end" (a name
// may span a line break), follow a line "#doc N".
// build-scripts/eval-ner --model uses this to score a candidate model
// without building it into the wasm.

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "cli/args.h"
#include "cli/file_util.h"
#include "cli/model_option.h"
#include "document.h"
#include "ner/recognizer.h"
#include "segmenter.h"
#include "tokenizer.h"

namespace {

void PrintMentions(const annotator::Recognizer& recognizer, std::string_view text, bool with_text) {
  using namespace annotator;
  Document doc;
  doc.text = text;
  Tokenize(text, &doc.tokens);
  Segment(&doc);
  std::vector<Mention> mentions;
  recognizer.Recognize(doc, &mentions);
  for (const Mention& m : mentions) {
    std::string_view surface = doc.Text(m.span);
    if (with_text) {
      std::printf("%s\t%.*s\t%u-%u\n", EntityTypeName(m.type), static_cast<int>(surface.size()), surface.data(),
                  m.span.begin, m.span.end);
    } else {
      std::printf("%s\t%u-%u\n", EntityTypeName(m.type), m.span.begin, m.span.end);
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  using namespace annotator;
  std::string input_path, model_path;
  bool documents = false;
  for (ArgWalker args(argc, argv); !args.Done();) {
    if (!args.Value("--model", &model_path) && !args.Switch("--documents", &documents)) input_path = args.Take();
  }
  std::string text;
  if (input_path.empty() || !ReadWholeFile(input_path, &text)) {
    std::fprintf(stderr, "usage: eval_ner_native FILE [--model FILE] [--documents]\n");
    return 2;
  }
  Recognizer from_file;
  const Recognizer* recognizer = ChooseRecognizer(model_path, &from_file);
  if (recognizer == nullptr) return 1;
  if (!documents) {
    PrintMentions(*recognizer, text, true);
    return 0;
  }
  const std::string_view all(text);
  size_t number = 0;
  for (size_t at = 0; at <= all.size(); ++number) {
    size_t end = all.find('\0', at);
    if (end == std::string_view::npos) end = all.size();
    std::printf("#doc %zu\n", number);
    PrintMentions(*recognizer, all.substr(at, end - at), false);
    at = end + 1;
  }
  return 0;
}
