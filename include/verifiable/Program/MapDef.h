//===- MapDef.h - A map declared in the .maps section -----------*- C++ -*-===//
//
// What the verifier knows about a map at load time: its type, key and value
// sizes, capacity and flags. The front-ends read these from the BTF-style
// definitions in .maps (via debug info). Also the other objects libbpf
// turns into something the kernel sees: global variables (data section
// maps) and kernel symbols (__ksym).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_PROGRAM_MAPDEF_H
#define VERIFIABLE_PROGRAM_MAPDEF_H

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace verifiable {
namespace bpf {

/// A pointer field of a map value tagged `kptr`, `kptr_untrusted` or
/// `percpu_kptr` (8 bytes): the kernel types it as a kernel struct pointer
/// rather than bytes (btf_parse_kptr()).
struct KptrField {
  enum KindTy : uint8_t { Referenced, Untrusted, Percpu };
  uint32_t Off = 0;
  KindTy Kind = Referenced;
  /// The struct pointed to ("task_struct"); empty if it is not a struct.
  std::string Pointee;
};

/// A field of a map value the kernel manages itself (btf_parse_fields()):
/// programs may not load or store its bytes, only hand it to the helpers
/// and kfuncs made for it.
struct SpecialField {
  enum Kind : uint8_t {
    SpinLock,
    ResSpinLock,
    Timer,
    Workqueue,
    ListHead,
    RbRoot,
    Refcount,
    /// Only in program-allocated objects (LocalType), never map values.
    ListNode,
    RbNode,
  };
  Kind K = SpinLock;
  uint32_t Offset = 0;
  uint32_t Size = 0;
  /// A bpf_list_head or bpf_rb_root: the struct and the node member its
  /// `__contains(type, node)` decl tag names (`contains:type:node`); empty
  /// without the tag.
  std::string ContainsType;
  std::string ContainsNode;

  /// The kernel's btf_field_type_name(): "bpf_spin_lock", "bpf_timer", ...
  const char *name() const { return nameOf(K); }
  static const char *nameOf(Kind K);
  /// The kind a struct of this name is, if it is one of them.
  static bool kindOfStruct(const std::string &Name, Kind &Out);
  /// The same for bpf_list_node and bpf_rb_node, which only objects from
  /// bpf_obj_new() hold.
  static bool kindOfNodeStruct(const std::string &Name, Kind &Out);
};

struct MapDef {
  std::string Name;
  uint32_t Type = 0; ///< enum bpf_map_type value.
  uint32_t KeySize = 0;
  uint32_t ValueSize = 0;
  uint32_t MaxEntries = 0;
  uint32_t Flags = 0;
  std::string KeyTypeName;
  std::string ValueTypeName;
  /// For map-in-map types: the template of the inner map.
  std::shared_ptr<MapDef> Inner;
  /// The kptr fields of the value, in offset order.
  std::vector<KptrField> KptrFields;
  /// The value's special fields other than kptrs, by offset.
  std::vector<SpecialField> Fields;

  /// The special field of kind \p K, if the value has one.
  const SpecialField *findField(SpecialField::Kind K) const {
    for (const SpecialField &F : Fields)
      if (F.K == K)
        return &F;
    return nullptr;
  }

  /// BPF_F_RDONLY_PROG: programs may read the map's values, never write
  /// them (libbpf creates .rodata so).
  static constexpr uint32_t ReadOnlyForPrograms = 0x80;
  bool readOnlyForPrograms() const { return Flags & ReadOnlyForPrograms; }
  /// BPF_F_WRONLY_PROG: programs may write the map's values, never read
  /// them.
  static constexpr uint32_t WriteOnlyForPrograms = 0x100;
  bool writeOnlyForPrograms() const { return Flags & WriteOnlyForPrograms; }
  /// The kernel's refusal of a program's access to this map's values
  /// (check_map_access_type), or empty when the access is allowed. \p Off is
  /// the offset the kernel prints.
  std::string accessForbidden(bool IsWrite, int64_t Off, int64_t Size) const {
    const char *What = IsWrite
                           ? (readOnlyForPrograms() ? "write into" : nullptr)
                           : (writeOnlyForPrograms() ? "read from" : nullptr);
    if (!What)
      return "";
    return std::string(What) +
           " map forbidden, value_size=" + std::to_string(ValueSize) +
           " off=" + std::to_string(Off) + " size=" + std::to_string(Size);
  }
};

/// A global variable in .data, .bss, .rodata (and .rodata.*/.data.*): libbpf
/// turns each such section into an array map of one element.
struct GlobalVar {
  std::string Name;
  std::string Section;
  uint64_t Offset = 0; ///< Offset inside its section.
  uint64_t Size = 0;
  bool ReadOnly = false;
  /// The initial contents of a read-only global: what the kernel reads from
  /// the frozen .rodata map unless the loader set it. Empty when unknown
  /// (no initializer, or too large).
  std::vector<uint8_t> Bytes;
  /// A `const volatile` global (or one without debug info to tell): a knob
  /// the loader may set before loading, e.g. through a skeleton.
  bool LoaderSettable = false;
  /// A value the loader fills (a __kconfig extern) that is not known for
  /// the target kernel: why, and what would settle it. Bytes is empty.
  std::string UnknownWhy;
  /// Special fields (a `struct bpf_spin_lock` global, ...), offsets from
  /// the variable's start: they become fields of the section's map value.
  std::vector<SpecialField> Fields;
  /// Kptr fields (a `__kptr` global or one inside it), likewise.
  std::vector<KptrField> KptrFields;
};

/// An `extern ... __ksym` variable: the loader resolves it against the
/// target kernel.
struct KsymVar {
  std::string Name;
  bool Weak = false;
  /// Declared with a type (the kernel sees a BTF pointer), not `void`
  /// (the kernel sees the symbol's address as a number).
  bool Typed = false;
  /// A kfunc (a function declared __ksym), listed for the ld_imm64 of its
  /// address that bpf_ksym_exists() compiles to; InKernel then says
  /// whether the target BTF has the function.
  bool Func = false;
  /// The declared type's name, for typed ones.
  std::string TypeName;
  /// Whether the target kernel has the symbol, when known.
  enum Presence : uint8_t { Unknown, Present, Absent } InKernel = Unknown;
  /// Typed ones: whether the running kernel's symbol table has the address
  /// the verifier looks up (data symbols need CONFIG_KALLSYMS_ALL).
  Presence InKallsyms = Unknown;
};

} // namespace bpf
} // namespace verifiable

#endif
