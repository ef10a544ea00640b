//===- TargetBtf.cpp - The target kernel's BTF, read on demand ------------===//
//
// Loading, hashing and name look-ups in the target BTF. Parsing is libbpf's
// (btf__parse reads raw BTF and ELF files alike); only what the CO-RE
// resolver asks for is computed, once per compile.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Model/TargetBtf.h"

#include <bpf/btf.h>
#include <bpf/libbpf.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

using namespace verifiable;
using namespace verifiable::model;

TargetBtf::TargetBtf(std::string P) : Path(std::move(P)) {}

TargetBtf::~TargetBtf() {
  if (Btf)
    btf__free(Btf);
}

std::string TargetBtf::defaultPath() {
  if (access(RunningKernel, R_OK) == 0)
    return RunningKernel;
  return "none";
}

std::string_view model::essentialName(std::string_view Name) {
  return Name.substr(0, Name.find("___"));
}

/// FNV-1a over 8-byte little-endian words (then the tail bytes): a
/// fingerprint of the BTF that costs about a millisecond for vmlinux,
/// where the byte-wise hash cost as much as parsing it.
static std::string fnv1a64Words(const void *Data, uint32_t Size) {
  const uint64_t Prime = 1099511628211ULL;
  uint64_t H = 14695981039346656037ULL;
  const auto *B = static_cast<const unsigned char *>(Data);
  uint32_t I = 0;
  for (; I + 8 <= Size; I += 8) {
    uint64_t W;
    std::memcpy(&W, B + I, sizeof(W));
    H = (H ^ W) * Prime;
  }
  for (; I < Size; ++I)
    H = (H ^ B[I]) * Prime;
  char Buf[17];
  snprintf(Buf, sizeof(Buf), "%016llx", static_cast<unsigned long long>(H));
  return Buf;
}

/// libbpf prints its warnings to stderr by default; a compile reports
/// problems through problem() instead.
static int quietPrint(enum libbpf_print_level, const char *, va_list) {
  return 0;
}

const struct btf *TargetBtf::get() {
  if (Loaded)
    return Btf;
  Loaded = true;
  if (disabled()) {
    Problem = "no target kernel BTF was given";
    return nullptr;
  }
  if (access(Path.c_str(), R_OK) != 0) {
    Problem =
        "cannot read target kernel BTF '" + Path + "': " + std::strerror(errno);
    return nullptr;
  }
  libbpf_print_fn_t Old = libbpf_set_print(quietPrint);
  struct btf *B = btf__parse(Path.c_str(), nullptr);
  int Err = libbpf_get_error(B);
  libbpf_set_print(Old);
  if (Err || !B) {
    char Why[128];
    libbpf_strerror(Err, Why, sizeof(Why));
    Problem = "cannot parse target kernel BTF '" + Path + "': " + Why;
    return nullptr;
  }
  Btf = B;
  uint32_t Size = 0;
  const void *Raw = btf__raw_data(Btf, &Size);
  Hash = Raw ? fnv1a64Words(Raw, Size) : "";
  return Btf;
}

const std::vector<uint32_t> &TargetBtf::typesNamed(std::string_view Name) {
  static const std::vector<uint32_t> None;
  if (!get())
    return None;
  // A program relocates against a few dozen types at most: one scan per
  // name asked for is cheaper than indexing the target's 100k names.
  auto [It, Inserted] = ByName.try_emplace(std::string(Name));
  if (!Inserted)
    return It->second;
  for (uint32_t Id = 1, N = btf__type_cnt(Btf); Id < N; ++Id) {
    const struct btf_type *T = btf__type_by_id(Btf, Id);
    if (T->name_off &&
        essentialName(btf__name_by_offset(Btf, T->name_off)) == Name)
      It->second.push_back(Id);
  }
  return It->second;
}
