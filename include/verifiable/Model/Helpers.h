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
  DontCare,             // ARG_DONTCARE: argument unused
  Anything,             // ARG_ANYTHING: any initialized value
  Scalar,               // ARG_SCALAR: a scalar, not a pointer
  ConstMapPtr,          // ARG_CONST_MAP_PTR
  PtrToMapKey,          // ARG_PTR_TO_MAP_KEY: key_size readable bytes
  PtrToMapValue,        // ARG_PTR_TO_MAP_VALUE: value_size readable bytes
  PtrToMapValueOrNull,  // ARG_PTR_TO_MAP_VALUE | PTR_MAYBE_NULL
  PtrToUninitMapValue,  // ARG_PTR_TO_MAP_VALUE | MEM_UNINIT | MEM_WRITE
  PtrToMem,             // ARG_PTR_TO_MEM: initialized, writable memory
  PtrToMemOrNull,       // ARG_PTR_TO_MEM | PTR_MAYBE_NULL
  PtrToMemWrite,        // ARG_PTR_TO_MEM | MEM_WRITE: helper writes it
  PtrToReadonlyMem,     // ARG_PTR_TO_MEM | MEM_RDONLY: helper only reads
  PtrToReadonlyMemOrNull, // ARG_PTR_TO_MEM | PTR_MAYBE_NULL | MEM_RDONLY
  PtrToUninitMem,       // ARG_PTR_TO_UNINIT_MEM: helper fills it
  PtrToFixedSizeMem,    // ARG_PTR_TO_FIXED_SIZE_MEM: ArgSize readable bytes
  PtrToLong, // ARG_PTR_TO_FIXED_SIZE_MEM | MEM_UNINIT | MEM_WRITE |
             // MEM_ALIGNED: an aligned 8-byte slot the helper fills (was
             // ARG_PTR_TO_LONG before 6.12)
  PtrToInt,  // ARG_PTR_TO_FIXED_SIZE_MEM | MEM_WRITE | MEM_ALIGNED: an
             // aligned, initialized 4-byte slot the helper updates (was
             // ARG_PTR_TO_INT)
  ConstSize,            // ARG_CONST_SIZE: size of the preceding memory, > 0
  ConstSizeOrZero,      // ARG_CONST_SIZE_OR_ZERO
  ConstAllocSizeOrZero, // ARG_CONST_ALLOC_SIZE_OR_ZERO: size of memory R0
                        // will point to
  PtrToCtx,             // ARG_PTR_TO_CTX: the unmodified context pointer
  PtrToCtxOrNull,       // ARG_PTR_TO_CTX | PTR_MAYBE_NULL
  PtrToSpinLock,        // ARG_PTR_TO_SPIN_LOCK
  PtrToSockCommon,      // ARG_PTR_TO_SOCK_COMMON
  PtrToSocketOrNull,    // ARG_PTR_TO_SOCKET | PTR_MAYBE_NULL
  PtrToBtfId,           // ARG_PTR_TO_BTF_ID: see HelperProto::ArgBtf
  PtrToBtfIdOrNull,     // ARG_PTR_TO_BTF_ID | PTR_MAYBE_NULL
  PtrToBtfIdSockCommon, // ARG_PTR_TO_BTF_ID_SOCK_COMMON: any socket pointer
  PtrToBtfIdSockCommonOrNull, // ... | PTR_MAYBE_NULL
  PtrToPercpuBtfId,     // ARG_PTR_TO_PERCPU_BTF_ID
  PtrToAllocMem,        // ARG_PTR_TO_RINGBUF_MEM: memory from ringbuf_reserve
  PtrToFunc,            // ARG_PTR_TO_FUNC: a callback subprogram
  PtrToStackOrNull,     // ARG_PTR_TO_STACK | PTR_MAYBE_NULL: callback context
  PtrToConstStr,        // ARG_PTR_TO_CONST_STR: NUL-terminated, read-only map
  PtrToTimer,           // ARG_PTR_TO_TIMER: a bpf_timer in a map value
  KptrXchgDest,         // ARG_KPTR_XCHG_DEST
  PtrToDynptr,          // ARG_PTR_TO_DYNPTR | MEM_RDONLY: initialized dynptr
  PtrToUninitLocalDynptr,   // ... | DYNPTR_TYPE_LOCAL | MEM_UNINIT: on stack
  PtrToUninitRingbufDynptr, // ... | DYNPTR_TYPE_RINGBUF | MEM_UNINIT
  PtrToRingbufDynptr,       // ... | DYNPTR_TYPE_RINGBUF (released)
};

/// What R0 holds after the call (the kernel's bpf_return_type).
enum class RetType : uint8_t {
  Integer,               // RET_INTEGER: an unknown scalar
  Void,                  // RET_VOID: R0 becomes unreadable
  PtrToMapValue,         // RET_PTR_TO_MAP_VALUE
  PtrToMapValueOrNull,   // RET_PTR_TO_MAP_VALUE_OR_NULL
  PtrToSocketOrNull,     // RET_PTR_TO_SOCKET_OR_NULL
  PtrToTcpSockOrNull,    // RET_PTR_TO_TCP_SOCK_OR_NULL
  PtrToSockCommonOrNull, // RET_PTR_TO_SOCK_COMMON_OR_NULL
  PtrToAllocMemOrNull,   // RET_PTR_TO_RINGBUF_MEM_OR_NULL: size from the
                         // ConstAllocSizeOrZero argument
  PtrToDynptrMemOrNull,  // RET_PTR_TO_DYNPTR_MEM_OR_NULL
  PtrToMemOrBtfId,       // RET_PTR_TO_MEM_OR_BTF_ID | MEM_RDONLY
  PtrToMemOrBtfIdOrNull, // ... | PTR_MAYBE_NULL
  PtrToBtfId,            // RET_PTR_TO_BTF_ID: see HelperProto::RetBtf
  PtrToBtfIdOrNull,      // RET_PTR_TO_BTF_ID_OR_NULL
  PtrToBtfIdTrusted,     // RET_PTR_TO_BTF_ID_TRUSTED
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
  /// Args[0] is R1.
  ArgType Args[MaxHelperArgs];
  /// Byte size for PtrToFixedSizeMem, PtrToLong and PtrToInt; else 0.
  uint32_t ArgSize[MaxHelperArgs];
  /// Kernel struct named by BTF for the PtrToBtfId* arguments that have a
  /// fixed one (e.g. "task_struct"); else nullptr.
  const char *ArgBtf[MaxHelperArgs];
  /// Kernel struct for PtrToBtfId* returns; else nullptr.
  const char *RetBtf;
  bool GplOnly;
  /// Memory arguments may point into the packet.
  bool PktAccess;
  /// The kernel's bpf_helper_changes_pkt_data(): all packet pointers are
  /// invalid after the call.
  bool ChangesPktData;
  /// may sleep: only allowed in sleepable programs.
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
