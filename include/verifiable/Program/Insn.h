//===- Insn.h - One decoded BPF instruction ---------------------*- C++ -*-===//
//
// The engine's view of an instruction: the raw fields the kernel decodes
// (opcode, dst, src, off, imm) plus a symbolic reference for whatever libbpf
// relocates at load time (maps, global data, subprograms, kfuncs). The
// helpers below name the instruction classes and fields the way the kernel's
// uapi header does.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_PROGRAM_INSN_H
#define VERIFIABLE_PROGRAM_INSN_H

#include "verifiable/Program/SourceLoc.h"

#include <cstdint>
#include <string>

namespace verifiable {
namespace bpf {

// Instruction classes (low 3 bits of the opcode).
enum InsnClass : uint8_t {
  BPF_LD = 0x00,
  BPF_LDX = 0x01,
  BPF_ST = 0x02,
  BPF_STX = 0x03,
  BPF_ALU = 0x04,
  BPF_JMP = 0x05,
  BPF_JMP32 = 0x06,
  BPF_ALU64 = 0x07,
};

// Size field of load/store opcodes.
enum InsnSize : uint8_t {
  BPF_W = 0x00,
  BPF_H = 0x08,
  BPF_B = 0x10,
  BPF_DW = 0x18
};

// Mode field of load/store opcodes.
enum InsnMode : uint8_t {
  BPF_IMM = 0x00,
  BPF_ABS = 0x20,
  BPF_IND = 0x40,
  BPF_MEM = 0x60,
  BPF_MEMSX = 0x80,
  BPF_ATOMIC = 0xc0,
};

// Source operand flag of ALU/JMP opcodes.
enum InsnSource : uint8_t { BPF_K = 0x00, BPF_X = 0x08 };

// ALU operations (high 4 bits).
enum AluOp : uint8_t {
  BPF_ADD = 0x00,
  BPF_SUB = 0x10,
  BPF_MUL = 0x20,
  BPF_DIV = 0x30,
  BPF_OR = 0x40,
  BPF_AND = 0x50,
  BPF_LSH = 0x60,
  BPF_RSH = 0x70,
  BPF_NEG = 0x80,
  BPF_MOD = 0x90,
  BPF_XOR = 0xa0,
  BPF_MOV = 0xb0,
  BPF_ARSH = 0xc0,
  BPF_END = 0xd0,
};

// Jump operations (high 4 bits).
enum JmpOp : uint8_t {
  BPF_JA = 0x00,
  BPF_JEQ = 0x10,
  BPF_JGT = 0x20,
  BPF_JGE = 0x30,
  BPF_JSET = 0x40,
  BPF_JNE = 0x50,
  BPF_JSGT = 0x60,
  BPF_JSGE = 0x70,
  BPF_CALL = 0x80,
  BPF_EXIT = 0x90,
  BPF_JLT = 0xa0,
  BPF_JLE = 0xb0,
  BPF_JSLT = 0xc0,
  BPF_JSLE = 0xd0,
  BPF_JCOND = 0xe0, ///< may_goto: taken when a loop budget runs out.
};

// Atomic operations, in the imm field of BPF_STX|BPF_ATOMIC.
enum AtomicOp : int32_t {
  BPF_FETCH = 0x01,
  BPF_XCHG = 0xe0 | BPF_FETCH,
  BPF_CMPXCHG = 0xf0 | BPF_FETCH,
};

// src_reg values of ld_imm64 and call that libbpf and the kernel interpret.
enum PseudoSrc : uint8_t {
  BPF_PSEUDO_MAP_FD = 1,
  BPF_PSEUDO_MAP_VALUE = 2,
  BPF_PSEUDO_BTF_ID = 3,
  BPF_PSEUDO_FUNC = 4,
  BPF_PSEUDO_CALL = 1,
  BPF_PSEUDO_KFUNC_CALL = 2,
};

/// What libbpf will patch into an instruction at load time.
struct SymbolRef {
  enum Kind : uint8_t {
    None,
    Map,        ///< ld_imm64 of a map in .maps: Name is the map.
    GlobalData, ///< ld_imm64 of .data/.bss/.rodata: Name is the variable,
                ///< Section its section, Offset its offset in there + addend.
    Subprog,    ///< call or ld_imm64 of a BPF function: Name is the function.
    Kfunc,      ///< call of an extern __ksym function: Name is the kfunc.
    Ksym,       ///< ld_imm64 of an extern __ksym variable.
    Unknown,    ///< a relocation the front-end could not classify.
    /// A call libbpf made of a CO-RE relocation it could not resolve (a
    /// call of helper 195896080): Offset indexes
    /// Program::PoisonedRelocations.
    PoisonedRelocation,
  };
  Kind K = None;
  std::string Name;
  std::string Section;
  int64_t Offset = 0;
};

/// One 8-byte instruction slot. A ld_imm64 occupies two slots like in the
/// kernel: the first holds the full 64-bit immediate in Imm64, the second is
/// a filler whose IsSecondHalf is set, so instruction indices match the
/// kernel's log.
struct Insn {
  uint8_t Opcode = 0;
  uint8_t Dst = 0;
  uint8_t Src = 0;
  int16_t Off = 0;
  int32_t Imm = 0;
  int64_t Imm64 = 0; ///< Only for ld_imm64.
  bool IsSecondHalf = false;
  /// A load or store the source marks volatile (READ_ONCE) or ordered:
  /// each one is the source's, never repeated or merged by the compiler.
  bool Volatile = false;
  SymbolRef Ref;
  SourceLoc Loc;

