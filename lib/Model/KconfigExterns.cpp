//===- KconfigExterns.cpp - Values libbpf gives __kconfig externs ---------===//
//
// libbpf's rules (1.1, as on Debian 12) for filling the .kconfig map:
// CONFIG_* values from the .config text by the extern's C type, the three
// virtual LINUX_* externs from the kernel, a missing weak extern is 0 and
// a missing strong one fails the load. The messages are libbpf's.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Model/KconfigExterns.h"
#include "verifiable/Model/KernelConfig.h"
#include "verifiable/Model/TargetBtf.h"

#include <bpf/btf.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <sys/utsname.h>

using namespace verifiable;
using namespace verifiable::model;

namespace {

KconfigValue loadError(const KconfigExtern &E, const std::string &What) {
  KconfigValue V;
  V.K = KconfigValue::LoadError;
  V.Why = "extern (kcfg) '" + E.Name + "': " + What;
  return V;
}

KconfigValue unknown(std::string Why) {
  KconfigValue V;
  V.K = KconfigValue::Unknown;
  V.Why = std::move(Why);
  return V;
}

KconfigValue known(const KconfigExtern &E, uint64_t Value) {
  KconfigValue V;
  V.K = KconfigValue::Known;
  V.Bytes.resize(E.Size);
  for (unsigned B = 0; B < E.Size && B < 8; ++B)
    V.Bytes[B] = static_cast<uint8_t>(Value >> (8 * B));
  return V;
}

bool fitsIn(const KconfigExtern &E, uint64_t Value) {
  if (E.Size >= 8)
    return true;
  unsigned Bits = 8 * E.Size;
  if (!E.Signed)
    return (Value >> Bits) == 0;
  int64_t S = static_cast<int64_t>(Value);
  int64_t Min = -(int64_t(1) << (Bits - 1)),
          Max = (int64_t(1) << (Bits - 1)) - 1;
  return S >= Min && S <= Max;
}

/// libbpf's set_kcfg_value_num.
KconfigValue numeric(const KconfigExtern &E, uint64_t Value) {
  std::string Shown = "value '" + std::to_string(Value) + "' ";
  if (E.Type != KconfigType::Int && E.Type != KconfigType::Char &&
      E.Type != KconfigType::Bool)
    return loadError(E, Shown + "implies integer, char, or boolean type");
  if (E.Type == KconfigType::Bool && Value > 1)
    return loadError(E, Shown + "isn't boolean compatible");
  if (!fitsIn(E, Value))
    return loadError(E, Shown + "doesn't fit in " + std::to_string(E.Size) +
                            " bytes");
  return known(E, Value);
}

/// A y/n/m option.
KconfigValue tristate(const KconfigExtern &E, char Letter) {
  std::string Shown = std::string("value '") + Letter + "' ";
  switch (E.Type) {
  case KconfigType::Bool:
    if (Letter == 'm')
      return loadError(E, Shown + "implies tristate or char type");
    return known(E, Letter == 'y');
  case KconfigType::Tristate:
    return known(E, Letter == 'y' ? 1 : Letter == 'm' ? 2 : 0);
  case KconfigType::Char:
    return known(E, static_cast<uint8_t>(Letter));
  default:
    return loadError(E, Shown + "implies bool, tristate, or char type");
  }
}

/// A quoted string option.
KconfigValue string(const KconfigExtern &E, const std::string &Text) {
  if (E.Type != KconfigType::CharArray)
    return loadError(E, "value '" + Text + "' implies char array type");
  if (Text.size() < 2 || Text.back() != '"')
    return loadError(E, "invalid string config '" + Text + "'");
  std::string S = Text.substr(1, Text.size() - 2);
  if (E.Size == 0)
    return loadError(E, "invalid string config '" + Text + "'");
  if (S.size() >= E.Size)
    S.resize(E.Size - 1); // libbpf truncates with a warning
  KconfigValue V;
  V.K = KconfigValue::Known;
  V.Bytes.assign(E.Size, 0);
  for (size_t I = 0; I < S.size(); ++I)
    V.Bytes[I] = static_cast<uint8_t>(S[I]);
  return V;
}

KconfigValue fromConfigText(const KconfigExtern &E, const std::string &Text) {
  if (Text.size() == 1 && (Text[0] == 'y' || Text[0] == 'n' || Text[0] == 'm'))
    return tristate(E, Text[0]);
  if (!Text.empty() && Text[0] == '"')
    return string(E, Text);
  if (E.Type != KconfigType::Int && E.Type != KconfigType::Char)
    return loadError(E, "value '" + Text + "' implies integer type");
  errno = 0;
  char *End = nullptr;
  unsigned long long N = strtoull(Text.c_str(), &End, 0);
  if (Text.empty() || errno || *End)
    return loadError(E, "value '" + Text + "' isn't a valid integer");
  return numeric(E, N);
}

KconfigValue missing(const KconfigExtern &E) {
  if (E.Weak)
    return known(E, 0);
  KconfigValue V;
  V.K = KconfigValue::LoadError;
  V.Why = "extern '" + E.Name + "' (strong): not resolved";
  return V;
}

bool btfHasEnumValue(const struct btf *B, const char *Name) {
  for (uint32_t Id = 1, N = btf__type_cnt(B); Id < N; ++Id) {
    const struct btf_type *T = btf__type_by_id(B, Id);
    if (!btf_is_enum(T))
      continue;
    const struct btf_enum *V = btf_enum(T);
    for (uint16_t I = 0; I < btf_vlen(T); ++I)
      if (std::string_view(btf__name_by_offset(B, V[I].name_off)) == Name)
        return true;
  }
  return false;
}

/// The release the target's .config names, else the running kernel's
/// (libbpf's uname()) when that is the target.
std::string targetRelease(KconfigInputs &In) {
  if (In.Config && In.Config->available() && !In.Config->release().empty())
    return In.Config->release();
  struct utsname U;
  if (In.RunningKernel && uname(&U) == 0)
    return U.release;
  return "";
}

KconfigValue virtualExtern(const KconfigExtern &E, KconfigInputs &In) {
  const struct btf *B = In.Btf ? In.Btf->get() : nullptr;
  if (E.Name == "LINUX_KERNEL_VERSION") {
    uint32_t Code = kernelVersionCode(targetRelease(In));
    if (!Code)
      return unknown("the target kernel's release is unknown; "
                     "-verifiable-kconfig=FILE with its .config gives it");
    return numeric(E, Code);
  }
  if (E.Name == "LINUX_HAS_BPF_COOKIE") {
    if (!B)
      return unknown("whether the target kernel has BPF cookies needs its "
                     "BTF (-verifiable-target-btf=FILE)");
    return numeric(E, btfHasEnumValue(B, "BPF_FUNC_get_attach_cookie"));
  }
  if (E.Name == "LINUX_HAS_SYSCALL_WRAPPER") {
    // libbpf probes a kprobe on the x86-64 wrapper of the bpf syscall.
    if (B && btf__find_by_name_kind(B, "__x64_sys_bpf", BTF_KIND_FUNC) > 0)
      return numeric(E, 1);
    return unknown("whether the target kernel has syscall wrappers is not "
                   "in its BTF");
  }
  if (E.Name.rfind("LINUX_", 0) == 0 && E.Weak)
    return known(E, 0);
  return loadError(E, "unrecognized virtual extern");
}

} // namespace

uint32_t model::kernelVersionCode(const std::string &Release) {
  unsigned Major, Minor, Patch;
  if (sscanf(Release.c_str(), "%u.%u.%u", &Major, &Minor, &Patch) != 3)
    return 0;
  return (Major << 16) + (Minor << 8) + (Patch > 255 ? 255 : Patch);
}

KconfigValue model::resolveKconfigExtern(const KconfigExtern &E,
                                         KconfigInputs &In) {
  if (E.Type == KconfigType::Unsupported || E.Size == 0)
    return loadError(E, "type is unsupported");
  if (E.Name.rfind("CONFIG_", 0) != 0)
    return virtualExtern(E, In);
  if (!In.Config || !In.Config->available())
    return unknown("the target kernel's configuration is not known (" +
                   std::string(In.Config ? In.Config->problem()
                                         : "no -verifiable-kconfig") +
                   "); -verifiable-kconfig=FILE gives it");
  std::optional<std::string_view> Text = In.Config->value(E.Name);
  if (!Text)
    return missing(E);
  return fromConfigText(E, std::string(*Text));
}
