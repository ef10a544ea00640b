//===- BtfStructAccess.h - Loads through kernel struct pointers -*- C++ -*-===//
//
// A pointer to a kernel struct (the verifier's PTR_TO_BTF_ID) is read by
// walking the struct's BTF: the bytes read must lie inside one member, a
// pointer member must be read whole and yields a pointer to its struct, any
// other member yields a number. This is the kernel's btf_struct_access(),
// with its messages, over the target kernel's BTF; which walked pointers
// stay trusted is decided from the `<struct>__safe_*` types the kernel
// itself emits into its BTF (btf_nested_type_is_trusted()).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_BTFSTRUCTACCESS_H
#define VERIFIABLE_MODEL_BTFSTRUCTACCESS_H

#include <cstdint>
#include <string>
#include <string_view>

struct btf;

namespace verifiable {
namespace model {

/// What a load of Size bytes at Off inside a kernel struct reads.
struct BtfWalk {
  enum Kind : uint8_t {
    /// A number (a scalar member, part of an array of them, a bitfield).
    Scalar,
    /// A whole pointer member to a struct: NextType is that struct.
    Pointer,
    /// A whole pointer member to anything else: read-only memory of unknown
    /// size, read without bounds (6.18: PTR_TO_MEM | MEM_RDONLY |
    /// PTR_UNTRUSTED; older kernels read it as a number).
    UntrustedMem,
    /// The kernel refuses the access; Message is its log line.
    Error,
  } K = Error;
  uint32_t NextType = 0;
  /// The pointer member's name (for the __safe_* look-up).
  std::string Field;
  /// A union of more than one member was walked: pointers read are
  /// untrusted.
  bool ThroughUnion = false;
  /// The pointer member carries a BTF type tag: "rcu", "user", "percpu", or
  /// empty.
  std::string Tag;
  std::string Message;
};

/// The kernel's btf_struct_access() for a kernel (not program-allocated)
/// struct \p StructId of \p B; flexible arrays at the end may be walked
/// unless \p WalkFlexArrays is false (objects from bpf_obj_new()).
BtfWalk btfStructAccess(const struct btf *B, uint32_t StructId, int Off,
                        int Size, bool WalkFlexArrays = true);

/// The kernel's btf_nested_type_is_trusted(): does the struct named like
/// \p WalkedStruct plus \p Suffix ("__safe_trusted", "__safe_rcu", ...)
/// have a pointer member named \p Field to \p PointeeId?
bool btfNestedTypeIsTrusted(const struct btf *B, uint32_t WalkedStruct,
                            std::string_view Field, uint32_t PointeeId,
                            std::string_view Suffix);

/// The kernel's btf_struct_ids_match() (not strict): is the object at
/// \p Off of struct \p Id a \p Need, itself or a struct nested at that
/// offset (e.g. the `struct sock_common` at the start of `struct sock`)?
bool btfStructIdsMatch(const struct btf *B, uint32_t Id, int Off,
                       uint32_t Need);

/// The strict form (a release or an acquire): the same struct at offset 0.
bool btfStructIdsMatchStrict(const struct btf *B, uint32_t Id, int Off,
                             uint32_t Need);

/// The kernel's __btf_type_is_scalar_struct(): a struct whose members are
/// scalars, arrays of scalars or such structs (nested at most 3 deep), the
/// memory a kfunc may take through a plain pointer.
bool btfIsScalarStruct(const struct btf *B, uint32_t Id);

/// The name of type \p Id ("task_struct"); "" when it has none.
std::string btfTypeName(const struct btf *B, uint32_t Id);

/// \p Id with typedefs, qualifiers and type tags skipped.
uint32_t btfSkipModifiers(const struct btf *B, uint32_t Id);

/// The id of the struct named \p Name in \p B, 0 if there is none.
uint32_t btfFindStruct(const struct btf *B, std::string_view Name);

/// The kernel's own context struct for programs of type \p ProgTypeName
/// ("BPF_PROG_TYPE_SCHED_CLS": struct sk_buff), what bpf_cast_to_kern_ctx()
/// returns: the type of member <ProgTypeName>_kern of the kernel's struct
/// bpf_ctx_convert (get_kern_ctx_btf_id()). 0 when \p B has no such member
/// or its type is not a struct.
uint32_t btfKernelCtxStruct(const struct btf *B, std::string_view ProgTypeName);

} // namespace model
} // namespace verifiable

#endif
