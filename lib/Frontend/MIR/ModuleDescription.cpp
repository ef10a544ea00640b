//===- ModuleDescription.cpp - Maps, globals and license of a module ------===//
//
// libbpf learns a map's type, sizes and capacity from the BTF of its
// definition in .maps: `__uint(name, N)` is a pointer to an array of N
// elements, `__type(name, T)` a pointer to T. BTF is made from debug info, so
// this reads the same facts from the DIGlobalVariable's type.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Frontend/ModuleDescription.h"
#include "DebugTypes.h"
#include "StructOpsMaps.h"

#include "llvm/Analysis/ConstantFolding.h"
#include "llvm/BinaryFormat/Dwarf.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/Function.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Module.h"
#include "llvm/Target/TargetLoweringObjectFile.h"
#include "llvm/Target/TargetMachine.h"

#include <algorithm>
#include <map>

using namespace llvm;
using namespace verifiable;

static std::string typeName(const DIType *T) {
  for (; T;) {
    if (!T->getName().empty())
      return T->getName().str();
    const auto *D = dyn_cast<DIDerivedType>(T);
    if (!D || D->getTag() == dwarf::DW_TAG_pointer_type)
      break;
    T = D->getBaseType();
  }
  return "";
}

/// The N of `__uint(name, N)`: the element count of the pointed-to array.
static std::optional<uint64_t> arrayCount(const DIType *Pointee) {
  const auto *Arr = dyn_cast_or_null<DICompositeType>(stripQualifiers(Pointee));
  if (!Arr || Arr->getTag() != dwarf::DW_TAG_array_type)
    return std::nullopt;
  for (const DINode *E : Arr->getElements())
    if (const auto *Range = dyn_cast<DISubrange>(E))
      if (auto *Count = dyn_cast_if_present<ConstantInt *>(Range->getCount()))
        return Count->getZExtValue();
  return 0;
}

static bpf::MapDef readMapDef(StringRef Name, const DIType *Ty);

/// The kptr kind \p T's type tag gives it, if it is a tagged pointer.
static std::optional<bpf::KptrField::KindTy> kptrKind(const DIType *T) {
  const auto *Ptr = dyn_cast_or_null<DIDerivedType>(stripQualifiers(T));
  if (!Ptr || Ptr->getTag() != dwarf::DW_TAG_pointer_type)
    return std::nullopt;
  if (const MDTuple *Tags = Ptr->getAnnotations().get())
    for (const MDOperand &Op : Tags->operands()) {
      const auto *Pair = dyn_cast<MDTuple>(Op.get());
      if (!Pair || Pair->getNumOperands() != 2)
        continue;
      const auto *Key = dyn_cast<MDString>(Pair->getOperand(0));
      const auto *Value = dyn_cast<MDString>(Pair->getOperand(1));
      if (!Key || !Value || Key->getString() != "btf_type_tag")
        continue;
      if (Value->getString() == "kptr")
        return bpf::KptrField::Referenced;
      if (Value->getString() == "kptr_untrusted")
        return bpf::KptrField::Untrusted;
      if (Value->getString() == "percpu_kptr")
        return bpf::KptrField::Percpu;
    }
  return std::nullopt;
}

/// The struct a kptr field points to, "" if it is not a named struct.
static std::string kptrPointee(const DIType *T) {
  const auto *Ptr = cast<DIDerivedType>(stripQualifiers(T));
  const auto *S =
      dyn_cast_or_null<DICompositeType>(stripQualifiers(Ptr->getBaseType()));
  if (!S || S->getTag() != dwarf::DW_TAG_structure_type)
    return "";
  return S->getName().str();
}

