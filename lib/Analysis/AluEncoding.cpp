//===- AluEncoding.cpp - ALU instructions the kernel refuses as encoded ---===//
//
// The field checks of the kernel's check_alu_op(), in its order: each ALU
// operation allows its own offset and immediate values and a source
// register field only where it names a register.
//
//===----------------------------------------------------------------------===//
#include "AluEncoding.h"

#include <cstdio>

using namespace verifiable;
using namespace verifiable::analysis;

/// BPF_MOV | BPF_X with this offset is addr_space_cast (arena pointers).
static constexpr int16_t AddrSpaceCast = 1;

static bool isOneOf(int64_t V, std::initializer_list<int64_t> Allowed) {
  for (int64_t A : Allowed)
    if (V == A)
      return true;
  return false;
}

std::string analysis::aluEncodingProblem(const bpf::Insn &I, bool Cpuv4) {
  uint8_t Op = I.op();
  bool Is64 = I.cls() == bpf::BPF_ALU64;
  bool RegSource = I.usesSrcReg();
  switch (Op) {
  case bpf::BPF_NEG:
    if (RegSource || I.Src || I.Off || I.Imm)
      return "BPF_NEG uses reserved fields";
    return "";
  case bpf::BPF_END:
    // In ALU64 only the unconditional byte swap exists (BPF_TO_LE's bit).
    if (I.Src || I.Off || !isOneOf(I.Imm, {16, 32, 64}) || (Is64 && RegSource))
      return "BPF_END uses reserved fields";
    return "";
  case bpf::BPF_MOV:
    if (!RegSource)
      return I.Src || I.Off ? "BPF_MOV uses reserved fields" : "";
    if (!Cpuv4)
      return I.Imm || I.Off ? "BPF_MOV uses reserved fields" : "";
    if (Is64 && I.Off == AddrSpaceCast)
      return ""; // Arena casts are judged (as unknown) by the transfer.
    // movsx: 8, 16 and (64-bit only) 32 bits.
    if (I.Imm || !(isOneOf(I.Off, {0, 8, 16}) || (Is64 && I.Off == 32)))
      return "BPF_MOV uses reserved fields";
    return "";
  default:
    break;
  }
  if (Op > bpf::BPF_END) {
    char Buf[48];
    std::snprintf(Buf, sizeof(Buf), "invalid BPF_ALU opcode %x", Op);
    return Buf;
  }
  // Offset 1 asks for the signed division and modulo.
  bool SignedOk = I.Off == 0 || (Cpuv4 && I.Off == 1 &&
                                 (Op == bpf::BPF_DIV || Op == bpf::BPF_MOD));
  if (!SignedOk || (RegSource ? I.Imm != 0 : I.Src != 0))
    return "BPF_ALU uses reserved fields";
  return "";
}

std::string analysis::aluImmediateProblem(const bpf::Insn &I) {
  if (I.usesSrcReg())
    return "";
  uint8_t Op = I.op();
  if ((Op == bpf::BPF_DIV || Op == bpf::BPF_MOD) && I.Imm == 0)
    return "div by zero";
  if (Op == bpf::BPF_LSH || Op == bpf::BPF_RSH || Op == bpf::BPF_ARSH) {
    int Width = I.cls() == bpf::BPF_ALU64 ? 64 : 32;
    if (I.Imm < 0 || I.Imm >= Width)
      return "invalid shift " + std::to_string(I.Imm);
  }
  return "";
}
