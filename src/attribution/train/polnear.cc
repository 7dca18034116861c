#include "attribution/train/polnear.h"

#include <dirent.h>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <utility>

namespace annotator {
namespace attribution {
namespace {

// Code point index → UTF-8 byte offset, for every code point and the end.
std::vector<uint32_t> CodePointOffsets(std::string_view text) {
  std::vector<uint32_t> offsets;
  for (uint32_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) offsets.push_back(i);
  }
  offsets.push_back(static_cast<uint32_t>(text.size()));
  return offsets;
}

// "T12\tSource 10 20;25 30\ttext": the spans after the label.
std::vector<Span> ParseSpans(std::string_view ranges, const std::vector<uint32_t>& byte_of) {
  std::vector<Span> parts;
  const std::string copy(ranges);
  const char* p = copy.c_str();
  auto at = [&](long c) { return byte_of[std::min<size_t>(static_cast<size_t>(std::max(c, 0L)), byte_of.size() - 1)]; };
  while (*p) {
    char* end = nullptr;
    const long b = std::strtol(p, &end, 10);
    if (end == p) break;
    p = end;
    const long e = std::strtol(p, &end, 10);
    if (end == p) break;
    p = end;
    parts.push_back(Span{at(b), at(e)});
    if (*p == ';') ++p;
  }
  return parts;
}

std::vector<std::string_view> Fields(std::string_view line, char separator) {
  std::vector<std::string_view> fields;
  size_t start = 0;
  while (start <= line.size()) {
    size_t end = line.find(separator, start);
    if (end == std::string_view::npos) end = line.size();
    fields.push_back(line.substr(start, end - start));
    start = end + 1;
  }
  return fields;
}

bool ReadFile(const std::string& path, std::string* contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream buffer;
  buffer << in.rdbuf();
  *contents = buffer.str();
  return true;
}

std::vector<std::string> ListDir(const std::string& dir) {
  std::vector<std::string> names;
  if (DIR* d = opendir(dir.c_str())) {
    while (dirent* entry = readdir(d)) {
      if (entry->d_name[0] != '.') names.push_back(entry->d_name);
    }
    closedir(d);
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

bool HasQuotationMark(std::string_view text) {
  for (std::string_view mark : {"\"", "“", "”", "«", "»", "„", "''", "‘"}) {
    if (text.find(mark) != std::string_view::npos) return true;
  }
  return false;
}

std::vector<GoldAttribution> ParseBratAttributions(std::string_view ann, std::string_view text) {
  const std::vector<uint32_t> byte_of = CodePointOffsets(text);
  std::map<std::string, std::vector<Span>, std::less<>> spans;
  std::vector<std::vector<std::string_view>> events;
  for (std::string_view line : Fields(ann, '\n')) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const std::vector<std::string_view> fields = Fields(line, '\t');
    if (fields.size() < 2 || fields[0].empty()) continue;
    if (fields[0][0] == 'T') {
      const size_t space = fields[1].find(' ');
      if (space != std::string_view::npos)
        spans[std::string(fields[0])] = ParseSpans(fields[1].substr(space + 1), byte_of);
    } else if (fields[0][0] == 'E') {
      events.push_back(Fields(fields[1], ' '));
    }
  }
  std::vector<GoldAttribution> gold;
  for (const auto& roles : events) {
    GoldAttribution g;
    for (std::string_view item : roles) {
      const size_t colon = item.find(':');
      if (colon == std::string_view::npos) continue;
      const std::string_view role = item.substr(0, colon);
      auto it = spans.find(item.substr(colon + 1));
      if (it == spans.end()) continue;
      std::vector<Span>* into = role.rfind("Content", 0) == 0  ? &g.content
                                : role.rfind("Source", 0) == 0 ? &g.source
                                : role.rfind("Cue", 0) == 0    ? &g.cue
                                                               : nullptr;
      if (into != nullptr) into->insert(into->end(), it->second.begin(), it->second.end());
    }
    if (g.content.empty()) continue;
    for (Span s : g.content) g.quoted = g.quoted || HasQuotationMark(text.substr(s.begin, s.size()));
    gold.push_back(std::move(g));
  }
  return gold;
}

Status LoadPolnearSplit(const std::string& dir, size_t limit, std::vector<GoldArticle>* articles) {
  articles->clear();
  std::string previous;
  const std::vector<std::string> files = ListDir(dir + "/attributions");
  for (const std::string& file : files) {
    if (file.size() < 4 || file.compare(file.size() - 4, 4, ".ann") != 0) continue;
    const std::string base = file.substr(0, file.rfind('_'));
    if (base == previous) continue;  // another annotator of the same article
    previous = base;
    if (articles->size() >= limit) break;
    GoldArticle article;
    article.name = base;
    std::string ann;
    if (!ReadFile(dir + "/text/" + base + ".txt", &article.text) || !ReadFile(dir + "/attributions/" + file, &ann)) {
      return Status::InvalidArgument("cannot read PolNeAR article " + base + " in " + dir);
    }
    article.gold = ParseBratAttributions(ann, article.text);
    articles->push_back(std::move(article));
  }
  if (articles->empty()) return Status::InvalidArgument("no PolNeAR articles in " + dir);
  return Status::Ok();
}

}  // namespace attribution
}  // namespace annotator
