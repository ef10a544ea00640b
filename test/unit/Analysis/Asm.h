//===- Asm.h - Hand-assembled BPF programs for engine tests -----*- C++ -*-===//
//
// The engine's unit tests build bpf::Programs without LLVM codegen. These
// helpers spell instructions the way the kernel's verifier log prints them
// (`r1 = 0`, `if r0 == 0 goto +1`, `*(u64 *)(r10 -8) = r1`), so a test reads
// like the BPF assembly it checks.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TEST_UNIT_ANALYSIS_ASM_H
#define VERIFIABLE_TEST_UNIT_ANALYSIS_ASM_H

#include "verifiable/Analysis/Analyzer.h"
#include "verifiable/Model/KernelProfile.h"
#include "verifiable/Program/Program.h"

#include <initializer_list>
#include <string>
#include <vector>

namespace verifiable {
namespace testasm {

enum Reg : uint8_t { R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10 };

/// A few instruction slots; ld_imm64 takes two.
using Code = std::vector<bpf::Insn>;

/// The bit mask of registers \p Rs, as RelevantSet::Regs holds them.
inline uint16_t regs(std::initializer_list<int> Rs) {
  uint16_t Bits = 0;
  for (int R : Rs)
    Bits |= 1u << R;
  return Bits;
}

/// Concatenates pieces, e.g. a shared prologue.
inline Code seq(std::initializer_list<Code> Pieces) {
  Code C;
  for (const Code &Piece : Pieces)
    C.insert(C.end(), Piece.begin(), Piece.end());
  return C;
}

inline bpf::Insn raw(uint8_t Opcode, uint8_t Dst, uint8_t Src, int16_t Off,
                     int32_t Imm) {
  bpf::Insn I;
  I.Opcode = Opcode;
  I.Dst = Dst;
  I.Src = Src;
  I.Off = Off;
  I.Imm = Imm;
  return I;
}

// ALU: `alu64(BPF_ADD, R1, 4)` is `r1 += 4`, `alu32(BPF_AND, R1, R2)` is
// `w1 &= w2`.
inline Code alu64(uint8_t Op, Reg Dst, int32_t Imm) {
  return {raw(bpf::BPF_ALU64 | Op | bpf::BPF_K, Dst, 0, 0, Imm)};
}
inline Code alu64(uint8_t Op, Reg Dst, Reg Src) {
  return {raw(bpf::BPF_ALU64 | Op | bpf::BPF_X, Dst, Src, 0, 0)};
}
inline Code alu32(uint8_t Op, Reg Dst, int32_t Imm) {
  return {raw(bpf::BPF_ALU | Op | bpf::BPF_K, Dst, 0, 0, Imm)};
}
inline Code alu32(uint8_t Op, Reg Dst, Reg Src) {
  return {raw(bpf::BPF_ALU | Op | bpf::BPF_X, Dst, Src, 0, 0)};
}
inline Code mov(Reg Dst, int32_t Imm) { return alu64(bpf::BPF_MOV, Dst, Imm); }
inline Code mov(Reg Dst, Reg Src) { return alu64(bpf::BPF_MOV, Dst, Src); }
inline Code add(Reg Dst, int32_t Imm) { return alu64(bpf::BPF_ADD, Dst, Imm); }
inline Code add(Reg Dst, Reg Src) { return alu64(bpf::BPF_ADD, Dst, Src); }

// Loads and stores: `ldx(BPF_W, R0, R1, 4)` is `r0 = *(u32 *)(r1 +4)`,
// `stx(BPF_DW, R10, -8, R1)` is `*(u64 *)(r10 -8) = r1`.
inline Code ldx(uint8_t Size, Reg Dst, Reg Src, int16_t Off) {
  return {raw(bpf::BPF_LDX | bpf::BPF_MEM | Size, Dst, Src, Off, 0)};
}
inline Code stx(uint8_t Size, Reg Dst, int16_t Off, Reg Src) {
  return {raw(bpf::BPF_STX | bpf::BPF_MEM | Size, Dst, Src, Off, 0)};
}
inline Code st(uint8_t Size, Reg Dst, int16_t Off, int32_t Imm) {
  return {raw(bpf::BPF_ST | bpf::BPF_MEM | Size, Dst, 0, Off, Imm)};
}

// Jumps: `jmp(BPF_JEQ, R0, 0, 1)` is `if r0 == 0 goto +1`.
inline Code jmp(uint8_t Op, Reg Dst, int32_t Imm, int16_t Off) {
  return {raw(bpf::BPF_JMP | Op | bpf::BPF_K, Dst, 0, Off, Imm)};
}
inline Code jmp(uint8_t Op, Reg Dst, Reg Src, int16_t Off) {
  return {raw(bpf::BPF_JMP | Op | bpf::BPF_X, Dst, Src, Off, 0)};
}
inline Code jmp32(uint8_t Op, Reg Dst, int32_t Imm, int16_t Off) {
  return {raw(bpf::BPF_JMP32 | Op | bpf::BPF_K, Dst, 0, Off, Imm)};
}
inline Code ja(int16_t Off) {
  return {raw(bpf::BPF_JMP | bpf::BPF_JA, 0, 0, Off, 0)};
}
inline Code call(unsigned Helper) {
  return {
      raw(bpf::BPF_JMP | bpf::BPF_CALL, 0, 0, 0, static_cast<int32_t>(Helper))};
}
inline Code exit() { return {raw(bpf::BPF_JMP | bpf::BPF_EXIT, 0, 0, 0, 0)}; }

/// `r1 = map[name]`: ld_imm64 of a map, two slots like in the kernel.
inline Code ldMap(Reg Dst, const std::string &Map) {
  bpf::Insn First = raw(bpf::BPF_LD | bpf::BPF_IMM | bpf::BPF_DW, Dst,
                        bpf::BPF_PSEUDO_MAP_FD, 0, 0);
  First.Ref.K = bpf::SymbolRef::Map;
  First.Ref.Name = Map;
  bpf::Insn Second;
  Second.IsSecondHalf = true;
  return {First, Second};
}

/// One program entry in section \p Section, GPL-licensed, with \p Maps.
inline bpf::Program program(const std::string &Section,
                            std::initializer_list<Code> Body,
                            std::vector<bpf::MapDef> Maps = {}) {
  bpf::Program P;
  P.License = "GPL";
  P.Maps = std::move(Maps);
  bpf::Function F;
  F.Name = "prog";
  F.Section = Section;
  F.IsGlobal = true;
  for (const Code &C : Body)
    F.Insns.insert(F.Insns.end(), C.begin(), C.end());
  P.Functions.push_back(std::move(F));
  return P;
}

inline bpf::MapDef map(const std::string &Name, uint32_t Type, uint32_t KeySize,
                       uint32_t ValueSize, uint32_t MaxEntries) {
  bpf::MapDef M;
  M.Name = Name;
  M.Type = Type;
  M.KeySize = KeySize;
  M.ValueSize = ValueSize;
  M.MaxEntries = MaxEntries;
  return M;
}

/// The engine's verdict on the program's only entry, for the host kernel
/// and a privileged loader or, with \p Privileged false, an unprivileged
/// one (the profile and the option agree, as in the plugin).
inline Finding analyze(const bpf::Program &P, bool Privileged = true) {
  static const model::KernelProfile Unprivileged =
      model::withoutPrivileges(model::hostProfile());
  AnalysisOptions Opts;
  Opts.Privileged = Privileged;
  Opts.Profile = Privileged ? &model::hostProfile() : &Unprivileged;
  return analyzeProgram(P, P.Functions.front(), Opts);
}

} // namespace testasm
} // namespace verifiable

#endif