/// The special field \p T is (`struct bpf_spin_lock`, ...), at \p Off.
static bool asSpecialField(const DIType *T, uint32_t Off,
                           bpf::SpecialField &Out) {
  const auto *C = dyn_cast_or_null<DICompositeType>(stripQualifiers(T));
  if (!C || C->getTag() != dwarf::DW_TAG_structure_type ||
      !bpf::SpecialField::kindOfStruct(C->getName().str(), Out.K))
    return false;
  Out.Offset = Off;
  Out.Size = static_cast<uint32_t>(C->getSizeInBits() / 8);
  return true;
}

static void forEachDeclTag(const MDTuple *Annotations,
                           function_ref<void(StringRef)> Fn);

static bool isGraphRoot(const bpf::SpecialField &F) {
  return F.K == bpf::SpecialField::ListHead || F.K == bpf::SpecialField::RbRoot;
}

/// The `contains:type:node` decl tag among \p Annotations, recorded on the
/// list heads or tree roots just collected (Fields from \p From on: one,
/// or one per element of an array of them) that have none yet.
static void applyContainsTag(const MDTuple *Annotations,
                             std::vector<bpf::SpecialField> &Fields,
                             size_t From) {
  if (From >= Fields.size())
    return;
  for (size_t I = From; I < Fields.size(); ++I)
    if (!isGraphRoot(Fields[I]) || !Fields[I].ContainsType.empty())
      return;
  forEachDeclTag(Annotations, [&](StringRef Tag) {
    if (!Tag.consume_front("contains:"))
      return;
    auto [Type, Node] = Tag.split(':');
    for (size_t I = From; I < Fields.size(); ++I) {
      Fields[I].ContainsType = Type.str();
      Fields[I].ContainsNode = Node.str();
    }
  });
}

/// The kptr fields and the other special fields of a map value type,
/// nested structs included (btf_parse_fields()). Arrays of kptrs, or of
/// structs holding them, give one kptr per element.
static void collectFields(const DIType *T, uint32_t Base,
                          std::vector<bpf::KptrField> &Kptrs,
                          std::vector<bpf::SpecialField> &Fields,
                          unsigned Depth = 0) {
  if (Depth > 8)
    return;
  if (std::optional<bpf::KptrField::KindTy> K = kptrKind(T)) {
    Kptrs.push_back({Base, *K, kptrPointee(T)});
    return;
  }
  bpf::SpecialField F;
  if (asSpecialField(T, Base, F)) {
    Fields.push_back(F);
    return;
  }
  const auto *C = dyn_cast_or_null<DICompositeType>(stripQualifiers(T));
  if (C && C->getTag() == dwarf::DW_TAG_array_type) {
    uint64_t N = 1;
    for (const DINode *E : C->getElements())
      if (const auto *Range = dyn_cast<DISubrange>(E)) {
        auto *Count = dyn_cast_if_present<ConstantInt *>(Range->getCount());
        N *= Count ? Count->getZExtValue() : 0;
      }
    const DIType *Elem = C->getBaseType();
    uint64_t ElemSize = N ? C->getSizeInBits() / 8 / N : 0;
    // Kptrs, list heads and tree roots repeat per element
    // (btf_repeat_fields()); other special fields in arrays are left to
    // the kernel's own rules (not modelled).
    std::vector<bpf::SpecialField> InArray;
    for (uint64_t I = 0; I < N && I < 64 && ElemSize; ++I)
      collectFields(Elem, Base + static_cast<uint32_t>(I * ElemSize), Kptrs,
                    InArray, Depth + 1);
    if (!InArray.empty() &&
        std::all_of(InArray.begin(), InArray.end(), isGraphRoot))
      Fields.insert(Fields.end(), InArray.begin(), InArray.end());
    return;
  }
  if (!C || (C->getTag() != dwarf::DW_TAG_structure_type &&
             C->getTag() != dwarf::DW_TAG_union_type))
    return;
  for (const DINode *E : C->getElements()) {
    const auto *Member = dyn_cast<DIDerivedType>(E);
    if (!Member || Member->getTag() != dwarf::DW_TAG_member)
      continue;
    uint32_t Off = Base + static_cast<uint32_t>(Member->getOffsetInBits() / 8);
    size_t From = Fields.size();
    collectFields(Member->getBaseType(), Off, Kptrs, Fields, Depth + 1);
    applyContainsTag(Member->getAnnotations().get(), Fields, From);
  }
}

