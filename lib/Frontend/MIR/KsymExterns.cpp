//===- KsymExterns.cpp - __ksym variables and their resolution ------------===//
//
// libbpf's rules (1.1): a variable in .ksyms whose type, past qualifiers
// and typedefs, is void is untyped and found in /proc/kallsyms; any other
// is typed and found as a BTF VAR of the kernel. A weak one that is not
// found loads as 0; a strong one fails the load. Functions declared __ksym
// are kfuncs, handled at their calls, except one libbpf cannot resolve: a
// strong kfunc that the model knows to live in the kernel image and that
// the target's BTF lacks fails the load (older kernels, say 6.1 and the
// open-coded iterators). They are listed too, with whether the kernel's
// BTF has them, for the loads of their address (bpf_ksym_exists()).
//
//===----------------------------------------------------------------------===//
#include "verifiable/Frontend/KsymExterns.h"

#include "DebugTypes.h"
#include "verifiable/Model/KernelSymbols.h"
#include "verifiable/Model/Kfuncs.h"
#include "verifiable/Model/TargetBtf.h"

#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Module.h"

#include <bpf/btf.h>

using namespace llvm;
using namespace verifiable;

static bpf::KsymVar::Presence presence(std::optional<bool> Found) {
  if (!Found)
    return bpf::KsymVar::Unknown;
  return *Found ? bpf::KsymVar::Present : bpf::KsymVar::Absent;
}

static std::optional<bool> inBtf(model::TargetBtf *Btf, const std::string &Name,
                                 int Kind = BTF_KIND_VAR) {
  const struct btf *B = Btf ? Btf->get() : nullptr;
  if (!B)
    return std::nullopt;
  return btf__find_by_name_kind(B, Name.c_str(), Kind) > 0;
}

/// A strong kfunc libbpf will not find: one of the kernel image's, absent
/// from the target's (vmlinux) BTF.
static bool missingKfunc(const Function &F, model::TargetBtf *Btf) {
  if (!F.isDeclaration() || F.hasExternalWeakLinkage() || F.use_empty())
    return false;
  const model::KfuncInfo *K = model::findKfunc(F.getName());
  if (!K || !model::kfuncInVmlinux(*K) || !Btf)
    return false;
  const struct btf *B = Btf->get();
  return B && btf__find_by_name_kind(B, K->Name, BTF_KIND_FUNC) <= 0;
}

void verifiable::describeKsymExterns(const Module &M,
                                     model::KernelSymbols *Symbols,
                                     model::TargetBtf *Btf, bpf::Program &P) {
  for (const Function &F : M.functions())
    if (missingKfunc(F, Btf))
      P.LoadErrors.push_back("extern (func ksym) '" + F.getName().str() +
                             "': not found in kernel or module BTFs");
  for (const GlobalVariable &GV : M.globals()) {
    if (!GV.isDeclaration() || !GV.hasSection() || GV.getSection() != ".ksyms")
      continue;
    bpf::KsymVar K;
    K.Name = GV.getName().str();
    K.Weak = GV.hasExternalWeakLinkage();
    SmallVector<DIGlobalVariableExpression *, 1> DIs;
    GV.getDebugInfo(DIs);
    const DIType *T =
        DIs.empty() ? nullptr
                    : stripQualifiers(DIs.front()->getVariable()->getType());
    // Without debug info there is no BTF to tell: treat it as typed, which
    // the engine does not guess about.
    K.Typed = DIs.empty() || T != nullptr;
    if (T)
      K.TypeName = T->getName().str();
    K.InKernel = presence(K.Typed   ? inBtf(Btf, K.Name)
                          : Symbols ? Symbols->has(K.Name)
                                    : std::nullopt);
    if (K.Typed)
      K.InKallsyms = presence(Symbols ? Symbols->has(K.Name) : std::nullopt);
    if (K.InKernel == bpf::KsymVar::Absent && !K.Weak)
      P.LoadErrors.push_back(
          K.Typed
              ? "extern (var ksym) '" + K.Name + "': not found in kernel BTF"
              : "extern '" + K.Name + "' (strong): not resolved");
    P.Ksyms.push_back(std::move(K));
  }
  for (const Function &F : M.functions()) {
    if (!F.isDeclaration() || !F.hasSection() || F.getSection() != ".ksyms")
      continue;
    bpf::KsymVar K;
    K.Name = F.getName().str();
    K.Weak = F.hasExternalWeakLinkage();
    K.Typed = true;
    K.Func = true;
    K.InKernel = presence(inBtf(Btf, K.Name, BTF_KIND_FUNC));
    P.Ksyms.push_back(std::move(K));
  }
}
