//===- Program.cpp - Look-ups over an object's functions and maps ---------===//
//
// Name-based look-ups used when the engine resolves symbolic references.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Program/Program.h"

#include <algorithm>

using namespace verifiable::bpf;

template <typename T>
static const T *findByName(const std::vector<T> &Items,
                           const std::string &Name) {
  auto It = std::find_if(Items.begin(), Items.end(),
                         [&](const T &Item) { return Item.Name == Name; });
  return It == Items.end() ? nullptr : &*It;
}

const Function *Program::findFunction(const std::string &Name) const {
  return findByName(Functions, Name);
}

const MapDef *Program::findMap(const std::string &Name) const {
  return findByName(Maps, Name);
}

const GlobalVar *Program::findGlobal(const std::string &Name) const {
  return findByName(Globals, Name);
}

const KsymVar *Program::findKsym(const std::string &Name) const {
  return findByName(Ksyms, Name);
}

const LocalType *Program::localTypeByIdValue(uint64_t Value) const {
  for (const LocalType &T : LocalTypes)
    if (T.TypeIdValue && T.TypeIdValue == Value)
      return &T;
  return nullptr;
}

const LocalType *Program::localTypeByBtfId(uint32_t BtfId) const {
  for (const LocalType &T : LocalTypes)
    if (T.BtfId == BtfId)
      return &T;
  return nullptr;
}

const LocalType *Program::localTypeByName(const std::string &Name) const {
  for (const LocalType &T : LocalTypes)
    if (T.IsStruct && T.Name == Name)
      return &T;
  return nullptr;
}

std::vector<const StructOpsSlot *>
Program::structOpsSlotsOf(const std::string &Function) const {
  std::vector<const StructOpsSlot *> Slots;
  for (const StructOpsSlot &S : StructOps)
    if (S.Function == Function)
      Slots.push_back(&S);
  return Slots;
}

uint64_t Program::sectionSize(const std::string &Section) const {
  uint64_t End = 0;
  for (const GlobalVar &G : Globals)
    if (G.Section == Section)
      End = std::max(End, G.Offset + G.Size);
  return End;
}

std::vector<const Function *> Program::entries() const {
  std::vector<const Function *> Result;
  for (const Function &F : Functions)
    if (F.isProgramEntry())
      Result.push_back(&F);
  return Result;
}

bool Program::isGPLCompatible() const {
  // The license strings the kernel's license_is_gpl_compatible() accepts.
  static const char *const GPLCompatible[] = {
      "GPL",          "GPL v2",       "GPL and additional rights",
      "Dual BSD/GPL", "Dual MIT/GPL", "Dual MPL/GPL"};
  for (const char *L : GPLCompatible)
    if (License == L)
      return true;
  return false;
}
