//===- ConstStrArg.cpp - Helper arguments that must be constant strings ---===//
//
// ARG_PTR_TO_CONST_STR (bpf_strncmp()'s second string, bpf_snprintf()'s
// format): the kernel reads the string while verifying, so it must point
// into a map whose bytes cannot change, a read-only data section that
// libbpf froze (.rodata, where string literals go), at a constant offset,
// and end with a NUL inside the map's value (check_reg_const_str()).
// bpf_snprintf()'s format is then parsed with its argument count
// (check_bpf_snprintf_call()).
//
//===----------------------------------------------------------------------===//
#include "HelperCall.h"
#include "MemAccess.h"
#include "Messages.h"
#include "ProgramData.h"
#include "TransferEnv.h"

#include "verifiable/Model/BprintfFormat.h"

using namespace verifiable;
using namespace verifiable::analysis;

bool analysis::checkConstStrArg(TransferEnv &E, const RegState &R, int Regno) {
  if (R.Type != RegType::MapValue || R.maybeNull())
    return rejectTypeMismatch(E, Regno, R, "map_value");
  const bpf::MapDef *M = R.Map;
  if (!M)
    return E.unknown("a constant string in an unknown map");
  std::string Name = regName(Regno);
  if (!E.Data.frozenReadOnly(M))
    return E.reject(Name + " does not point to a readonly map'");
  if (!R.Var.isConst())
    return E.reject(Name + " is not a constant address'");
  if (R.Off < 0 || static_cast<uint64_t>(R.Off) >= M->ValueSize)
    return E.unknown("a constant string pointer outside its map's value");
  // The helper may read up to the end of the value.
  MemAccess A = MemAccess::load(Regno, R.Off, M->ValueSize - R.Off, nullptr);
  A.ByHelper = true;
  if (!checkRegionAccess(E, R, A, M->ValueSize,
                         "invalid access to map value, value_size="))
    return false;
  std::string Text;
  switch (readConstStr(E, R, Text)) {
  case ConstStr::Terminated:
    return true;
  case ConstStr::Unterminated:
    return E.reject("string is not zero-terminated");
  case ConstStr::Unknown:
    return E.unknown("the bytes of the constant string in '" + M->Name +
                     "' are not known");
  }
  return false;
}

ConstStr analysis::readConstStr(TransferEnv &E, const RegState &R,
                                std::string &Text) {
  const bpf::MapDef *M = R.Map;
  uint64_t Start = static_cast<uint64_t>(R.Off) + R.Var.constValue();
  Text.clear();
  for (uint64_t At = Start; At < M->ValueSize; ++At) {
    std::optional<uint64_t> Byte = E.Data.bytes(M->Name, At, 1);
    if (!Byte)
      return ConstStr::Unknown;
    if (*Byte == 0)
      return ConstStr::Terminated;
    Text.push_back(static_cast<char>(*Byte));
  }
  return ConstStr::Unterminated;
}

bool analysis::checkSnprintfFormat(TransferEnv &E, const Path &P) {
  const RegState &Fmt = P.State.reg(3);
  const RegState &DataLen = P.State.reg(5);
  if (!DataLen.Var.isConst())
    return E.unknown("bpf_snprintf's data length is not a constant, which "
                     "the kernel reads from its known bits");
  uint64_t Len = DataLen.Var.constValue();
  // The kernel refuses a length that is not a whole number of u64s
  // without a message.
  if (Len % 8)
    return E.unknown("bpf_snprintf's data length " + std::to_string(Len) +
                     " is not a multiple of 8, which the kernel refuses "
                     "without a message");
  std::string Text;
  if (readConstStr(E, Fmt, Text) != ConstStr::Terminated)
    return E.unknown("the format string of bpf_snprintf cannot be read");
  if (!model::bprintfFormatValid(Text, static_cast<unsigned>(Len / 8)))
    return E.reject("Invalid format string");
  return true;
}
