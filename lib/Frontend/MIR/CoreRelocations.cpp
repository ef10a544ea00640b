//===- CoreRelocations.cpp - CO-RE instructions as libbpf loads them ------===//
//
// The relocation global's name says what the program asks
// ("llvm.<type>:<kind>:<local value>$<access string>", or
// "llvm.btf_type_id.<n>$<kind>"), and its preserve_access_index metadata is
// the local type. The access string is walked through the local debug-info
// type to get member names, which model::resolveCore matches in the target
// BTF as libbpf does. The patched instruction is what BTFDebug would emit
// with the target's value instead of the local one.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Frontend/CoreRelocations.h"
#include "CoreLocalBtf.h"
#include "DebugTypes.h"
#include "verifiable/Frontend/LocalTypes.h"
#include "verifiable/Model/CoreRelocation.h"

#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/CodeGen/MachineInstr.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/MC/MCInstrInfo.h"

#include <bpf/btf.h>

using namespace llvm;
using namespace verifiable;
using model::CoreKind;
using model::CoreLocalSpec;
using model::CoreLocalType;
using model::CoreResolution;

CoreRelocations::CoreRelocations(const MCInstrInfo &MII,
                                 model::TargetBtf &Target,
                                 LocalTypeTable *Locals)
    : MII(MII), Target(Target), Locals(Locals) {
  PendingSize = 0;
  PendingAdjustable = false;
  CoreLd64 = opcode("CORE_LD64");
  CoreLd32 = opcode("CORE_LD32");
  CoreSt = opcode("CORE_ST");
  CoreShift = opcode("CORE_SHIFT");
  LdImm64 = opcode("LD_imm64");
  MovRi = opcode("MOV_ri");
  Call = opcode("JAL");
}

unsigned CoreRelocations::opcode(const char *Name) const {
  for (unsigned I = 0, N = MII.getNumOpcodes(); I < N; ++I)
    if (MII.getName(I) == Name)
      return I;
  return ~0u;
}

