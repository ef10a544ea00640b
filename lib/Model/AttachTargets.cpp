//===- AttachTargets.cpp - Where BTF-typed programs attach ----------------===//
//
// Finds the kernel function an fentry, fexit or fmod_ret program attaches
// to and keeps the program unknown wherever the kernel's own checks of the
// target (bpf_check_attach_target(), btf_distill_func_proto(), its deny
// lists) depend on something the target BTF does not tell. Facts from
// Linux 6.12's kernel/bpf/verifier.c and kernel/bpf/btf.c.
//
//===----------------------------------------------------------------------===//
#include "AttachTargets.h"
#include "verifiable/Model/BtfStructAccess.h"
#include "verifiable/Model/TracingCtx.h"

#include <bpf/btf.h>

using namespace verifiable;
using namespace verifiable::model;

namespace {

/// The trampoline's limit on arguments (MAX_BPF_FUNC_ARGS).
constexpr unsigned MaxTrampolineArgs = 12;

/// Functions the kernel refuses to trace (btf_id_deny) or to fexit/fmod_ret
/// (noreturn_deny); some entries depend on the kernel's configuration, so
/// a program attached to any of them stays unknown.
constexpr const char *DeniedTargets[] = {
    "migrate_disable",
    "migrate_enable",
    "rcu_read_unlock_strict",
    "preempt_count_add",
    "preempt_count_sub",
    "__rcu_read_lock",
    "__rcu_read_unlock",
    "__ia32_sys_exit",
    "__ia32_sys_exit_group",
    "__kunit_abort",
    "kunit_try_catch_throw",
    "__module_put_and_kthread_exit",
    "__x64_sys_exit",
    "__x64_sys_exit_group",
    "do_exit",
    "do_group_exit",
    "kthread_complete_and_exit",
    "kthread_exit",
    "make_task_dead",
};

bool denied(std::string_view Name) {
  for (const char *D : DeniedTargets)
    if (Name == D)
      return true;
  return false;
}

/// The kernel's __get_type_size(): the bytes a trampoline saves for a
/// value of type \p Id, or -1 for a type it cannot pass.
int64_t trampolineSize(const struct btf *B, uint32_t Id) {
  if (Id == 0)
    return 0;
  const struct btf_type *T = btf__type_by_id(B, btfSkipModifiers(B, Id));
  if (!T)
    return -1;
  if (btf_is_ptr(T))
    return 8;
  if (btf_is_int(T) || btf_is_any_enum(T) || btf_is_composite(T))
    return T->size;
  return -1;
}

/// btf_distill_func_proto(): an empty string when the trampoline can
/// take \p Proto, else what the kernel logs.
std::string distillProblem(const struct btf *B, const struct btf_type *Proto,
                           const std::string &Name) {
  unsigned N = btf_vlen(Proto);
  if (N > MaxTrampolineArgs)
    return "The function " + Name + " has " + std::to_string(N) +
           " arguments. Too many.";
  const struct btf_type *Ret =
      btf__type_by_id(B, btfSkipModifiers(B, Proto->type));
  if (trampolineSize(B, Proto->type) < 0 || (Ret && btf_is_composite(Ret)))
    return "The function " + Name + " return type is unsupported.";
  if (trampolineSize(B, Proto->type) > 8)
    return "Attach to function " + Name + " with a >8 byte return value";
  const struct btf_param *P = btf_params(Proto);
  for (unsigned I = 0; I < N; ++I) {
    if (I == N - 1 && P[I].type == 0)
      return "The function " + Name + " with variable args is unsupported.";
    int64_t Size = trampolineSize(B, P[I].type);
    if (Size <= 0 || Size > 16)
      return "The function " + Name + " arg" + std::to_string(I) +
             " type is unsupported.";
  }
  return "";
}

} // namespace

bool model::isTrampolineAttach(const SectionInfo &Info) {
  return Info.Type == ProgType::Tracing &&
         (Info.Attach == AttachType::TraceFentry ||
          Info.Attach == AttachType::TraceFexit ||
          Info.Attach == AttachType::ModifyReturn);
}

bool model::findTrampolineTarget(const struct btf *B, const SectionInfo &Info,
                                 std::string_view Name, AttachTarget &T,
                                 std::string &Why) {
  std::string N(Name);
  if (Info.Sleepable) {
    Why = "whether '" + N +
          "' may sleep depends on the kernel's error-injection list, which "
          "the target BTF does not hold (sleepable fentry/fexit/fmod_ret are "
          "not modelled)";
    return false;
  }
  if (N.find(':') != std::string::npos) {
    Why = "attach target '" + N + "' names a module, which is not modelled";
    return false;
  }
  int Id = btf__find_by_name_kind(B, N.c_str(), BTF_KIND_FUNC);
  const struct btf_type *F =
      Id > 0 ? btf__type_by_id(B, static_cast<uint32_t>(Id)) : nullptr;
  const struct btf_type *Proto = F ? btf__type_by_id(B, F->type) : nullptr;
  if (!Proto || !btf_is_func_proto(Proto)) {
    Why = "attach target '" + N +
          "' (function) is not in the target kernel's BTF";
    return false;
  }
  if (denied(N)) {
    Why = "attach target '" + N +
          "' is on the kernel's deny lists for tracing, some entries of "
          "which depend on its configuration";
    return false;
  }
  if (std::string P = distillProblem(B, Proto, N); !P.empty()) {
    Why = "the kernel refuses this attach target before verifying: " + P;
    return false;
  }
  bool ModReturn = Info.Attach == AttachType::ModifyReturn;
  if (ModReturn && N.rfind("security_", 0) != 0) {
    Why = "whether fmod_ret may attach to '" + N +
          "' depends on the kernel's error-injection list, which the target "
          "BTF does not hold";
    return false;
  }
  T.Proto = F->type;
  T.Func = N;
  T.RetSlot = Info.Attach != AttachType::TraceFentry;
  T.Trusted = false; // prog_args_trusted(): not for trampolines
  return true;
}

