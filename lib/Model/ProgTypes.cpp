//===- ProgTypes.cpp - Names and properties of program types --------------===//
//
// Table lookups over ProgTypes.def and AttachTypes.def.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/ProgTypes.h"

namespace verifiable {
namespace model {

namespace {

struct ProgTypeRow {
  ProgType Type;
  const char *Name;
  bool Modeled;
};

constexpr ProgTypeRow ProgTypeRows[] = {
#define PROG_TYPE(Enumerator, Id, KernelName, Modeled)                         \
  {ProgType::Enumerator, KernelName, Modeled},
#include "verifiable/Model/ProgTypes.def"
};

struct AttachTypeRow {
  AttachType Type;
  const char *Name;
};

constexpr AttachTypeRow AttachTypeRows[] = {
#define ATTACH_TYPE(Enumerator, Id, KernelName)                                \
  {AttachType::Enumerator, KernelName},
#include "verifiable/Model/AttachTypes.def"
};

const ProgTypeRow *findRow(ProgType PT) {
  for (const ProgTypeRow &R : ProgTypeRows)
    if (R.Type == PT)
      return &R;
  return nullptr;
}

} // namespace

const char *progTypeName(ProgType PT) {
  const ProgTypeRow *R = findRow(PT);
  return R ? R->Name : nullptr;
}

const char *attachTypeName(AttachType AT) {
  for (const AttachTypeRow &R : AttachTypeRows)
    if (R.Type == AT)
      return R.Name;
  return nullptr;
}

std::optional<ProgType> progTypeFromName(std::string_view KernelName) {
  for (const ProgTypeRow &R : ProgTypeRows)
    if (KernelName == R.Name)
      return R.Type;
  return std::nullopt;
}

std::optional<AttachType> attachTypeFromName(std::string_view KernelName) {
  for (const AttachTypeRow &R : AttachTypeRows)
    if (KernelName == R.Name)
      return R.Type;
  return std::nullopt;
}

bool isProgTypeModeled(ProgType PT) {
  const ProgTypeRow *R = findRow(PT);
  return R && R->Modeled;
}

bool mayUsePrivateStack(ProgType PT) {
  switch (PT) {
  case ProgType::Kprobe:
  case ProgType::Tracepoint:
  case ProgType::PerfEvent:
  case ProgType::RawTracepoint:
    return true;
  default:
    return false;
  }
}

bool isTracingProgType(ProgType PT) {
  switch (PT) {
  case ProgType::Kprobe:
  case ProgType::Tracepoint:
  case ProgType::PerfEvent:
  case ProgType::RawTracepoint:
  case ProgType::RawTracepointWritable:
    return true;
  default:
    return false;
  }
}

} // namespace model
} // namespace verifiable