namespace {

/// A local type during the walk: an array type with several dimensions is
/// indexed one dimension at a time, as BTF nests them.
struct LocalCursor {
  const DIType *T = nullptr;
  unsigned Dim = 0;
};

CoreLocalType describe(LocalCursor C) {
  CoreLocalType L;
  const DIType *T = stripQualifiers(C.T);
  if (!T)
    return L;
  if (const auto *B = dyn_cast<DIBasicType>(T)) {
    L.Kind = B->getEncoding() == dwarf::DW_ATE_float ? CoreLocalType::Float
                                                     : CoreLocalType::Int;
  } else if (const auto *D = dyn_cast<DIDerivedType>(T)) {
    if (D->getTag() == dwarf::DW_TAG_pointer_type)
      L.Kind = CoreLocalType::Pointer;
  } else if (isa<DISubroutineType>(T)) {
    L.Kind = CoreLocalType::Func;
  } else if (const auto *CT = dyn_cast<DICompositeType>(T)) {
    switch (CT->getTag()) {
    case dwarf::DW_TAG_structure_type:
      L.Kind = CoreLocalType::Struct;
      break;
    case dwarf::DW_TAG_union_type:
      L.Kind = CoreLocalType::Union;
      break;
    case dwarf::DW_TAG_enumeration_type:
      L.Kind = CoreLocalType::Enum;
      L.Name = CT->getName().str();
      break;
    case dwarf::DW_TAG_array_type: {
      L.Kind = CoreLocalType::Array;
      LocalCursor Elem{CT->getBaseType(), 0};
      if (C.Dim + 1 < CT->getElements().size())
        Elem = LocalCursor{CT, C.Dim + 1};
      L.Elem = std::make_shared<CoreLocalType>(describe(Elem));
      break;
    }
    default:
      break;
    }
  }
  return L;
}

unsigned btfKindOf(const DIType *T) {
  if (const auto *D = dyn_cast_or_null<DIDerivedType>(T)) {
    switch (D->getTag()) {
    case dwarf::DW_TAG_typedef:
      return BTF_KIND_TYPEDEF;
    case dwarf::DW_TAG_pointer_type:
      return BTF_KIND_PTR;
    case dwarf::DW_TAG_const_type:
      return BTF_KIND_CONST;
    case dwarf::DW_TAG_volatile_type:
      return BTF_KIND_VOLATILE;
    default:
      return BTF_KIND_UNKN;
    }
  }
  if (const auto *B = dyn_cast_or_null<DIBasicType>(T))
    return B->getEncoding() == dwarf::DW_ATE_float ? BTF_KIND_FLOAT
                                                   : BTF_KIND_INT;
  if (const auto *CT = dyn_cast_or_null<DICompositeType>(T)) {
    switch (CT->getTag()) {
    case dwarf::DW_TAG_structure_type:
      return BTF_KIND_STRUCT;
    case dwarf::DW_TAG_union_type:
      return BTF_KIND_UNION;
    case dwarf::DW_TAG_enumeration_type:
      return BTF_KIND_ENUM;
    case dwarf::DW_TAG_array_type:
      return BTF_KIND_ARRAY;
    default:
      break;
    }
  }
  return BTF_KIND_UNKN;
}

/// The members BTF records for a struct or union: non-static data members.
SmallVector<const DIDerivedType *, 16> membersOf(const DICompositeType *CT) {
  SmallVector<const DIDerivedType *, 16> Members;
  for (const DINode *N : CT->getElements())
    if (const auto *M = dyn_cast_or_null<DIDerivedType>(N))
      if (M->getTag() == dwarf::DW_TAG_member && !M->isStaticMember())
        Members.push_back(M);
  return Members;
}

/// Fills \p Spec's steps from access string \p Access through \p Root.
bool walkLocal(const DIType *Root, StringRef Access, CoreLocalSpec &Spec,
               std::string &Why) {
  SmallVector<StringRef, 8> Parts;
  Access.split(Parts, ':');
  if (Parts.empty() || Parts[0].getAsInteger(10, Spec.FirstIndex)) {
    Why = "malformed CO-RE access string '" + Access.str() + "'";
    return false;
  }
  LocalCursor C{Root, 0};
  for (StringRef P : ArrayRef<StringRef>(Parts).drop_front()) {
    unsigned Index;
    if (P.getAsInteger(10, Index)) {
      Why = "malformed CO-RE access string '" + Access.str() + "'";
      return false;
    }
    // Past the first dimension, C.T is the array type itself.
    const auto *CT =
        dyn_cast_or_null<DICompositeType>(C.Dim ? C.T : stripQualifiers(C.T));
    model::CoreStep S;
    if (CT && (CT->getTag() == dwarf::DW_TAG_structure_type ||
               CT->getTag() == dwarf::DW_TAG_union_type)) {
      auto Members = membersOf(CT);
      if (Index >= Members.size()) {
        Why =
            "CO-RE access string '" + Access.str() + "' leaves its local type";
        return false;
      }
      S.IsMember = true;
      S.MemberName = Members[Index]->getName().str();
      C = LocalCursor{Members[Index]->getBaseType(), 0};
    } else if (CT && CT->getTag() == dwarf::DW_TAG_array_type) {
      S.IsMember = false;
      S.ArrayIndex = Index;
      if (C.Dim + 1 < CT->getElements().size())
        C = LocalCursor{CT, C.Dim + 1};
      else
        C = LocalCursor{CT->getBaseType(), 0};
    } else {
      Why = "CO-RE access string '" + Access.str() +
            "' indexes a type that is neither a struct, a union nor an array";
      return false;
    }
    S.Type = describe(C);
    Spec.Steps.push_back(std::move(S));
  }
  // libbpf changes a load's size only when the local and the target field
  // sizes differ.
  const DIType *Last = C.Dim ? nullptr : stripQualifiers(C.T);
  Spec.LocalByteSize = Last && Last->getSizeInBits() % 8 == 0
                           ? static_cast<uint32_t>(Last->getSizeInBits() / 8)
                           : 0;
  if (!Spec.Steps.empty() && Spec.Steps.back().IsMember &&
      Spec.Steps.back().MemberName.empty()) {
    Why = "CO-RE access to an anonymous member is not modelled";
    return false;
  }
  return true;
}

/// The relocation a global stands for; false when it is not one.
bool parseGlobal(const GlobalVariable &GV, CoreLocalSpec &Spec,
                 std::string &Why, bool &IsCore) {
  IsCore = GV.hasAttribute("btf_ama") || GV.hasAttribute("btf_type_id");
  if (!IsCore)
    return false;
  const auto *Root = dyn_cast_or_null<DIType>(
      GV.getMetadata(LLVMContext::MD_preserve_access_index));
  if (!Root) {
    Why = "CO-RE relocation '" + GV.getName().str() + "' has no local type";
    return false;
  }
  StringRef Name = GV.getName();
  auto [Head, Access] = Name.split('$');
  unsigned Kind;
  if (Head.consume_front("llvm.btf_type_id.")) {
    if (Access.getAsInteger(10, Kind)) {
      Why = "malformed CO-RE relocation '" + Name.str() + "'";
      return false;
    }
    Access = "0";
  } else {
    // llvm.<type>:<kind>:<local value>
    auto [Rest, LocalValue] = Head.rsplit(':');
    auto [TypePart, KindText] = Rest.rsplit(':');
    (void)TypePart;
    if (KindText.getAsInteger(10, Kind)) {
      Why = "malformed CO-RE relocation '" + Name.str() + "'";
      return false;
    }
  }
  if (Kind > static_cast<unsigned>(CoreKind::TypeMatches)) {
    Why = "unknown CO-RE relocation kind in '" + Name.str() + "'";
    return false;
  }
  Spec.Kind = static_cast<CoreKind>(Kind);
  Spec.Access = Access.str();
  Spec.RootName = Root->getName().str();
  Spec.RootBtfKind = btfKindOf(Root);
  if (model::isEnumValueKind(Spec.Kind)) {
    const auto *Enum = dyn_cast_or_null<DICompositeType>(stripQualifiers(Root));
    unsigned Index;
    if (!Enum || Access.getAsInteger(10, Index) ||
        Index >= Enum->getElements().size()) {
      Why = "CO-RE enum relocation '" + Name.str() + "' is not modelled";
      return false;
    }
    const auto *E = dyn_cast<DIEnumerator>(Enum->getElements()[Index]);
    if (!E) {
      Why = "CO-RE enum relocation '" + Name.str() + "' is not modelled";
      return false;
    }
    Spec.Enumerator = E->getName().str();
    return true;
  }
  if (model::isFieldKind(Spec.Kind))
    return walkLocal(Root, Access, Spec, Why);
  if (Spec.Kind == CoreKind::TypeMatches) {
    Spec.LocalBtf = writeCoreLocalType(Root, Spec.LocalRootId);
    if (!Spec.LocalBtf) {
      Why = "CO-RE type match of '" + Spec.RootName +
            "': its local type cannot be written as BTF";
      return false;
    }
  }
  return true;
}

unsigned bpfSizeBits(unsigned Bytes) {
  switch (Bytes) {
  case 1:
    return 0x10;
  case 2:
    return 0x08;
  case 4:
    return 0x00;
  case 8:
    return 0x18;
  default:
    return ~0u;
  }
}

} // namespace

