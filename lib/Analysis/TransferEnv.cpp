//===- TransferEnv.cpp - Checks every instruction family shares -----------===//
//
// Register reads and writes, and the state after a call-like instruction.
//
//===----------------------------------------------------------------------===//
#include "TransferEnv.h"

using namespace verifiable;
using namespace verifiable::analysis;

std::string analysis::regName(int Regno) { return "R" + std::to_string(Regno); }

bool analysis::checkRegRead(TransferEnv &E, const VerifierState &S, int R) {
  if (R >= NumRegs)
    return E.reject(regName(R) + " is invalid");
  if (!S.reg(R).isInit())
    return E.reject(regName(R) + " !read_ok");
  return true;
}

bool analysis::checkRegWrite(TransferEnv &E, int R) {
  if (R >= NumRegs)
    return E.reject(regName(R) + " is invalid");
  if (R == FramePointer)
    return E.reject("frame pointer is read only");
  return true;
}

Step analysis::returnUnknownScalar(Path &P) {
  VerifierState &S = P.State;
  for (int R = 1; R <= 5; ++R)
    S.reg(R) = RegState::notInit();
  RegState R0 = RegState::unknownScalar();
  R0.Origin = P.Pc;
  S.reg(0) = R0;
  ++P.Pc;
  return Step::Next;
}
