#include "batch/ordered_pool.h"

#include <algorithm>
#include <utility>

namespace annotator {

OrderedPool::OrderedPool(int threads, size_t max_inputs, size_t max_bytes, Work work)
    : work_(std::move(work)), max_bytes_(max_bytes), ring_(std::max<size_t>(max_inputs, 1)) {
  const int count = std::max(threads, 1);
  workers_.reserve(count);
  for (int i = 0; i < count; ++i) workers_.emplace_back([this] { WorkerLoop(); });
}

OrderedPool::~OrderedPool() {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  work_ready_.notify_all();
  for (std::thread& worker : workers_) worker.join();
}

bool OrderedPool::FullLocked() const {
  const size_t in_flight = next_submitted_ - next_taken_;
  return in_flight >= ring_.size() || (in_flight > 0 && bytes_in_flight_ >= max_bytes_);
}

bool OrderedPool::Full() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return FullLocked();
}

size_t OrderedPool::InFlight() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return next_submitted_ - next_taken_;
}

void OrderedPool::Submit(std::string input) {
  std::unique_lock<std::mutex> lock(mutex_);
  room_.wait(lock, [this] { return !FullLocked(); });
  Slot& slot = ring_[next_submitted_ % ring_.size()];
  bytes_in_flight_ += input.size();
  slot.input = std::move(input);
  slot.output.clear();
  slot.done = false;
  ++next_submitted_;
  lock.unlock();
  work_ready_.notify_one();
}

bool OrderedPool::Take(std::string* output) {
  std::unique_lock<std::mutex> lock(mutex_);
  Slot& slot = ring_[next_taken_ % ring_.size()];
  slot_done_.wait(lock, [&slot] { return slot.done; });
  output->swap(slot.output);
  const bool ok = slot.ok;
  bytes_in_flight_ -= slot.input.size();
  // Free the buffers: a long article must not keep its memory for the rest of the run.
  std::string().swap(slot.input);
  std::string().swap(slot.output);
  ++next_taken_;
  lock.unlock();
  room_.notify_one();
  return ok;
}

void OrderedPool::WorkerLoop() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (true) {
    work_ready_.wait(lock, [this] { return stopping_ || next_started_ < next_submitted_; });
    if (next_started_ == next_submitted_) return;  // stopping, and nothing left
    const size_t sequence = next_started_++;
    Slot& slot = ring_[sequence % ring_.size()];
    lock.unlock();
    // The slot is this worker's alone until it is marked done: the caller
    // reuses it only after taking it, which waits for done.
    std::string output;
    const bool ok = work_(slot.input, &output);
    lock.lock();
    slot.output = std::move(output);
    slot.ok = ok;
    slot.done = true;
    if (sequence == next_taken_) slot_done_.notify_one();
  }
}

}  // namespace annotator
