// Status: the error type of the core. The core never throws; every fallible
// function returns a Status (sentencepiece style), so the same code behaves
// identically natively and in wasm built with -fno-exceptions.
#pragma once

#include <string>
#include <utility>

namespace annotator {

enum class StatusCode { kOk = 0, kInvalidArgument, kDataLoss, kInternal };

class Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) { return Status(StatusCode::kInvalidArgument, std::move(m)); }
  static Status DataLoss(std::string m) { return Status(StatusCode::kDataLoss, std::move(m)); }
  static Status Internal(std::string m) { return Status(StatusCode::kInternal, std::move(m)); }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

}  // namespace annotator
