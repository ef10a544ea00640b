//===- GraphKfuncs.cpp - bpf_list_* and bpf_rbtree_* kfuncs ---------------===//
//
// The kernel's graph API: a bpf_list_head or bpf_rb_root of a map value or
// global, tagged `__contains(type, node)`, holds objects of a struct of the
// program's own BTF through their bpf_list_node or bpf_rb_node. Every graph
// kfunc needs the bpf_spin_lock of the root's own allocation held
// (__process_kf_arg_ptr_to_graph_root()). A push (bpf_list_push_*_impl,
// bpf_rbtree_add_impl) takes an owning reference to the node's object, and
// the pointer stays usable as a non-owning reference until the unlock
// (ref_convert_owning_non_owning(), invalidate_non_owning_refs()); a pop or
// bpf_rbtree_remove() hands out an owning, maybe-NULL reference, and
// bpf_rbtree_first() a non-owning one. 6.18's bpf_rbtree_remove() takes a
// non-owning node or an owning one, which stays owned (measured).
// bpf_rbtree_add_impl() calls its `less` callback with two non-owning node
// pointers, under the lock. Roots in program-allocated objects are not
// modelled. Messages as the 6.18 kernel words them.
//
//===----------------------------------------------------------------------===//
#include "Explorer.h"
#include "Graphs.h"
#include "LocalObjects.h"
#include "Messages.h"
#include "References.h"
#include "StackDepth.h"
#include "StateWalk.h"
#include "Subprograms.h"
#include "TransferEnv.h"

#include <bpf/btf.h>

using namespace verifiable;
using namespace verifiable::analysis;
using bpf::SpecialField;

bool analysis::isGraphKfunc(const std::string &Name) {
  return Name == "bpf_list_push_front_impl" ||
         Name == "bpf_list_push_back_impl" || Name == "bpf_list_pop_front" ||
         Name == "bpf_list_pop_back" || Name == "bpf_rbtree_add_impl" ||
         Name == "bpf_rbtree_first" || Name == "bpf_rbtree_remove";
}

bool analysis::isGraphApiKfunc(const std::string &Name) {
  return isGraphKfunc(Name) || Name == "bpf_refcount_acquire_impl";
}

static bool isListKfunc(const std::string &Name) {
  return Name.rfind("bpf_list_", 0) == 0;
}

bool analysis::inRbtreeCallback(TransferEnv &E, const VerifierState &S) {
  for (const FrameState &F : S.Frames)
    if (F.InCallback && F.CallSite >= 0) {
      const bpf::Insn &I = E.Image.insn(F.CallSite);
      if (I.isKfuncCall() && I.Ref.Name == "bpf_rbtree_add_impl")
        return true;
    }
  return false;
}

/// The byte offset of member \p Member of the local struct \p T.
static std::optional<uint32_t> memberOffset(const struct btf *B,
                                            const bpf::LocalType &T,
                                            const std::string &Member) {
  const struct btf_type *BT = btf__type_by_id(B, T.BtfId);
  if (!BT || !btf_is_struct(BT))
    return std::nullopt;
  const struct btf_member *M = btf_members(BT);
  for (int I = 0; I < btf_vlen(BT); ++I, ++M) {
    const char *Name = btf__name_by_offset(B, M->name_off);
    if (Name && Member == Name)
      return btf_member_bit_offset(BT, I) / 8;
  }
  return std::nullopt;
}

/// The local struct named \p Name, if the program defines it.
static const bpf::LocalType *localStruct(TransferEnv &E,
                                         const std::string &Name) {
  for (const bpf::LocalType &L : E.Prog.LocalTypes)
    if (L.Name == Name && L.IsStruct && L.BtfId)
      return &L;
  return nullptr;
}

