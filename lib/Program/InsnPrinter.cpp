//===- InsnPrinter.cpp - Instructions in the kernel's log syntax ----------===//
//
// Prints an instruction the way the kernel's verifier log does
// ("r1 = *(u32 *)(r2 +4)", "if r1 > 0x10 goto pc+3"), so our state log can be
// read side by side with the kernel's.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Program/Insn.h"

#include <cstdio>

using namespace verifiable::bpf;

static const char *sizeName(unsigned Bytes) {
  switch (Bytes) {
  case 1:
    return "u8";
  case 2:
    return "u16";
  case 4:
    return "u32";
  default:
    return "u64";
  }
}

static const char *aluOpText(uint8_t Op) {
  switch (Op) {
  case BPF_ADD:
    return "+=";
  case BPF_SUB:
    return "-=";
  case BPF_MUL:
    return "*=";
  case BPF_DIV:
    return "/=";
  case BPF_OR:
    return "|=";
  case BPF_AND:
    return "&=";
  case BPF_LSH:
    return "<<=";
  case BPF_RSH:
    return ">>=";
  case BPF_MOD:
    return "%=";
  case BPF_XOR:
    return "^=";
  case BPF_MOV:
    return "=";
  case BPF_ARSH:
    return "s>>=";
  default:
    return "?=";
  }
}

static const char *jmpOpText(uint8_t Op) {
  switch (Op) {
  case BPF_JEQ:
    return "==";
  case BPF_JGT:
    return ">";
  case BPF_JGE:
    return ">=";
  case BPF_JSET:
    return "&";
  case BPF_JNE:
    return "!=";
  case BPF_JSGT:
    return "s>";
  case BPF_JSGE:
    return "s>=";
  case BPF_JLT:
    return "<";
  case BPF_JLE:
    return "<=";
  case BPF_JSLT:
    return "s<";
  case BPF_JSLE:
    return "s<=";
  default:
    return "?";
  }
}

static std::string reg(char Prefix, unsigned R) {
  return std::string(1, Prefix) + std::to_string(R);
}

static std::string format(const char *Fmt, long long V) {
  char Buf[32];
  std::snprintf(Buf, sizeof(Buf), Fmt, V);
  return Buf;
}

static std::string offsetText(int16_t Off) {
  return Off < 0 ? std::to_string(Off) : "+" + std::to_string(Off);
}

static std::string printAlu(const Insn &I) {
  char P = I.cls() == BPF_ALU64 ? 'r' : 'w';
  std::string D = reg(P, I.Dst);
  if (I.op() == BPF_NEG)
    return D + " = -" + D;
  if (I.op() == BPF_END) {
    const char *Kind = I.cls() == BPF_ALU64 ? "bswap"
                       : I.usesSrcReg()     ? "be"
                                            : "le";
    return reg('r', I.Dst) + " = " + Kind + std::to_string(I.Imm) + " " +
           reg('r', I.Dst);
  }
  std::string S = I.usesSrcReg() ? reg(P, I.Src) : std::to_string(I.Imm);
  if (I.op() == BPF_MOV && I.Off && I.usesSrcReg())
    S = "(s" + std::to_string(I.Off) + ")" + S;
  std::string Op = aluOpText(I.op());
  if ((I.op() == BPF_DIV || I.op() == BPF_MOD) && I.Off == 1)
    Op = "s" + Op;
  return D + " " + Op + " " + S;
}

static std::string printJmp(const Insn &I) {
  if (I.isExit())
    return "exit";
  if (I.isCall()) {
    if (I.isSubprogCall())
      return "call pc" + offsetText(I.Imm) +
             (I.Ref.Name.empty() ? "" : " (" + I.Ref.Name + ")");
    if (I.isKfuncCall())
      return "call " + (I.Ref.Name.empty() ? "kernel-function" : I.Ref.Name);
    return "call #" + std::to_string(I.Imm);
  }
  if (I.op() == BPF_JA) {
    if (I.cls() == BPF_JMP32)
      return "gotol pc" + offsetText(static_cast<int16_t>(I.Imm));
    return "goto pc" + offsetText(I.Off);
  }
  char P = I.cls() == BPF_JMP32 ? 'w' : 'r';
  std::string S = I.usesSrcReg() ? reg(P, I.Src) : format("%#llx", I.Imm);
  if (!I.usesSrcReg() && I.Imm < 0)
    S = format("%lld", I.Imm);
  return std::string("if ") + reg(P, I.Dst) + " " + jmpOpText(I.op()) + " " +
         S + " goto pc" + offsetText(I.Off);
}

static std::string printMem(const Insn &I) {
  std::string Addr = "*(" + std::string(sizeName(I.accessBytes())) + " *)(" +
                     reg('r', I.cls() == BPF_LDX ? I.Src : I.Dst) + " " +
                     offsetText(I.Off) + ")";
  switch (I.cls()) {
  case BPF_LDX:
    if (I.mode() == BPF_MEMSX)
      Addr = "*(s" + Addr.substr(3);
    return reg('r', I.Dst) + " = " + Addr;
  case BPF_ST:
    return Addr + " = " + std::to_string(I.Imm);
  default:
    break;
  }
  if (I.mode() != BPF_ATOMIC)
    return Addr + " = " + reg('r', I.Src);
  std::string S = reg(I.size() == BPF_DW ? 'r' : 'w', I.Src);
  switch (I.Imm) {
  case BPF_XCHG:
    return S + " = atomic_xchg(" + Addr + ", " + S + ")";
  case BPF_CMPXCHG:
    return "r0 = atomic_cmpxchg(" + Addr + ", r0, " + S + ")";
  default:
    break;
  }
  std::string Op = aluOpText(static_cast<uint8_t>(I.Imm & ~BPF_FETCH));
  if (I.Imm & BPF_FETCH)
    return S + " = atomic_fetch_" + Op + "(" + Addr + ", " + S + ")";
  return "lock " + Addr + " " + Op + " " + S;
}

std::string Insn::str() const {
  if (IsSecondHalf)
    return "(ld_imm64 second half)";
  if (isLdImm64()) {
    std::string D = reg('r', Dst) + " = ";
    if (Ref.K == SymbolRef::Map)
      return D + "map[id:" + Ref.Name + "]";
    if (Ref.K == SymbolRef::GlobalData)
      return D + "map[" + Ref.Section + "][" + std::to_string(Ref.Offset) +
             "] (" + Ref.Name + ")";
    if (Ref.K == SymbolRef::Subprog)
      return D + "func " + Ref.Name;
    if (Ref.K == SymbolRef::Ksym)
      return D + "ksym " + Ref.Name;
    return D + format("%#llx", Imm64) + " ll";
  }
  if (isAlu())
    return printAlu(*this);
  if (isJmp())
    return printJmp(*this);
  if (cls() == BPF_LD)
    return "r0 = *(" + std::string(sizeName(accessBytes())) + " *)skb[" +
           (mode() == BPF_IND ? reg('r', Src) + " + " : "") +
           std::to_string(Imm) + "]";
  return printMem(*this);
}
