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
// function's own verification. A call also invalidates the caller's packet
// pointers when the function, or any function it calls, may move packet
// data (ProgramImage::mayChangePacketData()).
//
//===----------------------------------------------------------------------===//
#include "BtfAccess.h"
#include "Explorer.h"
#include "HelperCall.h"
#include "LocalObjects.h"
#include "MemAccess.h"
#include "Messages.h"
#include "StackDepth.h"
#include "Subprograms.h"
#include "TransferEnv.h"

#include "verifiable/Model/CtxLayout.h"
#include "verifiable/Model/TargetBtf.h"

#include <bpf/btf.h>

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

namespace {
/// What a global function's prototype says about one argument.
struct GlobalArg {
  enum Kind { Scalar, Ctx, Mem, Dynptr, TrustedBtfPtr } K = Scalar;
  uint32_t Size = 0;    ///< Mem: the pointee's size.
  bool NonNull = false; ///< Mem: tagged arg:nonnull.
  /// TrustedBtfPtr (arg:trusted): the kernel struct, by target type id and
  /// name, and whether NULL is allowed too (arg:nullable).
  uint32_t BtfType = 0;
  std::string Struct;
  bool Nullable = false;
};
} // namespace

/// An arg:trusted pointer's kernel struct: the one struct of the target
/// BTF whose name, without a ___flavor suffix, is the pointee's
/// (btf_get_ptr_to_btf_id(), a CO-RE candidate search).
static bool trustedArgType(TransferEnv &E, const bpf::ParamType &T,
                           const std::string &Arg, GlobalArg &A) {
  std::string Name = T.PointeeName;
  if (Name.rfind("struct ", 0) == 0)
    Name = Name.substr(7);
  if (Name.empty())
    return E.unknown(Arg + " of a global function is tagged arg:trusted but "
                           "does not point to a named struct");
  if (!targetBtf(E))
    return E.unknown(Arg + " is tagged arg:trusted; the kernel struct it "
                           "points to needs a target BTF "
                           "(-verifiable-target-btf)");
  std::vector<uint32_t> Structs;
  for (uint32_t Id : E.Opts.TargetBtf->typesNamed(model::essentialName(Name)))
    if (btf_is_struct(btf__type_by_id(E.Btf, Id)))
      Structs.push_back(Id);
  if (Structs.size() != 1)
    return E.reject(Arg + " reference type('struct " + Name + "') " +
                    (Structs.empty() ? "has no matches" : "is ambiguous"));
  A.K = GlobalArg::TrustedBtfPtr;
  A.BtfType = Structs[0];
  A.Struct = std::string(model::essentialName(Name));
  return true;
}

/// The prototype the kernel derives from BTF (btf_prepare_func_args()).
static bool globalPrototype(TransferEnv &E, const bpf::Function &F,
                            std::vector<GlobalArg> &Args) {
  if (!F.Sig.Known)
    return E.unknown("global function '" + F.Name +
                     "' has no signature in debug info");
  if (F.Sig.Return.K != bpf::ParamType::Scalar)
    return E.reject("Global function " + F.Name +
                    "() doesn't return scalar. Only those are supported.");
  if (F.Sig.Params.size() > 5)
    return E.unknown("global function '" + F.Name +
                     "' has more than 5 "
                     "parameters");
  Args.clear();
  const bool Tags = E.Profile.has(model::KernelFeature::GlobalFuncArgTags);
  for (size_t I = 0; I < F.Sig.Params.size(); ++I) {
    bpf::ParamType T = F.Sig.Params[I];
    if (!Tags) // the kernel reads no decl tags
      T.HasArgCtx = T.HasArgNonNull = T.HasArgTrusted = T.HasArgNullable =
          false;
    if (Tags && !T.OtherArgTag.empty())
      return E.unknown("parameter " + std::to_string(I) +
                       " of global function '" + F.Name + "' is tagged " +
                       T.OtherArgTag + ", which is not modelled yet");
    GlobalArg A;
    std::string Arg = "arg#" + std::to_string(I);
    bool OtherTags = T.HasArgNonNull || T.HasArgTrusted || T.HasArgNullable;
    switch (T.K) {
    case bpf::ParamType::Scalar:
      if (T.HasArgCtx || OtherTags)
        return E.reject(Arg + " has pointer tag, but is not a pointer type");
      A.K = GlobalArg::Scalar;
      break;
    case bpf::ParamType::Pointer:
      if (T.HasArgCtx || isProgramCtx(E.Section, T.PointeeName)) {
        if (OtherTags)
          return E.reject(Arg + " has invalid combination of tags");
        A.K = GlobalArg::Ctx;
        break;
      }
      if (T.PointeeName == "bpf_dynptr" ||
          T.PointeeName == "struct bpf_dynptr") {
        if (OtherTags)
          return E.reject(Arg + " has invalid combination of tags");
        A.K = GlobalArg::Dynptr; // ARG_PTR_TO_DYNPTR | MEM_RDONLY
        break;
      }
      if (T.HasArgTrusted) {
        if (T.HasArgNonNull)
          return E.reject(Arg + " has invalid combination of tags");
        if (!trustedArgType(E, T, Arg, A))
          return false;
        A.Nullable = T.HasArgNullable;
        break;
      }
      if (T.HasArgNullable)
        return E.reject(Arg + " has invalid combination of tags");
      if (!T.Size) // void, or a struct only declared
        return E.reject("arg#" + std::to_string(I) + " reference type('" +
                        (T.PointeeName.empty() ? std::string("UNKNOWN ")
                                               : "FWD " + T.PointeeName) +
                        "') size cannot be determined: -22");
      A.K = GlobalArg::Mem;
      A.Size = T.Size;
      A.NonNull = T.HasArgNonNull;
      break;
    default:
      return E.unknown("parameter " + std::to_string(I) +
                       " of global function '" + F.Name +
                       "' has a type the engine does not model");
    }
    Args.push_back(A);
  }
  return true;
}

