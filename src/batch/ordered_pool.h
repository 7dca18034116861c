// Runs one function over a stream of inputs on several threads and hands the
// outputs back in input order, with a bounded window of inputs in flight:
// memory is bounded by the window, never by the length of the stream.
//
// One caller thread submits and takes (the batch tool's reader and writer, or
// the Python iterator); the workers never wait for the caller except when the
// window is full. Slow inputs do not stall the others: while the oldest is
// still being annotated, the workers go on with the rest of the window.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace annotator {

class OrderedPool {
 public:
  // Turns `input` into `*output` (empty on entry); false marks a failed
  // input (its output is then the error). Called concurrently from the
  // workers, so it must be thread-safe.
  using Work = std::function<bool(const std::string& input, std::string* output)>;

  // `threads` >= 1 workers. At most `max_inputs` inputs in flight, and no new
  // one once they hold `max_bytes` bytes of input (a single input larger
  // than that is still taken, alone).
  OrderedPool(int threads, size_t max_inputs, size_t max_bytes, Work work);
  ~OrderedPool();  // finishes the inputs in flight, then joins the workers
  OrderedPool(const OrderedPool&) = delete;
  OrderedPool& operator=(const OrderedPool&) = delete;

  // True when Submit would wait: the window is full.
  bool Full() const;
  size_t InFlight() const;
  // Queues `input`; waits while the window is full.
  void Submit(std::string input);
  // The output of the oldest input not yet taken, waiting until it is done;
  // returns whether its work succeeded. Requires InFlight() > 0.
  bool Take(std::string* output);

 private:
  struct Slot {
    std::string input;
    std::string output;
    bool ok = false;
    bool done = false;
  };

  bool FullLocked() const;
  void WorkerLoop();

  const Work work_;
  const size_t max_bytes_;
  std::vector<Slot> ring_;  // window of slots, indexed by sequence % size
  mutable std::mutex mutex_;
  std::condition_variable work_ready_;  // a slot to work on, or stopping
  std::condition_variable slot_done_;   // the oldest slot may be done
  std::condition_variable room_;        // a slot was taken
  size_t next_taken_ = 0;               // sequence of the oldest slot in flight
  size_t next_started_ = 0;             // sequence of the next slot to work on
  size_t next_submitted_ = 0;           // sequence of the next slot to fill
  size_t bytes_in_flight_ = 0;
  bool stopping_ = false;
  std::vector<std::thread> workers_;
};

}  // namespace annotator
