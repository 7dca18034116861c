// eval_ner_native FILE [--model models/ner.model]: runs the real tokenizer,
// segmenter and the recognizer on a text file and prints each name mention
// as "TYPE<TAB>text<TAB>begin-end" (UTF-8 byte offsets), one per line.

#include <cstdio>
#include <string>
#include <vector>

#include "cli/file_util.h"
#include "cli/model_option.h"
#include "document.h"
#include "ner/recognizer.h"
#include "segmenter.h"
#include "tokenizer.h"

int main(int argc, char** argv) {
  using namespace annotator;
  std::string input_path, model_path;
  for (int i = 1; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "--model" && i + 1 < argc) model_path = argv[++i];
    else input_path = arg;
  }
  std::string text;
  if (input_path.empty() || !ReadWholeFile(input_path, &text)) {
    std::fprintf(stderr, "usage: eval_ner_native FILE [--model FILE]\n");
    return 2;
  }
  Recognizer from_file;
  const Recognizer* recognizer = ChooseRecognizer(model_path, &from_file);
  if (recognizer == nullptr) return 1;
  Document doc;
  doc.text = text;
  Tokenize(text, &doc.tokens);
  Segment(&doc);
  std::vector<Mention> mentions;
  recognizer->Recognize(doc, &mentions);
  for (const Mention& m : mentions) {
    std::string_view surface = doc.Text(m.span);
    std::printf("%s\t%.*s\t%u-%u\n", EntityTypeName(m.type), static_cast<int>(surface.size()),
                surface.data(), m.span.begin, m.span.end);
  }
  return 0;
}