/// The caller's registers against the prototype (btf_check_subprog_call()).
static bool checkGlobalCallArgs(TransferEnv &E, Path &P,
                                const std::vector<GlobalArg> &Args) {
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
    if (!checkRegRead(E, S, Regno))
      return false;
    RegState R = S.reg(Regno);
    std::string RName = regName(Regno);
    if (isAllocObj(R))
      return E.unknown("a program-allocated object passed to a global "
                       "function is not modelled yet");
    switch (Args[I].K) {
    case GlobalArg::Scalar:
      if (!R.isScalar())
        return E.reject(RName + " is not a scalar");
      break;
    case GlobalArg::Dynptr:
      // A user ring buffer callback's dynptr goes as it came
      // (check_func_arg_reg_off()).
      if (R.Type == RegType::ConstDynptr && !checkUnmodifiedPtr(E, Regno, R))
        return false;
      if (R.Type != RegType::Stack && R.Type != RegType::ConstDynptr)
        return E.reject("arg#" + std::to_string(I) +
                        " expected pointer to stack or const struct "
                        "bpf_dynptr");
      return E.unknown("a dynptr passed to a global function is not "
                       "modelled yet");
    case GlobalArg::Ctx:
      if (R.Type == RegType::Ctx && !checkUnmodifiedPtr(E, Regno, R))
        return false;
      if (R.Type != RegType::Ctx)
        return E.reject("arg#" + std::to_string(I) + " expects pointer to ctx");
      break;
    case GlobalArg::TrustedBtfPtr: {
      if (R.isKnownZero() && Args[I].Nullable)
        break;
      // 6.18 asks for trust before the type (a referenced pointer that may
      // be NULL passes this and fails the type); NULL is fine for an
      // arg:nullable one.
      RegState Trust = R;
      if (Args[I].Nullable)
        Trust.Flags &= ~MaybeNull;
      if (!isTrustedReg(Trust))
        return E.reject(RName + " must be referenced or trusted");
      if (!checkBtfIdArg(E, R, Regno, Args[I].Struct.c_str(), Args[I].Nullable))
        return false;
      if ((!R.Var.isConst() || R.Var.constValue()) &&
          !checkUnmodifiedPtr(E, Regno, R, /*FixedOffOk=*/true))
        return false;
      break;
    }
    case GlobalArg::Mem: {
      if (R.isKnownZero())
        break; // NULL is always acceptable here; the callee checks.
      bool MaybeNullArg = R.maybeNull();
      R.Flags &= ~MaybeNull;
      // The callee may read and write it (check_mem_reg()); a write into
      // the stack changes nothing the caller can see.
      if (!checkHelperMemArg(E, P, R, Regno, Args[I].Size, false, NoHelper,
                             /*ByHelper=*/false))
        return false;
      if (R.Type != RegType::Stack &&
          !checkHelperMemArg(E, P, R, Regno, Args[I].Size, true, NoHelper,
                             /*ByHelper=*/false))
        return false;
      if (MaybeNullArg && !Args[I].NonNull) {
        // Fine: the callee must check it anyway.
      } else if (MaybeNullArg) {
        noteMaybeNull(E, Regno, R);
        return E.reject("arg#" + std::to_string(I) +
                        " is expected to be "
                        "non-NULL");
      }
      break;
    }
    }
  }
  return true;
}