GraphRecord analysis::graphRecordOf(TransferEnv &E, const bpf::MapDef &M) {
  const struct btf *B = nullptr;
  for (const SpecialField &Root : M.Fields) {
    if (Root.K != SpecialField::ListHead && Root.K != SpecialField::RbRoot)
      continue;
    if (Root.ContainsType.empty())
      return GraphRecord::Invalid; // no `__contains` tag (measured)
    // The front-end adds every contained struct the debug info defines; one
    // it does not define is not in the object's BTF either.
    const bpf::LocalType *T = localStruct(E, Root.ContainsType);
    if (!T) {
      bool Named = false;
      for (const bpf::LocalType &L : E.Prog.LocalTypes)
        Named |= L.Name == Root.ContainsType;
      if (Named)
        return GraphRecord::Unknown;
      return GraphRecord::Invalid;
    }
    // A struct only the debug info defines (a local variable's type, say)
    // may not be in the object's BTF, which holds what relocations,
    // globals and function prototypes reach; bpf_obj_new()'s relocation
    // puts it there. Only its direct member `node` matters here, so a
    // struct the engine does not model otherwise is checked too.
    if (!T->TypeIdValue || !(B = B ? B : localBtf(E)))
      return GraphRecord::Unknown;
    std::optional<uint32_t> Off = memberOffset(B, *T, Root.ContainsNode);
    if (!Off)
      return GraphRecord::Invalid;
    SpecialField::Kind NodeKind = Root.K == SpecialField::ListHead
                                      ? SpecialField::ListNode
                                      : SpecialField::RbNode;
    bool IsNode = false;
    for (const SpecialField &F : T->Fields)
      IsNode |= F.K == NodeKind && F.Offset == *Off;
    if (!IsNode)
      return GraphRecord::Invalid;
  }
  return GraphRecord::Valid;
}

/// The local struct a root contains and its node's offset, or a verdict.
static bool containedType(TransferEnv &E, KfuncCall &K,
                          const SpecialField &Root) {
  if (Root.ContainsType.empty())
    return E.unknown(std::string("a ") + Root.name() +
                     " without a __contains tag is not modelled");
  const struct btf *B = localBtf(E);
  const bpf::LocalType *T = localStruct(E, Root.ContainsType);
  if (!T || !B)
    return E.unknown("the struct " + Root.ContainsType +
                     " a graph root contains is not known");
  if (!T->Unmodelled.empty())
    return E.unknown(T->Unmodelled);
  std::optional<uint32_t> Off = memberOffset(B, *T, Root.ContainsNode);
  SpecialField::Kind NodeKind = Root.K == SpecialField::ListHead
                                    ? SpecialField::ListNode
                                    : SpecialField::RbNode;
  bool IsNode = false;
  for (const SpecialField &F : T->Fields)
    IsNode |= Off && F.K == NodeKind && F.Offset == *Off;
  if (!IsNode)
    return E.unknown("the node " + Root.ContainsNode + " of struct " + T->Name +
                     " a graph root contains is not modelled");
  K.GraphValue = T;
  K.GraphNodeOff = *Off;
  return true;
}

/// Whether check_func_arg_reg_off() lets \p R through to the argument's own
/// checks (as far as the engine knows it does).
static bool offsetsPass(const RegState &R) {
  if (R.isScalar() || R.Type == RegType::MapValue || R.Type == RegType::Stack)
    return true;
  return R.Off == 0 && R.Var.isConst() && R.Var.constValue() == 0;
}

/// R1: the list head or tree root, in a map value whose lock is held.
static bool checkRootArg(TransferEnv &E, Path &P, KfuncCall &K, int Regno,
                         SpecialField::Kind Kind) {
  const RegState &R = P.State.reg(Regno);
  std::string Arg = std::to_string(Regno - 1);
  std::string Name = SpecialField::nameOf(Kind);
  // 6.18 treats the graph kfuncs' pointers as trusted arguments.
  if (R.isKnownZero() || R.maybeNull())
    return E.reject("Possibly NULL pointer passed to trusted arg" + Arg);
  if (R.Type == RegType::BtfId && (R.Flags & MemAlloc))
    return E.unknown(Name + " in a program-allocated object is not modelled");
  if (R.Type != RegType::MapValue) {
    if (!offsetsPass(R))
      return E.unknown("a " + R.typeName() + " passed as the " + Name +
                       " of kfunc '" + K.Name + "' is not modelled");
    return E.reject("arg#" + Arg +
                    " expected pointer to map value or allocated object");
  }
  if (!R.Var.isConst())
    return E.reject(regName(Regno) + " doesn't have constant offset. " + Name +
                    " has to be at the constant offset");
  const bpf::MapDef *M = R.Map;
  if (!M)
    return E.unknown(Name + " in a map value of an unknown map");
  int64_t Off = static_cast<int64_t>(R.Var.constValue()) + R.Off;
  switch (graphRecordOf(E, *M)) {
  case GraphRecord::Valid:
    break;
  case GraphRecord::Invalid:
    return E.reject(Name + " not found at offset=" + std::to_string(Off));
  case GraphRecord::Unknown:
    return E.unknown("the special fields of map '" + M->Name +
                     "' are not modelled");
  }
  const SpecialField *Root = nullptr;
  for (const SpecialField &F : M->Fields)
    if (F.K == Kind && F.Offset == Off)
      Root = &F;
  // The kernel's `not found at offset` only where the front-end is sure
  // to have read every field (it stops at 64 array elements and 8 levels).
  if (!Root)
    return E.unknown(Name + " at offset " + std::to_string(Off) + " of map '" +
                     M->Name + "' is not modelled");
  const SpecialField *Lock = M->findField(SpecialField::SpinLock);
  if (!Lock)
    return E.unknown("a " + Name + " without a bpf_spin_lock is not modelled");
  const VerifierState &S = P.State;
  if (S.holdsLock() && (S.LockMap != M || S.LockId != R.Id))
    return E.reject("held lock and object are not in the same allocation");
  if (!S.holdsLock()) {
    return E.reject("bpf_spin_lock at off=" + std::to_string(Lock->Offset) +
                    " must be held for " + Name);
  }
  K.GraphRoot = Root;
  return containedType(E, K, *Root);
}