namespace {

bool lsmListed(std::string_view Hook, const char *const *List, size_t N) {
  for (size_t I = 0; I < N; ++I)
    if (Hook == List[I])
      return true;
  return false;
}

constexpr const char *LsmUntrusted[] = {
#define LSM_UNTRUSTED(Name) Name,
#include "LsmHooks.def"
};
constexpr const char *LsmSleepable[] = {
#define LSM_SLEEPABLE(Name) Name,
#include "LsmHooks.def"
};
constexpr const char *LsmBool[] = {
#define LSM_BOOL(Name) Name,
#include "LsmHooks.def"
};
constexpr const char *LsmRefused[] = {
#define LSM_DISABLED(Name) Name,
#define LSM_NOT_A_HOOK(Name) Name,
#include "LsmHooks.def"
};
template <size_t N>
bool listed(std::string_view Hook, const char *const (&List)[N]) {
  return lsmListed(Hook, List, N);
}

/// check_return_code() for an LSM hook (bpf_lsm_get_retval_range()).
void lsmReturnRule(const struct btf_type *Proto, std::string_view Hook,
                   AttachTarget &T) {
  if (!Proto->type) {
    T.Ret = AttachTarget::RetAny;
    return;
  }
  T.Ret = AttachTarget::RetRange32;
  bool Bool = listed(Hook, LsmBool);
  T.RetMin = Bool ? 0 : -4095; // -MAX_ERRNO
  T.RetMax = Bool ? 1 : 0;
}

} // namespace

bool model::findLsmTarget(const struct btf *B, const SectionInfo &Info,
                          std::string_view Name, AttachTarget &T,
                          std::string &Why) {
  std::string Hook(Name);
  if (Info.Attach != AttachType::LsmMac) {
    Why = "lsm_cgroup programs (their helpers and return rules) are not "
          "modelled";
    return false;
  }
  if (listed(Hook, LsmRefused)) {
    Why = "'bpf_lsm_" + Hook +
          "' is not an LSM hook BPF may attach to (bpf_lsm_verify_prog())";
    return false;
  }
  std::string Func = "bpf_lsm_" + Hook;
  int Id = btf__find_by_name_kind(B, Func.c_str(), BTF_KIND_FUNC);
  const struct btf_type *F =
      Id > 0 ? btf__type_by_id(B, static_cast<uint32_t>(Id)) : nullptr;
  const struct btf_type *Proto = F ? btf__type_by_id(B, F->type) : nullptr;
  if (!Proto || !btf_is_func_proto(Proto)) {
    Why = "attach target '" + Hook + "' (function " + Func +
          ") is not in the target kernel's BTF";
    return false;
  }
  if (Info.Sleepable && !listed(Hook, LsmSleepable)) {
    Why = "LSM hook '" + Hook +
          "' is not in Linux 6.12's list of sleepable hooks (lsm.s)";
    return false;
  }
  T.Proto = F->type;
  T.Func = Func;
  T.RetSlot = true;
  T.Trusted = !listed(Hook, LsmUntrusted); // bpf_lsm_is_trusted()
  lsmReturnRule(Proto, Hook, T);
  return true;
}

namespace {

/// Functions an fentry/fexit/fmod_ret program may call bpf_d_path from
/// (btf_allowlist_d_path); a config-dependent entry is in the target BTF
/// only when its config is on.
constexpr const char *DPathTargets[] = {
    "security_file_permission",
    "security_inode_getattr",
    "security_file_open",
    "security_path_truncate",
    "vfs_truncate",
    "vfs_fallocate",
    "dentry_open",
    "vfs_getattr",
    "filp_close",
};

} // namespace

std::optional<bool> model::helperAllowedAtTarget(unsigned HelperId,
                                                 const SectionInfo &Info,
                                                 const TracingCtx *Ctx) {
  constexpr unsigned DPath = 147, ImaInodeHash = 161, ImaFileHash = 193;
  // A syscall program has no attach target: every `allowed` callback
  // refuses it.
  if (Info.Type == ProgType::Syscall)
    return false;
  if (HelperId != DPath && HelperId != ImaInodeHash && HelperId != ImaFileHash)
    return std::nullopt;
  if (!Ctx)
    return std::nullopt;
  // bpf_lsm_is_sleepable_hook(): both callbacks allow LSM programs on a
  // sleepable hook, whether or not the program itself is sleepable.
  if (Info.Type == ProgType::Lsm) {
    std::string_view Hook = Ctx->Func;
    Hook.remove_prefix(std::string_view("bpf_lsm_").size());
    return listed(Hook, LsmSleepable);
  }
  if (HelperId != DPath)
    return false;
  if (Info.Type == ProgType::Tracing && Info.Attach == AttachType::TraceIter)
    return true;
  return listed(Ctx->Func, DPathTargets);
}