static void readMapMember(bpf::MapDef &Map, const DIDerivedType *Member) {
  StringRef Field = Member->getName();
  const auto *Ptr =
      dyn_cast_or_null<DIDerivedType>(stripQualifiers(Member->getBaseType()));
  if (Field == "values") {
    // Map-in-map: `__array(values, struct inner)` is an array of pointers.
    const auto *Arr = dyn_cast_or_null<DICompositeType>(
        stripQualifiers(Member->getBaseType()));
    if (Arr && Arr->getTag() == dwarf::DW_TAG_array_type) {
      const auto *Elem =
          dyn_cast_or_null<DIDerivedType>(stripQualifiers(Arr->getBaseType()));
      if (Elem && Elem->getTag() == dwarf::DW_TAG_pointer_type)
        Map.Inner = std::make_shared<bpf::MapDef>(
            readMapDef(Map.Name + ".inner", Elem->getBaseType()));
    }
    return;
  }
  if (!Ptr || Ptr->getTag() != dwarf::DW_TAG_pointer_type)
    return;
  const DIType *Pointee = Ptr->getBaseType();
  if (Field == "key" || Field == "value") {
    const DIType *T = stripQualifiers(Pointee);
    uint32_t Size = T ? T->getSizeInBits() / 8 : 0;
    (Field == "key" ? Map.KeySize : Map.ValueSize) = Size;
    (Field == "key" ? Map.KeyTypeName : Map.ValueTypeName) = typeName(Pointee);
    if (Field == "value")
      collectFields(Pointee, 0, Map.KptrFields, Map.Fields);
    return;
  }
  std::optional<uint64_t> N = arrayCount(Pointee);
  if (!N)
    return;
  if (Field == "type")
    Map.Type = *N;
  else if (Field == "max_entries")
    Map.MaxEntries = *N;
  else if (Field == "map_flags")
    Map.Flags = *N;
  else if (Field == "key_size")
    Map.KeySize = *N;
  else if (Field == "value_size")
    Map.ValueSize = *N;
}

static bpf::MapDef readMapDef(StringRef Name, const DIType *Ty) {
  bpf::MapDef Map;
  Map.Name = Name.str();
  const auto *Struct = dyn_cast_or_null<DICompositeType>(stripQualifiers(Ty));
  if (!Struct)
    return Map;
  for (const DINode *E : Struct->getElements())
    if (const auto *Member = dyn_cast<DIDerivedType>(E))
      readMapMember(Map, Member);
  return Map;
}

std::string verifiable::dataSectionOf(const GlobalVariable &GV,
                                      const TargetMachine &TM) {
  if (GV.hasSection())
    return GV.getSection().str();
  SectionKind Kind = TargetLoweringObjectFile::getKindForGlobal(&GV, TM);
  if (Kind.isBSS())
    return ".bss";
  if (Kind.isReadOnly())
    return ".rodata";
  return ".data";
}

/// Calls \p Fn with the value of each `btf_decl_tag` annotation.
static void forEachDeclTag(const MDTuple *Annotations,
                           function_ref<void(StringRef)> Fn) {
  if (!Annotations)
    return;
  for (const MDOperand &Op : Annotations->operands()) {
    const auto *Tag = dyn_cast<MDTuple>(Op.get());
    if (!Tag || Tag->getNumOperands() != 2)
      continue;
    auto *Key = dyn_cast<MDString>(Tag->getOperand(0));
    auto *Val = dyn_cast<MDString>(Tag->getOperand(1));
    if (Key && Val && Key->getString() == "btf_decl_tag")
      Fn(Val->getString());
  }
}