/// R2: the node, of an object of the struct the root contains.
static bool checkNodeArg(TransferEnv &E, Path &P, KfuncCall &K, int Regno,
                         SpecialField::Kind Kind) {
  const RegState &R = P.State.reg(Regno);
  std::string Arg = std::to_string(Regno - 1);
  std::string Name = SpecialField::nameOf(Kind);
  std::string RootName =
      Kind == SpecialField::ListNode ? "bpf_list_head" : "bpf_rb_root";
  bool Remove = K.Name == "bpf_rbtree_remove";
  if (R.isKnownZero() || R.maybeNull())
    return E.reject("Possibly NULL pointer passed to trusted arg" + Arg);
  // check_func_arg_reg_off() first: MEM_ALLOC, with or without NON_OWN_REF
  // (and MEM_RCU with it), may have a fixed offset.
  bool NonOwning = isAllocObj(R) && (R.Flags & NonOwnRef);
  bool FixedOffOk = isAllocObj(R) && !(R.Flags & (MemPercpu | BtfUntrusted)) &&
                    (NonOwning || !(R.Flags & BtfRcu));
  if (FixedOffOk ? (R.Off < 0 || !R.Var.isConst() || R.Var.constValue())
                 : !offsetsPass(R))
    return E.unknown("a " + R.typeName() + " passed as the " + Name +
                     " of kfunc '" + K.Name + "' is not modelled");
  if (Remove) {
    // 6.18 takes an owning reference too, which stays owned.
    if (!NonOwning && !R.RefObjId)
      return E.reject("bpf_rbtree_remove can only take non-owning or "
                      "refcounted bpf_rb_node pointer");
    if (inRbtreeCallback(E, P.State))
      return E.reject("bpf_rbtree_remove not allowed in rbtree cb");
    if (!FixedOffOk)
      return E.unknown("a " + R.typeName() +
                       " passed to bpf_rbtree_remove is not modelled");
  } else {
    if (!FixedOffOk || NonOwning || (R.Flags & BtfRcu))
      return E.reject("arg#" + Arg + " expected pointer to allocated object");
    if (!R.RefObjId)
      return E.reject("allocated object must be referenced");
  }
  const bpf::LocalType *T = localTypeOf(E, R);
  if (!T || !T->Unmodelled.empty())
    return E.unknown("the object passed to " + K.Name + " is not modelled");
  uint32_t NodeOff = static_cast<uint32_t>(R.Off);
  bool Found = false;
  for (const SpecialField &F : T->Fields)
    Found |= F.K == Kind && F.Offset == NodeOff;
  if (!Found)
    return E.reject(Name + " not found at offset=" + std::to_string(NodeOff));
  if (!K.GraphValue)
    return E.unknown("a graph node without its root");
  if (T != K.GraphValue)
    return E.reject("operation on " + RootName + " expects arg#1 " + Name +
                    " at offset=" + std::to_string(K.GraphNodeOff) +
                    " in struct " + K.GraphValue->Name +
                    ", but arg is at offset=" + std::to_string(NodeOff) +
                    " in struct " + T->Name);
  if (NodeOff != K.GraphNodeOff)
    return E.reject("arg#1 offset=" + std::to_string(NodeOff) +
                    ", but expected " + Name + " at offset=" +
                    std::to_string(K.GraphNodeOff) + " in struct " + T->Name);
  if (R.RefObjId)
    K.RefObjId = R.RefObjId;
  return true;
}

