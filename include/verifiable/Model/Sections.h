//===- Sections.h - Program type from an ELF section name -------*- C++ -*-===//
//
// An object file does not store program types; libbpf derives them from the
// ELF section a program is placed in. Front-ends use this to learn what the
// kernel will be told at load time, following libbpf's matching rules.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_SECTIONS_H
#define VERIFIABLE_MODEL_SECTIONS_H

#include "verifiable/Model/ProgTypes.h"

#include <optional>
#include <string_view>

namespace verifiable {
namespace model {

struct SectionInfo {
  ProgType Type;
  /// What libbpf passes as expected_attach_type (0 when the section sets
  /// none).
  AttachType Attach;
  /// False when the engine must answer "unknown" for this section, either
  /// because its program type is not modelled or because the program is
  /// typed by BTF at load time in a way not described yet (lsm/,
  /// struct_ops/, ...). tp_btf/, iter/, fentry/, fexit/ and fmod_ret/ are
  /// modelled: their context is read from the target BTF at analysis time
  /// (TracingCtx.h).
  bool Modeled;
  /// Loaded with BPF_F_SLEEPABLE ("uprobe.s", "lsm.s", "syscall", ...).
  bool Sleepable;
  /// Loaded with BPF_F_XDP_HAS_FRAGS ("xdp.frags", ...).
  bool XdpFrags;
  /// The attach target is named through BTF.
  bool AttachBtf;
  /// The libbpf table entry that matched, e.g. "kprobe" for
  /// "kprobe/do_sys_open".
  std::string_view Pattern;
};

/// Resolves \p Section the way libbpf does; std::nullopt when libbpf would
/// not recognize it (and so could not load the program without being told
/// its type).
std::optional<SectionInfo> progTypeFromSection(std::string_view Section);

} // namespace model
} // namespace verifiable

#endif // VERIFIABLE_MODEL_SECTIONS_H