  uint8_t cls() const { return Opcode & 0x07; }
  uint8_t op() const { return Opcode & 0xf0; }
  uint8_t size() const { return Opcode & 0x18; }
  uint8_t mode() const { return Opcode & 0xe0; }
  bool usesSrcReg() const { return (Opcode & 0x08) == BPF_X; }

  bool isAlu() const { return cls() == BPF_ALU || cls() == BPF_ALU64; }
  bool isJmp() const { return cls() == BPF_JMP || cls() == BPF_JMP32; }
  bool isLdImm64() const { return Opcode == (BPF_LD | BPF_IMM | BPF_DW); }
  bool isCall() const { return Opcode == (BPF_JMP | BPF_CALL); }
  bool isExit() const { return Opcode == (BPF_JMP | BPF_EXIT); }
  bool isHelperCall() const { return isCall() && Src == 0; }
  bool isSubprogCall() const { return isCall() && Src == BPF_PSEUDO_CALL; }
  bool isKfuncCall() const { return isCall() && Src == BPF_PSEUDO_KFUNC_CALL; }
  /// Conditional jump (not ja, call or exit).
  bool isCondJmp() const {
    return isJmp() && op() != BPF_JA && op() != BPF_CALL && op() != BPF_EXIT;
  }
  /// Unconditional jump (ja, or gotol whose offset is in imm).
  bool isUncondJmp() const { return isJmp() && op() == BPF_JA; }
  /// Access size in bytes of a load or store.
  unsigned accessBytes() const;
  /// Where a jump at linear index \p Pc goes when taken (gotol keeps its
  /// offset in imm).
  int jumpTarget(int Pc) const {
    return Pc + 1 + (isUncondJmp() && cls() == BPF_JMP32 ? Imm : Off);
  }
  /// The immediate operand as the instruction uses it: sign-extended to 64
  /// bits by 64-bit ALU and JMP, zero-extended from 32 bits by 32-bit ALU
  /// and JMP32.
  uint64_t immOperand() const {
    bool Wide = cls() == BPF_ALU64 || cls() == BPF_JMP;
    return Wide ? static_cast<uint64_t>(static_cast<int64_t>(Imm))
                : static_cast<uint32_t>(Imm);
  }

  /// Human-readable text in the kernel's log syntax, e.g. "r1 = *(u32 *)(r2
  /// +4)".
  std::string str() const;
};

} // namespace bpf
} // namespace verifiable

#endif