bool analysis::checkGraphArg(TransferEnv &E, Path &P, KfuncCall &K, int Regno) {
  bool List = isListKfunc(K.Name);
  SpecialField::Kind Root =
      List ? SpecialField::ListHead : SpecialField::RbRoot;
  SpecialField::Kind Node =
      List ? SpecialField::ListNode : SpecialField::RbNode;
  if (Regno == 1)
    return checkRootArg(E, P, K, Regno, Root);
  if (Regno == 2)
    return checkNodeArg(E, P, K, Regno, Node);
  if (Regno == 3 && K.Name == "bpf_rbtree_add_impl") {
    const RegState &R = P.State.reg(Regno);
    if (R.Type != RegType::Func)
      return E.reject("arg2 expected pointer to func");
    K.Callback = R.Callee;
    return true;
  }
  return E.unknown("argument " + std::to_string(Regno - 1) + " of kfunc '" +
                   K.Name + "' is not modelled");
}

/// R1 or R2 of the `less` callback: a non-owning node of the contained
/// struct (mark_reg_graph_node(), ref_set_non_owning()).
static RegState graphNode(const KfuncCall &K, uint16_t Flags) {
  RegState R = allocObjPointer(*K.GraphValue, Flags);
  R.Off = static_cast<int32_t>(K.GraphNodeOff);
  return R;
}

static bool isRefcounted(const bpf::LocalType &T) {
  for (const SpecialField &F : T.Fields)
    if (F.K == SpecialField::Refcount)
      return true;
  return false;
}

/// The flags ref_set_non_owning() adds to an object of \p T.
static uint16_t nonOwningFlags(const bpf::LocalType &T) {
  return NonOwnRef | (isRefcounted(T) ? BtfRcu : 0);
}

/// Queues `less` in a new frame, in the state of the call (the kernel's
/// push_callback_call() with set_rbtree_add_callback_state()).
static bool pushLessCallback(TransferEnv &E, Path &P, const KfuncCall &K) {
  FrameState Callee;
  uint16_t Flags = nonOwningFlags(*K.GraphValue);
  Callee.Regs[1] = graphNode(K, Flags);
  Callee.Regs[2] = graphNode(K, Flags);
  return pushSyncCallback(E, P, K.Callback, std::move(Callee));
}

bool analysis::finishGraphArgs(TransferEnv &E, Path &P, const KfuncCall &K) {
  bool Push = K.Name == "bpf_list_push_front_impl" ||
              K.Name == "bpf_list_push_back_impl" ||
              K.Name == "bpf_rbtree_add_impl";
  if (K.Name == "bpf_rbtree_add_impl" && !pushLessCallback(E, P, K))
    return false;
  if (!Push)
    return true;
  // ref_convert_owning_non_owning(), then release_reference().
  uint32_t Id = P.State.reg(2).RefObjId;
  if (!Id || !K.GraphValue)
    return E.unknown("a push of an object without a reference");
  uint16_t Flags = nonOwningFlags(*K.GraphValue);
  forEachReg(P.State, [&](RegState &R) {
    if (R.RefObjId == Id) {
      R.RefObjId = 0;
      R.Flags |= Flags;
    }
  });
  if (!releaseReference(E, P.State, Id))
    return E.unknown("a push of an object whose reference is not held");
  return true;
}

bool analysis::graphResult(TransferEnv &E, Path &P, const KfuncCall &K,
                           RegState &R0) {
  if (!K.GraphValue)
    return E.unknown("the result of " + K.Name + " is not modelled");
  R0 = graphNode(K, MaybeNull);
  // KF_RET_NULL takes an id; KF_ACQUIRE a reference that replaces it.
  R0.Id = E.newId();
  if (K.Name == "bpf_rbtree_first") {
    R0.Flags |= nonOwningFlags(*K.GraphValue);
    return true;
  }
  uint32_t Id = acquireReference(E, P.State, P.Pc);
  R0.Id = Id;
  R0.RefObjId = Id;
  return true;
}

void analysis::invalidateNonOwningRefs(TransferEnv &E, VerifierState &S) {
  forEachReg(S, [&](RegState &R) {
    if (R.Type == RegType::BtfId && (R.Flags & NonOwnRef))
      R = E.privileged() ? RegState::unknownScalar() : RegState::notInit();
  });
}