Step analysis::callGlobalFunction(TransferEnv &E, Path &P,
                                  const bpf::Function &Callee, int Start) {
  std::vector<GlobalArg> Args;
  if (!globalPrototype(E, Callee, Args) || !checkGlobalCallArgs(E, P, Args)) {
    if (E.Out.rejected())
      E.note(P.Pc, "the kernel adds: Caller passes invalid args into func#" +
                       std::to_string(E.Image.pieceOf(Start)) + " ('" +
                       Callee.Name + "')");
    return Step::Stop;
  }
  // After the arguments, as the kernel checks them: the global function is
  // verified without the caller's lock. (The message goes on with "use
  // static function instead" on a line of its own.)
  if (P.State.holdsLock())
    return E.reject("global function calls are not allowed while holding a "
                    "lock,");
  int Piece = E.Image.pieceOf(Start);
  E.Paths.queueGlobal(Piece);
  if (E.Image.mayChangePacketData(Piece))
    invalidatePacketPointers(E, P.State);
  return returnUnknownScalar(P);
}

/// The initial path of function \p Piece verified on its own: frame 0, the
/// registers its prototype \p Args describes.
static Path ownPath(TransferEnv &E, int Piece,
                    const std::vector<GlobalArg> &Args) {
  const ProgramImage::Piece &Pi = E.Image.pieces()[Piece];
  Path Out;
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
    case GlobalArg::TrustedBtfPtr:
      R = btfPointer(Args[I].BtfType,
                     BtfTrusted | (Args[I].Nullable ? MaybeNull : 0));
      if (R.maybeNull())
        R.Id = E.newId();
      break;
    case GlobalArg::Dynptr: // refused by globalFunctionPath()
    case GlobalArg::Mem:
      R = RegState::pointer(RegType::Mem, Args[I].NonNull ? 0 : MaybeNull);
      R.MemSize = Args[I].Size;
      if (R.maybeNull())
        R.Id = E.newId();
      break;
    }
    R.Origin = Pi.Start;
  }
  return Out;
}

bool analysis::globalFunctionPath(TransferEnv &E, int Piece, Path &Out) {
  std::vector<GlobalArg> Args;
  if (!globalPrototype(E, *E.Image.pieces()[Piece].F, Args))
    return false;
  for (const GlobalArg &A : Args)
    if (A.K == GlobalArg::Dynptr)
      return E.unknown("a global function taking a dynptr is not modelled "
                       "yet");
  Out = ownPath(E, Piece, Args);
  return true;
}

bool analysis::exceptionCallbackPath(TransferEnv &E, Path &Out) {
  int Piece = E.Image.exceptionCallback();
  const ProgramImage::Piece &Pi = E.Image.pieces()[Piece];
  std::vector<GlobalArg> Args;
  if (!globalPrototype(E, *Pi.F, Args))
    return false;
  if (Args.size() != 1 || Args[0].K != GlobalArg::Scalar)
    return E.reject("exception cb only supports single integer argument");
  E.Stack.noteCallback(Piece);
  Out = ownPath(E, Piece, Args); // R1: the cookie bpf_throw passed
  return true;
}

bool analysis::checkExceptionCallbackTag(TransferEnv &E) {
  const bpf::Signature &Sig = E.Image.pieces()[0].F->Sig;
  if (Sig.ExceptionCallbackTags == 0)
    return true;
  if (Sig.ExceptionCallbackTags > 1)
    return E.reject("multiple exception callback tags for main subprog");
  const std::string &Name = Sig.ExceptionCallback;
  const bpf::Function *F = E.Prog.findFunction(Name);
  if (!F)
    return E.reject("exception callback '" + Name +
                    "' could not be found in BTF");
  if (!F->IsGlobal)
    return E.reject("exception callback '" + Name +
                    "' must have global linkage");
  return true;
}

bool analysis::checkSubprogReturnTypes(TransferEnv &E) {
  const std::vector<ProgramImage::Piece> &Pieces = E.Image.pieces();
  for (size_t Piece = 1; Piece < Pieces.size(); ++Piece) {
    const bpf::Function &F = *Pieces[Piece].F;
    if (!F.Sig.Known || F.Sig.Return.K == bpf::ParamType::Scalar)
      continue;
    int End = E.Image.endOf(static_cast<int>(Piece));
    // Only a subprogram's own instructions: its callees have their own
    // return types.
    for (int Pc = Pieces[Piece].Start; Pc < End; ++Pc) {
      const bpf::Insn &I = E.Image.insn(Pc);
      const char *What = nullptr;
      if (E.Image.family(Pc) == InsnFamily::LegacyPacketLoad)
        What = "LD_ABS";
      else if (I.isHelperCall() && I.Imm == model::BPF_FUNC_tail_call)
        What = "tail_call";
      if (What)
        return E.reject(std::string(What) +
                        " is only allowed in functions that return 'int'.");
    }
  }
  return true;
}
