//===- GlobalFunctions.cpp - Calls to global (non-static) functions -------===//
//
// The kernel verifies a global function once, on its own, from what its BTF
// prototype promises, instead of at every call: scalars stay unknown, a
// pointer to the program's context struct (or a parameter tagged arg:ctx)
// is the context, and any other pointer is sized memory that may be NULL
// unless tagged arg:nonnull. At each call it checks the caller's registers
// against that prototype and continues with an unknown scalar in R0. This
// file holds both sides: the prototype (btf_prepare_func_args), the
// call-site check (btf_check_subprog_call) and the initial state of the
// function's own verification.
//
//===----------------------------------------------------------------------===//
#include "Engine.h"

#include "verifiable/Model/CtxLayout.h"

#include <algorithm>

using namespace verifiable;
using namespace verifiable::analysis;

/// Does a pointer to \p Pointee point to this program type's context?
static bool isProgramCtx(const model::SectionInfo &Section,
                         const std::string &Pointee) {
  if (Pointee.empty())
    return false;
  if (Section.Type == model::ProgType::Kprobe &&
      (Pointee == "bpf_user_pt_regs_t" || Pointee == "pt_regs"))
    return true;
  std::optional<model::CtxStruct> S = model::ctxStructOf(Section.Type);
  if (!S)
    return false;
  std::string Name = model::ctxStructName(*S);
  if (Name.rfind("struct ", 0) == 0)
    Name = Name.substr(7);
  return Name == Pointee;
}

bool Engine::globalPrototype(const bpf::Function &F,
                             std::vector<GlobalArg> &Args) {
  if (!F.Sig.Known)
    return unknown("global function '" + F.Name +
                   "' has no signature in debug info");
  if (F.Sig.Return.K != bpf::ParamType::Scalar)
    return reject("Global function " + F.Name +
                  "() doesn't return scalar. Only those are supported.");
  if (F.Sig.Params.size() > 5)
    return unknown("global function '" + F.Name +
                   "' has more than 5 "
                   "parameters");
  Args.clear();
  for (size_t I = 0; I < F.Sig.Params.size(); ++I) {
    const bpf::ParamType &T = F.Sig.Params[I];
    GlobalArg A;
    switch (T.K) {
    case bpf::ParamType::Scalar:
      A.K = GlobalArg::Scalar;
      break;
    case bpf::ParamType::Pointer:
      if (T.HasArgCtx || isProgramCtx(*Section, T.PointeeName)) {
        A.K = GlobalArg::Ctx;
        break;
      }
      if (!T.Size) // void, or a struct only declared
        return reject("arg#" + std::to_string(I) + " reference type('" +
                      (T.PointeeName.empty() ? std::string("UNKNOWN ")
                                             : "FWD " + T.PointeeName) +
                      "') size cannot be determined: -22");
      A.K = GlobalArg::Mem;
      A.Size = T.Size;
      A.NonNull = T.HasArgNonNull;
      break;
    default:
      return unknown("parameter " + std::to_string(I) +
                     " of global function '" + F.Name +
                     "' has a type the engine does not model");
    }
    Args.push_back(A);
  }
  return true;
}

bool Engine::checkGlobalCallArgs(Path &P, const std::vector<GlobalArg> &Args) {
  VerifierState &S = P.State;
  static const model::HelperProto NoHelper = [] {
    model::HelperProto H{};
    H.Name = "";
    H.PktAccess = true;
    H.ReleasesArg = -1;
    return H;
  }();
  for (size_t I = 0; I < Args.size(); ++I) {
    int Regno = static_cast<int>(I) + 1;
    if (!checkRegRead(S, Regno))
      return false;
    RegState R = S.reg(Regno);
    std::string RName = "R" + std::to_string(Regno);
    switch (Args[I].K) {
    case GlobalArg::Scalar:
      if (!R.isScalar())
        return reject(RName + " is not a scalar");
      break;
    case GlobalArg::Ctx:
      if (R.Type == RegType::Ctx && R.Off)
        return reject("dereference of modified ctx ptr " + RName +
                      " off=" + std::to_string(R.Off) + " disallowed");
      if (R.Type != RegType::Ctx)
        return reject("arg#" + std::to_string(I) + " expects pointer to ctx");
      break;
    case GlobalArg::Mem: {
      if (R.isKnownZero())
        break; // NULL is always acceptable here; the callee checks.
      bool MaybeNullArg = R.maybeNull();
      R.Flags &= ~MaybeNull;
      if (!checkHelperMemArg(P, R, Regno, Args[I].Size, false, NoHelper,
                             /*ByHelper=*/false))
        return false;
      if (MaybeNullArg && !Args[I].NonNull) {
        // Fine: the callee must check it anyway.
      } else if (MaybeNullArg) {
        note(R.Origin, RName + " may be NULL: it comes from here");
        return reject("arg#" + std::to_string(I) +
                      " is expected to be "
                      "non-NULL");
      }
      break;
    }
    }
  }
  return true;
}

bool Engine::callGlobalFunction(Path &P, const bpf::Function &Callee,
                                int Start) {
  std::vector<GlobalArg> Args;
  if (!globalPrototype(Callee, Args) || !checkGlobalCallArgs(P, Args)) {
    if (Result.V == Verdict::Reject)
      note(P.Pc, "the kernel adds: Caller passes invalid args into func#" +
                     std::to_string(Image.pieceOf(Start)) + " ('" +
                     Callee.Name + "')");
    return false;
  }
  int Piece = Image.pieceOf(Start);
  if (std::find(GlobalQueue.begin(), GlobalQueue.end(), Piece) ==
      GlobalQueue.end())
    GlobalQueue.push_back(Piece);
  returnUnknownScalar(P);
  return true;
}

bool Engine::globalFunctionState(int Piece, Path &Out) {
  const ProgramImage::Piece &Pi = Image.pieces()[Piece];
  std::vector<GlobalArg> Args;
  if (!globalPrototype(*Pi.F, Args))
    return false;
  RootPiece = Piece;
  Out = Path();
  Out.Pc = Pi.Start;
  Out.State.Frames.emplace_back();
  FrameState &F = Out.State.cur();
  F.Function = Piece;
  F.Regs[FramePointer] = RegState::pointer(RegType::Stack);
  for (size_t I = 0; I < Args.size(); ++I) {
    RegState &R = F.Regs[I + 1];
    switch (Args[I].K) {
    case GlobalArg::Scalar:
      R = RegState::unknownScalar();
      break;
    case GlobalArg::Ctx:
      R = RegState::pointer(RegType::Ctx);
      break;
    case GlobalArg::Mem:
      R = RegState::pointer(RegType::Mem, Args[I].NonNull ? 0 : MaybeNull);
      R.MemSize = Args[I].Size;
      if (R.maybeNull())
        R.Id = newId();
      break;
    }
    R.Origin = Pi.Start;
  }
  return true;
}
