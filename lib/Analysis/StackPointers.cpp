//===- StackPointers.cpp - Registers that may point into a stack ----------===//
//
// A forward may-analysis iterated to a fixpoint per function: the entry
// program starts with the frame pointer only (R1 is its context); every
// other function (static and global subprograms, callbacks) may also get
// pointers into its caller's stack in R1-R5.
//
//===----------------------------------------------------------------------===//
#include "StackPointers.h"

using namespace verifiable;
using namespace verifiable::analysis;

namespace {
constexpr uint16_t FramePointerBit = 1u << 10;
constexpr uint16_t ArgRegs = 0x3e; // R1-R5
constexpr uint16_t R0Bit = 1u << 0;

uint16_t bit(int R) { return static_cast<uint16_t>(1u << R); }

/// OUT = f(IN) for one instruction.
uint16_t transfer(const bpf::Insn &I, uint16_t In) {
  auto May = [&](int R) { return (In >> R & 1) != 0; };
  uint16_t Out = In;
  if (I.isAlu()) {
    bool Pointer = false;
    // 32-bit operations never leave a pointer behind.
    if (I.cls() == bpf::BPF_ALU64) {
      bool SrcMay = I.usesSrcReg() && May(I.Src);
      Pointer = I.op() == bpf::BPF_MOV ? SrcMay : May(I.Dst) || SrcMay;
    }
    Out = Pointer ? Out | bit(I.Dst) : Out & ~bit(I.Dst);
    return Out;
  }
  if (I.isLdImm64())
    return Out & ~bit(I.Dst);
  switch (I.cls()) {
  case bpf::BPF_LDX:
    // A fill may bring back a spilled stack pointer.
    return May(I.Src) ? Out | bit(I.Dst) : Out & ~bit(I.Dst);
  case bpf::BPF_STX:
    if (I.mode() == bpf::BPF_ATOMIC && May(I.Dst))
      Out |= bit(I.Src) | R0Bit;
    return Out;
  case bpf::BPF_LD: // legacy packet loads clobber R0-R5
    return Out & ~(ArgRegs | R0Bit);
  default:
    break;
  }
  if (I.isCall()) {
    Out &= ~(ArgRegs | R0Bit);
    // Code of the program, and kfuncs whose results the engine may type
    // as slices of the stack, may return a stack pointer; helpers do not.
    if (!I.isHelperCall())
      Out |= R0Bit;
  }
  return Out;
}
} // namespace

int analysis::successorsOf(const ProgramImage &Image, int Pc, int *Out) {
  const bpf::Insn &I = Image.insn(Pc);
  int N = 0;
  if (I.isExit())
    return 0;
  if (I.isUncondJmp()) {
    Out[N++] = Pc + 1 + (I.cls() == bpf::BPF_JMP32 ? I.Imm : I.Off);
    return N;
  }
  if (I.isCondJmp())
    Out[N++] = Pc + 1 + I.Off;
  Out[N++] = Pc + (I.isLdImm64() ? 2 : 1);
  return N;
}

StackPointers::StackPointers(const ProgramImage &Image) : In(Image.size()) {
  const std::vector<ProgramImage::Piece> &Pieces = Image.pieces();
  for (size_t Piece = 0; Piece < Pieces.size(); ++Piece) {
    int Begin = Pieces[Piece].Start;
    int End = Image.endOf(static_cast<int>(Piece));
    if (Begin >= End)
      continue;
    In[Begin] = FramePointerBit | (Piece == 0 ? 0 : ArgRegs);
    bool Changed = true;
    while (Changed) {
      Changed = false;
      for (int Pc = Begin; Pc < End; ++Pc) {
        const bpf::Insn &I = Image.insn(Pc);
        if (I.IsSecondHalf)
          continue;
        uint16_t Out = transfer(I, In[Pc]);
        int S[2];
        int N = successorsOf(Image, Pc, S);
        for (int K = 0; K < N; ++K) {
          if (S[K] < Begin || S[K] >= End)
            continue;
          uint16_t Merged = In[S[K]] | Out;
          if (Merged != In[S[K]]) {
            In[S[K]] = Merged;
            Changed = true;
          }
        }
      }
    }
  }
}
