#include "batch/ordered_pool.h"

#include <doctest/doctest.h>

#include <atomic>
#include <chrono>
#include <string>
#include <thread>

namespace annotator {
namespace {

TEST_CASE("outputs come back in input order although later inputs finish first") {
  // Input i takes (7 - i % 8) ms: with 4 threads the later ones finish first.
  OrderedPool pool(4, 8, size_t{1} << 20, [](const std::string& input, std::string* output) {
    const int i = std::stoi(input);
    std::this_thread::sleep_for(std::chrono::milliseconds(7 - i % 8));
    *output = "out" + input;
    return i % 5 != 0;
  });
  int taken = 0;
  std::string output;
  for (int i = 0; i < 40; ++i) {
    if (pool.Full()) {
      const bool ok = pool.Take(&output);
      CHECK(output == "out" + std::to_string(taken));
      CHECK(ok == (taken % 5 != 0));
      ++taken;
    }
    pool.Submit(std::to_string(i));
    CHECK(pool.InFlight() <= 8);
  }
  while (pool.InFlight() > 0) {
    pool.Take(&output);
    CHECK(output == "out" + std::to_string(taken++));
  }
  CHECK(taken == 40);
}

TEST_CASE("the window bounds the inputs in flight, in number and in bytes") {
  std::atomic<bool> release{false};
  OrderedPool pool(2, 3, 100, [&release](const std::string& input, std::string* output) {
    while (!release) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    *output = input;
    return true;
  });
  pool.Submit("a");
  pool.Submit("b");
  CHECK_FALSE(pool.Full());
  pool.Submit("c");
  CHECK(pool.Full());  // three lines in flight
  release = true;
  std::string output;
  for (const char* expected : {"a", "b", "c"}) {
    pool.Take(&output);
    CHECK(output == expected);
  }
  // One input over the byte budget is taken alone; the next must wait for it.
  pool.Submit(std::string(150, 'x'));
  CHECK(pool.Full());
  pool.Take(&output);
  CHECK(output.size() == 150);
  CHECK_FALSE(pool.Full());
}

TEST_CASE("a pool destroyed with work in flight finishes it before joining") {
  std::atomic<int> done{0};
  {
    OrderedPool pool(3, 16, size_t{1} << 20, [&done](const std::string&, std::string*) {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
      ++done;
      return true;
    });
    for (int i = 0; i < 10; ++i) pool.Submit("x");
  }
  CHECK(done == 10);
}

}  // namespace
}  // namespace annotator
