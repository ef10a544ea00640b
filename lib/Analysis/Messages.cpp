//===- Messages.cpp - Kernel messages shared between checks ---------------===//
//
// Texts are the kernel's (kernel/bpf/verifier.c) so that a rejection reads
// exactly as the kernel's log would.
//
//===----------------------------------------------------------------------===//
#include "Messages.h"
#include "TransferEnv.h"

using namespace verifiable;
using namespace verifiable::analysis;

std::string analysis::negativeOffsetMessage(int Regno) {
  return regName(Regno) + " min value is negative, either use unsigned index "
                          "or do a if (index >=0) check.";
}

Stopped analysis::rejectTypeMismatch(TransferEnv &E, int Regno,
                                     const RegState &R, const char *Expected) {
  return E.reject(regName(Regno) + " type=" + R.typeName() +
                  " expected=" + Expected);
}

void analysis::noteMaybeNull(TransferEnv &E, int Regno, const RegState &R) {
  E.note(R.Origin, regName(Regno) + " may be NULL: it comes from here");
}

std::string analysis::inKernelWords(const model::KernelProfile &Profile,
                                    const std::string &Message) {
  if (Profile.has(model::KernelFeature::TrustedBtfPointers))
    return Message;
  std::string Text = Message;
  auto ReplaceAll = [&Text](const std::string &From, const std::string &To) {
    for (size_t At = Text.find(From); At != std::string::npos;
         At = Text.find(From, At + To.size()))
      Text.replace(At, From.size(), To);
  };
  ReplaceAll("ringbuf_mem", "alloc_mem");
  ReplaceAll(", trusted_ptr_", "");
  return Text;
}
