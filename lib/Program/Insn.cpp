//===- Insn.cpp - Instruction field queries -------------------------------===//
//
// Small decoding helpers that every engine component needs.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Program/Insn.h"

using namespace verifiable::bpf;

unsigned Insn::accessBytes() const {
  switch (size()) {
  case BPF_B:
    return 1;
  case BPF_H:
    return 2;
  case BPF_W:
    return 4;
  default:
    return 8;
  }
}
