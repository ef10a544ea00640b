//===- Helpers.h - Prototypes of the kernel's BPF helpers -------*- C++ -*-===//
//
// The kernel checks a helper call against a prototype: what each of R1-R5
// must hold, what R0 holds afterwards, and a few flags (GPL only, may it
// touch packet memory, does it invalidate packet pointers, does it acquire or
// release a reference). This header describes those prototypes; the rows are
// in Helpers.def, written from the 6.12 kernel sources.
//
// A helper whose row says Modeled == false is only known by id and name: the
// engine must report "unknown" for a call to it rather than guess.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_HELPERS_H
#define VERIFIABLE_MODEL_HELPERS_H

#include <cstdint>
#include <string>
#include <string_view>

namespace verifiable {
namespace model {

/// Helper ids, spelled as in the kernel's enum bpf_func_id.
enum HelperId : unsigned {
  BPF_FUNC_unspec = 0,
#define HELPER(Id, Name, ...) BPF_FUNC_##Name = Id,
#define HELPER_UNMODELED(Id, Name) BPF_FUNC_##Name = Id,
#include "verifiable/Model/Helpers.def"
  BPF_FUNC_MaxId
};

/// What an argument register must hold. Each value is one combination of the
/// kernel's bpf_arg_type with its flags that some helper uses; the kernel
/// spelling is given for each.
enum class ArgType : uint8_t {
  /// ARG_DONTCARE: the argument is unused.
  DontCare,
  /// ARG_ANYTHING: any initialized value.
  Anything,
  /// ARG_SCALAR: a scalar, not a pointer.
  Scalar,
  /// ARG_CONST_MAP_PTR.
  ConstMapPtr,
  /// ARG_PTR_TO_MAP_KEY: key_size readable bytes.
  PtrToMapKey,
  /// ARG_PTR_TO_MAP_VALUE: value_size readable bytes.
  PtrToMapValue,
  /// ARG_PTR_TO_MAP_VALUE | PTR_MAYBE_NULL.
  PtrToMapValueOrNull,
  /// ARG_PTR_TO_MAP_VALUE | MEM_UNINIT | MEM_WRITE: value_size bytes the
  /// helper fills.
  PtrToUninitMapValue,
  /// ARG_PTR_TO_MEM: initialized memory that is not read-only.
  PtrToMem,
  /// ARG_PTR_TO_MEM | PTR_MAYBE_NULL.
  PtrToMemOrNull,
  /// ARG_PTR_TO_MEM | MEM_WRITE: initialized memory the helper writes.
  PtrToMemWrite,
  /// ARG_PTR_TO_MEM | MEM_RDONLY: memory the helper only reads.
  PtrToReadonlyMem,
  /// ARG_PTR_TO_MEM | PTR_MAYBE_NULL | MEM_RDONLY.
  PtrToReadonlyMemOrNull,
  /// ARG_PTR_TO_UNINIT_MEM: memory the helper fills (may be uninitialized).
  PtrToUninitMem,
  /// ARG_PTR_TO_FIXED_SIZE_MEM: ArgSize readable bytes, no size argument.
  PtrToFixedSizeMem,
  /// ARG_PTR_TO_FIXED_SIZE_MEM | MEM_UNINIT | MEM_WRITE | MEM_ALIGNED: an
  /// aligned slot of ArgSize (8) bytes the helper fills; ARG_PTR_TO_LONG
  /// before 6.12.
  PtrToLong,
  /// ARG_PTR_TO_FIXED_SIZE_MEM | MEM_WRITE | MEM_ALIGNED: an aligned,
  /// initialized slot of ArgSize (4) bytes the helper updates;
  /// ARG_PTR_TO_INT before 6.12.
  PtrToInt,
  /// ARG_CONST_SIZE: size of the preceding memory argument, not zero.
  ConstSize,
  /// ARG_CONST_SIZE_OR_ZERO.
  ConstSizeOrZero,
  /// ARG_CONST_ALLOC_SIZE_OR_ZERO: size of the memory R0 will point to.
  ConstAllocSizeOrZero,
  /// ARG_PTR_TO_CTX: the context pointer, without offset.
  PtrToCtx,
  /// ARG_PTR_TO_CTX | PTR_MAYBE_NULL.
  PtrToCtxOrNull,
  /// ARG_PTR_TO_SPIN_LOCK: the bpf_spin_lock in a map value.
  PtrToSpinLock,
  /// ARG_PTR_TO_SOCK_COMMON.
  PtrToSockCommon,
  /// ARG_PTR_TO_SOCKET (no 6.12 helper takes it without PTR_MAYBE_NULL).
  PtrToSocket,
  /// ARG_PTR_TO_SOCKET | PTR_MAYBE_NULL.
  PtrToSocketOrNull,
  /// ARG_PTR_TO_BTF_ID: a kernel struct, see HelperProto::ArgBtf.
  PtrToBtfId,
  /// ARG_PTR_TO_BTF_ID | PTR_MAYBE_NULL.
  PtrToBtfIdOrNull,
  /// ARG_PTR_TO_BTF_ID_SOCK_COMMON: any socket pointer.
  PtrToBtfIdSockCommon,
  /// ARG_PTR_TO_BTF_ID_SOCK_COMMON | PTR_MAYBE_NULL.
  PtrToBtfIdSockCommonOrNull,
  /// ARG_PTR_TO_PERCPU_BTF_ID.
  PtrToPercpuBtfId,
  /// ARG_PTR_TO_RINGBUF_MEM: memory returned by bpf_ringbuf_reserve().
  PtrToAllocMem,
  /// ARG_PTR_TO_FUNC: a callback subprogram.
  PtrToFunc,
  /// ARG_PTR_TO_STACK (no 6.12 helper takes it without PTR_MAYBE_NULL).
  PtrToStack,
  /// ARG_PTR_TO_STACK | PTR_MAYBE_NULL: context passed to a callback.
  PtrToStackOrNull,
  /// ARG_PTR_TO_CONST_STR: a NUL-terminated string in a read-only map.
  PtrToConstStr,
  /// ARG_PTR_TO_TIMER: the bpf_timer in a map value.
  PtrToTimer,
  /// ARG_KPTR_XCHG_DEST.
  KptrXchgDest,
  /// bpf_kptr_xchg()'s new value: ARG_PTR_TO_BTF_ID_OR_NULL | OBJ_RELEASE
  /// of the type the destination kptr field holds.
  KptrXchgValue,
  /// ARG_PTR_TO_DYNPTR | MEM_RDONLY: an initialized dynptr of any kind.
  PtrToDynptr,
  /// ARG_PTR_TO_DYNPTR | DYNPTR_TYPE_LOCAL | MEM_UNINIT: stack slots the
  /// helper turns into a local dynptr.
  PtrToUninitLocalDynptr,
  /// ARG_PTR_TO_DYNPTR | DYNPTR_TYPE_RINGBUF | MEM_UNINIT: stack slots the
  /// helper turns into a referenced ring buffer dynptr.
  PtrToUninitRingbufDynptr,
  /// ARG_PTR_TO_DYNPTR | DYNPTR_TYPE_RINGBUF: a ring buffer dynptr (released
  /// by the call).
  PtrToRingbufDynptr,
};

/// What R0 holds after the call (the kernel's bpf_return_type).
enum class RetType : uint8_t {
  /// RET_INTEGER: an unknown scalar.
  Integer,
  /// RET_VOID: R0 becomes unreadable.
  Void,
  /// RET_PTR_TO_MAP_VALUE.
  PtrToMapValue,
  /// RET_PTR_TO_MAP_VALUE_OR_NULL (but see MapTypes.h for map types whose
  /// lookup yields something else).
  PtrToMapValueOrNull,
  /// RET_PTR_TO_SOCKET_OR_NULL.
  PtrToSocketOrNull,
  /// RET_PTR_TO_TCP_SOCK_OR_NULL.
  PtrToTcpSockOrNull,
  /// RET_PTR_TO_SOCK_COMMON_OR_NULL.
  PtrToSockCommonOrNull,
  /// RET_PTR_TO_RINGBUF_MEM_OR_NULL: memory of the size given by the
  /// ConstAllocSizeOrZero argument.
  PtrToAllocMemOrNull,
  /// RET_PTR_TO_DYNPTR_MEM_OR_NULL.
  PtrToDynptrMemOrNull,
  /// RET_PTR_TO_MEM_OR_BTF_ID | MEM_RDONLY.
  PtrToMemOrBtfId,
  /// RET_PTR_TO_MEM_OR_BTF_ID | PTR_MAYBE_NULL | MEM_RDONLY.
  PtrToMemOrBtfIdOrNull,
  /// RET_PTR_TO_BTF_ID: a kernel struct, see HelperProto::RetBtf.
  PtrToBtfId,
  /// RET_PTR_TO_BTF_ID_OR_NULL.
  PtrToBtfIdOrNull,
  /// RET_PTR_TO_BTF_ID_TRUSTED.
  PtrToBtfIdTrusted,
};

/// Helpers taking a callback run it either before returning (loop,
/// for_each_map_elem, find_vma, user_ringbuf_drain) or later (timers).
enum class CallbackKind : uint8_t { None, Sync, Async };

constexpr unsigned MaxHelperArgs = 5;

struct HelperProto {
  unsigned Id;
  /// The kernel's name without the "bpf_" prefix, e.g. "map_lookup_elem".
  const char *Name;
  /// False: only Id and Name are known; every other field is meaningless.
  bool Modeled;
  RetType Ret;
  /// Args[0] is R1; unused arguments are DontCare.
  ArgType Args[MaxHelperArgs];
  /// Byte size for PtrToFixedSizeMem, PtrToLong and PtrToInt; else 0.
  uint32_t ArgSize[MaxHelperArgs];
  /// Kernel struct named by BTF for the PtrToBtfId* arguments that have a
  /// fixed one (e.g. "task_struct"); else nullptr.
  const char *ArgBtf[MaxHelperArgs];
  /// Kernel struct for PtrToBtfId* returns; else nullptr.
  const char *RetBtf;
  /// Non-GPL programs are refused with "cannot call GPL-restricted function
  /// from non-GPL compatible program".
  bool GplOnly;
  /// Memory arguments may point into the packet.
  bool PktAccess;
  /// The kernel's bpf_helper_changes_pkt_data(): all packet pointers are
  /// invalid after the call.
  bool ChangesPktData;
  /// The helper may sleep; a non-sleepable program calling it is refused
  /// with "helper call might sleep in a non-sleepable prog".
  bool MightSleep;
  /// R0 carries a new reference that must be released before exit
  /// (map_lookup_elem on sockmap/sockhash also acquires; see MapTypes.h).
  bool Acquires;
  /// R0 is derived from the socket in R1 and shares its reference, if any.
  bool CastsSocket;
  /// The kernel also consults a per-attach-target "allowed" callback; the
  /// call may be refused with "helper call is not allowed in probe".
  bool RestrictedByTarget;
  /// Index into Args of the argument whose reference the call releases, -1
  /// if none.
  int ReleasesArg;
  CallbackKind Callback;
  /// Non-null for a program-type-specific prototype (see HelperVariants.def
  /// and HelperAvailability.h): the variant's key, e.g. "get_stack_raw_tp".
  const char *Variant;