/// Reads the parameter decl tags the verifier understands.
static void applyDeclTags(const MDTuple *Annotations, bpf::ParamType &P) {
  forEachDeclTag(Annotations, [&](StringRef Tag) {
    P.HasArgCtx |= Tag == "arg:ctx";
    P.HasArgNonNull |= Tag == "arg:nonnull";
    P.HasArgTrusted |= Tag == "arg:trusted";
    P.HasArgNullable |= Tag == "arg:nullable";
    if (Tag.starts_with("arg:") && Tag != "arg:ctx" && Tag != "arg:nonnull" &&
        Tag != "arg:trusted" && Tag != "arg:nullable")
      P.OtherArgTag = Tag.str();
  });
}

static bpf::ParamType paramTypeOf(const DIType *T) {
  bpf::ParamType P;
  if (!T) {
    P.K = bpf::ParamType::Void;
    return P;
  }
  if (const auto *D = dyn_cast<DIDerivedType>(T))
    applyDeclTags(D->getAnnotations().get(), P);
  const DIType *S = stripQualifiers(T);
  if (const auto *D = dyn_cast_or_null<DIDerivedType>(S);
      D && D->getTag() == dwarf::DW_TAG_pointer_type) {
    P.K = bpf::ParamType::Pointer;
    const DIType *Pointee = stripQualifiers(D->getBaseType());
    P.Size = Pointee ? Pointee->getSizeInBits() / 8 : 0;
    P.PointeeName = typeName(D->getBaseType());
    return P;
  }
  if (isa_and_nonnull<DIBasicType>(S) ||
      (isa_and_nonnull<DICompositeType>(S) &&
       S->getTag() == dwarf::DW_TAG_enumeration_type)) {
    P.K = bpf::ParamType::Scalar;
    P.Size = S->getSizeInBits() / 8;
    return P;
  }
  P.K = bpf::ParamType::Unknown;
  P.Size = S ? S->getSizeInBits() / 8 : 0;
  return P;
}

bpf::Signature verifiable::signatureOf(const Function &F) {
  bpf::Signature Sig;
  const DISubprogram *SP = F.getSubprogram();
  if (!SP || !SP->getType())
    return Sig;
  DITypeRefArray Types = SP->getType()->getTypeArray();
  if (Types.size() == 0)
    return Sig;
  Sig.Known = true;
  Sig.Return = paramTypeOf(Types[0]);
  forEachDeclTag(SP->getAnnotations().get(), [&](StringRef Tag) {
    if (Tag.consume_front("exception_callback:") &&
        Sig.ExceptionCallbackTags++ == 0)
      Sig.ExceptionCallback = Tag.str();
  });
  // Parameter decl tags live on the DILocalVariable of each argument.
  std::vector<const DILocalVariable *> ArgVars(Types.size(), nullptr);
  for (const DINode *N : SP->getRetainedNodes())
    if (const auto *V = dyn_cast<DILocalVariable>(N))
      if (V->getArg() && V->getArg() < ArgVars.size())
        ArgVars[V->getArg()] = V;
  for (unsigned I = 1; I < Types.size(); ++I) {
    bpf::ParamType P = paramTypeOf(Types[I]);
    if (const DILocalVariable *V = ArgVars[I])
      applyDeclTags(V->getAnnotations().get(), P);
    Sig.Params.push_back(P);
  }
  return Sig;
}

/// `const volatile` globals are the configuration a loader may write before
/// loading; their initializer is what the kernel reads only if it does not.
static bool isVolatileGlobal(const GlobalVariable &GV) {
  SmallVector<DIGlobalVariableExpression *, 1> DIs;
  GV.getDebugInfo(DIs);
  if (DIs.empty())
    return true; // unknown: assume the worst
  const DIType *T = DIs.front()->getVariable()->getType();
  while (const auto *D = dyn_cast_or_null<DIDerivedType>(T)) {
    if (D->getTag() == dwarf::DW_TAG_volatile_type)
      return true;
    if (D->getTag() != dwarf::DW_TAG_const_type &&
        D->getTag() != dwarf::DW_TAG_typedef)
      break;
    T = D->getBaseType();
  }
  return false;
}

