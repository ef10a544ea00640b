//===- ConstStrArg.cpp - Helper arguments that must be constant strings ---===//
//
// ARG_PTR_TO_CONST_STR (bpf_strncmp()'s second string, bpf_snprintf()'s
// format): the kernel reads the string while verifying, so it must point
// into a map whose bytes cannot change, a read-only data section that
// libbpf froze (.rodata, where string literals go), at a constant offset,
// and end with a NUL inside the map's value (check_reg_const_str()).
//
//===----------------------------------------------------------------------===//
#include "HelperCall.h"
#include "MemAccess.h"
#include "Messages.h"
#include "ProgramData.h"
#include "TransferEnv.h"

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
  uint64_t Start = static_cast<uint64_t>(R.Off) + R.Var.constValue();
  for (uint64_t At = Start; At < M->ValueSize; ++At) {
    std::optional<uint64_t> Byte = E.Data.bytes(M->Name, At, 1);
    if (!Byte)
      return E.unknown("the bytes of the constant string in '" + M->Name +
                       "' are not known");
    if (*Byte == 0)
      return true;
  }
  return E.reject("string is not zero-terminated");
}