CoreRelocations::Outcome CoreRelocations::lower(const MachineInstr &MI,
                                                SmallVectorImpl<MCInst> &Out) {
  unsigned Op = MI.getOpcode();
  bool IsMem = Op == CoreLd64 || Op == CoreLd32 || Op == CoreSt;
  bool IsShift = Op == CoreShift;
  const GlobalVariable *GV = nullptr;
  if (IsMem || IsShift) {
    if (MI.getNumOperands() < 4 || !MI.getOperand(3).isGlobal())
      return NotCore;
    GV = dyn_cast<GlobalVariable>(MI.getOperand(3).getGlobal());
  } else if (Op == LdImm64 && MI.getNumOperands() >= 2 &&
             MI.getOperand(1).isGlobal()) {
    GV = dyn_cast<GlobalVariable>(MI.getOperand(1).getGlobal());
  }
  if (!GV)
    return NotCore;

  CoreLocalSpec Spec;
  bool IsCore = false;
  std::string Why;
  if (!parseGlobal(*GV, Spec, Why, IsCore)) {
    if (!IsCore)
      return NotCore;
    Problem = Why;
    return Failed;
  }
  if (Spec.Kind == CoreKind::TypeIdLocal)
    return lowerTypeIdLocal(MI, *GV, Out);
  CoreResolution R = model::resolveCore(Spec, Target);
  if (R.Status == CoreResolution::Unresolved) {
    Problem = R.Why;
    return Failed;
  }

  auto poison = [&](unsigned Slots) {
    PendingPoisonIndex = recordPoisoned(Spec);
    PendingPoisonSlots = Slots;
    for (unsigned I = 0; I < Slots; ++I) {
      MCInst Inst;
      Inst.setOpcode(Call);
      Inst.addOperand(MCOperand::createImm(model::CorePoisonHelperId));
      Out.push_back(Inst);
    }
    return Lowered;
  };

  if (Op == LdImm64) {
    // BTFDebug keeps a ld_imm64 for enum values and type ids, and emits
    // "mov dst, imm" for the other kinds.
    bool Wide = model::isEnumValueKind(Spec.Kind) ||
                Spec.Kind == CoreKind::TypeIdLocal ||
                Spec.Kind == CoreKind::TypeIdTarget;
    if (R.Status == CoreResolution::Poisoned)
      return poison(Wide ? 2 : 1);
    MCInst Inst;
    Inst.setOpcode(Wide ? LdImm64 : MovRi);
    Inst.addOperand(MCOperand::createReg(MI.getOperand(0).getReg()));
    Inst.addOperand(MCOperand::createImm(static_cast<int64_t>(R.Value)));
    Out.push_back(Inst);
    return Lowered;
  }

  if (R.Status == CoreResolution::Poisoned)
    return poison(1);
  unsigned RealOp = MI.getOperand(1).getImm();
  MCInst Inst;
  Inst.setOpcode(RealOp);
  const MachineOperand &First = MI.getOperand(0);
  Inst.addOperand(First.isImm() ? MCOperand::createImm(First.getImm())
                                : MCOperand::createReg(First.getReg()));
  Inst.addOperand(MCOperand::createReg(MI.getOperand(2).getReg()));
  Inst.addOperand(MCOperand::createImm(static_cast<int64_t>(R.Value)));
  Out.push_back(Inst);
  if (IsMem && Spec.Kind == CoreKind::FieldByteOffset) {
    // Same field size locally and in the target: libbpf leaves the load's
    // own size alone, whatever it is.
    PendingSize = R.FieldByteSize == Spec.LocalByteSize ? 0 : R.FieldByteSize;
    PendingAdjustable = R.SizeAdjustable;
    PendingSpec = Spec;
  }
  return Lowered;
}

