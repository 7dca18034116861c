#include "document.h"

#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <regex>
#include <string>

namespace annotator {
namespace {

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The codes of web/shared/entity-types.js, the one table of the entity types
// that the page, the embed and the command line read, in its order, each
// followed by a space.
std::string TableCodes() {
  const std::string table = ReadFile(SOURCE_DIR "/web/shared/entity-types.js");
  const std::regex code(R"(\bcode:\s*["']([A-Z]+)["'])");  // either quote
  std::string codes;
  for (auto it = std::sregex_iterator(table.begin(), table.end(), code); it != std::sregex_iterator(); ++it) {
    codes += (*it)[1].str() + " ";
  }
  return codes;
}

TEST_CASE("EntityTypeName gives the codes of web/shared/entity-types.js, in its order") {
  std::string core;
  for (int i = 0; i < kNumEntityTypes; ++i) core += std::string(EntityTypeName(static_cast<EntityType>(i))) + " ";
  CHECK(core == TableCodes());
  // The enum's last value is the last type counted.
  CHECK(static_cast<int>(EntityType::kQuantity) + 1 == kNumEntityTypes);
}

}  // namespace
}  // namespace annotator