/// The initializer of \p GV as bytes, or nothing for large or non-constant
/// data.
static std::vector<uint8_t> initialBytes(const GlobalVariable &GV,
                                         const DataLayout &DL) {
  constexpr uint64_t MaxBytes = 4096;
  std::vector<uint8_t> Bytes;
  if (!GV.hasDefinitiveInitializer())
    return Bytes;
  uint64_t Size = DL.getTypeAllocSize(GV.getValueType());
  if (Size == 0 || Size > MaxBytes)
    return Bytes;
  Type *I8 = Type::getInt8Ty(GV.getContext());
  for (uint64_t Off = 0; Off < Size; ++Off) {
    Constant *C = ConstantFoldLoadFromConst(
        const_cast<Constant *>(GV.getInitializer()), I8, APInt(64, Off), DL);
    auto *CI = dyn_cast_or_null<ConstantInt>(C);
    if (!CI)
      return {};
    Bytes.push_back(static_cast<uint8_t>(CI->getZExtValue()));
  }
  return Bytes;
}

static std::string licenseOf(const GlobalVariable &GV) {
  const auto *Init = dyn_cast_or_null<ConstantDataSequential>(
      GV.hasInitializer() ? GV.getInitializer() : nullptr);
  if (!Init || !Init->isString())
    return "";
  return Init->getAsString().split('\0').first.str();
}

void verifiable::describeModule(const Module &M, const TargetMachine &TM,
                                bpf::Program &P) {
  std::map<std::string, uint64_t> SectionEnd;
  for (const GlobalVariable &GV : M.globals()) {
    if (GV.getName().starts_with("llvm."))
      continue;
    StringRef Section = GV.hasSection() ? GV.getSection() : "";
    if (Section == "license") {
      P.License = licenseOf(GV);
      continue;
    }
    if (Section == ".maps") {
      SmallVector<DIGlobalVariableExpression *, 1> DIs;
      GV.getDebugInfo(DIs);
      const DIType *Ty =
          DIs.empty() ? nullptr : DIs.front()->getVariable()->getType();
      P.Maps.push_back(readMapDef(GV.getName(), Ty));
      continue;
    }
    if (isStructOpsSection(Section))
      readStructOpsVariable(GV, M.getDataLayout(), P);
    if (GV.isDeclaration() || Section == "version" ||
        Section.starts_with(".BTF"))
      continue;
    bpf::GlobalVar Var;
    Var.Name = GV.getName().str();
    Var.Section = dataSectionOf(GV, TM);
    Var.Size = M.getDataLayout().getTypeAllocSize(GV.getValueType());
    // The AsmPrinter lays a section's variables out in module order, each at
    // its alignment; libbpf's section map sees the same offsets.
    uint64_t &End = SectionEnd[Var.Section];
    End = alignTo(End, M.getDataLayout().getPreferredAlign(&GV));
    Var.Offset = End;
    End += Var.Size;
    Var.ReadOnly =
        GV.isConstant() || StringRef(Var.Section).starts_with(".rodata");
    {
      SmallVector<DIGlobalVariableExpression *, 1> DIs;
      GV.getDebugInfo(DIs);
      if (!DIs.empty()) {
        const DIGlobalVariable *DV = DIs.front()->getVariable();
        collectFields(DV->getType(), 0, Var.KptrFields, Var.Fields);
        applyContainsTag(DV->getAnnotations().get(), Var.Fields, 0);
      }
    }
    if (Var.ReadOnly && GV.isConstant()) {
      Var.Bytes = initialBytes(GV, M.getDataLayout());
      Var.LoaderSettable = isVolatileGlobal(GV);
    }
    P.Globals.push_back(Var);
  }
}