/// The object's own BTF id of a type: libbpf leaves it alone, but BTFDebug
/// assigns it after the plugin runs, so the engine's program loads a
/// synthetic constant the engine maps back to the type (LocalType.h).
CoreRelocations::Outcome
CoreRelocations::lowerTypeIdLocal(const MachineInstr &MI,
                                  const GlobalVariable &GV,
                                  SmallVectorImpl<MCInst> &Out) {
  const auto *Root = dyn_cast_or_null<DIType>(
      GV.getMetadata(LLVMContext::MD_preserve_access_index));
  if (!Locals || !Root || MI.getOpcode() != LdImm64) {
    Problem = "CO-RE relocation kind 6 is not modelled here";
    return Failed;
  }
  MCInst Inst;
  Inst.setOpcode(LdImm64);
  Inst.addOperand(MCOperand::createReg(MI.getOperand(0).getReg()));
  Inst.addOperand(
      MCOperand::createImm(static_cast<int64_t>(Locals->idValueOf(Root))));
  Out.push_back(Inst);
  return Lowered;
}

unsigned CoreRelocations::recordPoisoned(const CoreLocalSpec &Spec) {
  Poisoned.push_back({Spec.Kind, Spec.RootName, Spec.RootBtfKind, Spec.Access});
  return Poisoned.size() - 1;
}

/// \p I becomes the call libbpf writes into a poisoned instruction, naming
/// poisoned relocation \p Index.
static void poisonInsn(bpf::Insn &I, unsigned Index) {
  bpf::SourceLoc Loc = I.Loc;
  I = bpf::Insn{};
  I.Loc = Loc;
  I.Opcode = bpf::BPF_JMP | bpf::BPF_CALL;
  I.Imm = model::CorePoisonHelperId;
  I.Ref.K = bpf::SymbolRef::PoisonedRelocation;
  I.Ref.Offset = Index;
}

void CoreRelocations::finish(bpf::Insn &I) {
  if (PendingPoisonSlots) {
    --PendingPoisonSlots;
    poisonInsn(I, PendingPoisonIndex);
    return;
  }
  unsigned Size = PendingSize;
  PendingSize = 0;
  if (!Size)
    return;
  static const unsigned Bytes[] = {4, 2, 1, 8};
  if (Bytes[I.size() >> 3] == Size)
    return;
  // libbpf moves a load or store to the target field's size only for
  // pointers and unsigned integers, and poisons it otherwise.
  if (PendingAdjustable && bpfSizeBits(Size) != ~0u) {
    I.Opcode = (I.Opcode & ~0x18) | bpfSizeBits(Size);
    return;
  }
  poisonInsn(I, recordPoisoned(PendingSpec));
}