  /// Number of arguments (the index of the first DontCare).
  unsigned numArgs() const;
  /// Index into Args of the PtrToFunc argument, -1 if none.
  int callbackArg() const;
};

/// The default prototype of helper \p Id, or nullptr if the kernel has no
/// such helper. Never null for 1 <= Id < BPF_FUNC_MaxId.
const HelperProto *findHelper(unsigned Id);
/// Looks a helper up by name, with or without the "bpf_" prefix.
const HelperProto *findHelper(std::string_view Name);
/// A program-type-specific prototype by its key in HelperVariants.def
/// (e.g. "get_stack_raw_tp"), or nullptr.
const HelperProto *findHelperVariant(std::string_view Key);

/// "bpf_map_lookup_elem"; "unknown" for ids the kernel lacks, as the
/// kernel's func_id_name() prints them.
std::string helperDisplayName(unsigned Id);

/// Number of helpers with Modeled == true (default prototypes only).
unsigned numModeledHelpers();

const char *argTypeName(ArgType T);
const char *retTypeName(RetType T);

/// Arguments that point to memory whose size is given by the next argument.
bool isMemArg(ArgType T);
/// Arguments that are a size for the previous memory argument.
bool isSizeArg(ArgType T);
/// Arguments that may be NULL.
bool isNullableArg(ArgType T);

} // namespace model
} // namespace verifiable

#endif // VERIFIABLE_MODEL_HELPERS_H
