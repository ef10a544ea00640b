//===- StructOpsLink.cpp - .struct_ops.link for libbpf 1.1 ----------------===//
//
// Renames `.struct_ops.link` to `.struct_ops` in a copy of the object: the
// ELF section names (`.struct_ops.link`, `.rel.struct_ops.link`) and the
// BTF DATASEC's name are cut short with a NUL, so no offset changes.
//
//===----------------------------------------------------------------------===//
#include "StructOpsLink.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <elf.h>
#include <fstream>
#include <iterator>
#include <unistd.h>
#include <vector>

using namespace verifiable::kernelcheck;

namespace {

constexpr const char Link[] = ".struct_ops.link";
constexpr size_t KeptLength = sizeof(".struct_ops") - 1;

/// Cuts the `.link` off every section name ending in `.struct_ops.link`
/// and off the BTF string `.struct_ops.link`. False when there is nothing
/// to do or the object already has a `.struct_ops` section.
bool rewrite(std::vector<char> &Bytes) {
  if (Bytes.size() < sizeof(Elf64_Ehdr))
    return false;
  Elf64_Ehdr Eh;
  std::memcpy(&Eh, Bytes.data(), sizeof(Eh));
  if (std::memcmp(Eh.e_ident, ELFMAG, SELFMAG) ||
      Eh.e_ident[EI_CLASS] != ELFCLASS64 ||
      Eh.e_shentsize != sizeof(Elf64_Shdr))
    return false;
  auto Header = [&](unsigned I, Elf64_Shdr &S) {
    uint64_t At = Eh.e_shoff + uint64_t(I) * sizeof(Elf64_Shdr);
    if (At + sizeof(S) > Bytes.size())
      return false;
    std::memcpy(&S, Bytes.data() + At, sizeof(S));
    return S.sh_type == SHT_NOBITS || S.sh_offset + S.sh_size <= Bytes.size();
  };
  Elf64_Shdr Names;
  if (!Header(Eh.e_shstrndx, Names))
    return false;
  auto NameOf = [&](const Elf64_Shdr &S) -> char * {
    if (S.sh_name >= Names.sh_size)
      return nullptr;
    char *N = Bytes.data() + Names.sh_offset + S.sh_name;
    return std::memchr(N, 0, Names.sh_size - S.sh_name) ? N : nullptr;
  };
  std::vector<char *> Cut;
  Elf64_Shdr Btf{};
  bool HasBtf = false;
  for (unsigned I = 0; I < Eh.e_shnum; ++I) {
    Elf64_Shdr S;
    char *N = Header(I, S) ? NameOf(S) : nullptr;
    if (!N)
      continue;
    size_t Len = std::strlen(N);
    if (!std::strcmp(N, ".struct_ops"))
      return false;
    if (!std::strcmp(N, ".BTF")) {
      Btf = S;
      HasBtf = true;
    }
    if (Len >= sizeof(Link) - 1 &&
        !std::strcmp(N + Len - (sizeof(Link) - 1), Link))
      Cut.push_back(N + Len - (sizeof(Link) - 1) + KeptLength);
  }
  if (Cut.empty())
    return false;
  for (char *C : Cut)
    *C = '\0';
  // The BTF string table: header fields hdr_len (u32 at 4), str_off (u32
  // at 16) and str_len (u32 at 20).
  if (HasBtf && Btf.sh_size >= 24) {
    const char *B = Bytes.data() + Btf.sh_offset;
    uint32_t HdrLen, StrOff, StrLen;
    std::memcpy(&HdrLen, B + 4, 4);
    std::memcpy(&StrOff, B + 16, 4);
    std::memcpy(&StrLen, B + 20, 4);
    uint64_t Start = uint64_t(HdrLen) + StrOff;
    if (Start + StrLen <= Btf.sh_size) {
      char *Str = Bytes.data() + Btf.sh_offset + Start;
      for (uint32_t I = 0; I + sizeof(Link) <= StrLen; ++I)
        if ((I == 0 || Str[I - 1] == '\0') &&
            !std::memcmp(Str + I, Link, sizeof(Link)))
          Str[I + KeptLength] = '\0';
    }
  }
  return true;
}

} // namespace

LoadableCopy::LoadableCopy(const std::string &Path) : Loaded(Path) {
  std::ifstream In(Path, std::ios::binary);
  std::vector<char> Bytes((std::istreambuf_iterator<char>(In)),
                          std::istreambuf_iterator<char>());
  if (!In.good() && !In.eof())
    return;
  if (!rewrite(Bytes))
    return;
  char Name[] = "/tmp/bpf-kernel-check-XXXXXX.o";
  int Fd = mkstemps(Name, 2);
  if (Fd < 0)
    return;
  bool Ok = write(Fd, Bytes.data(), Bytes.size()) ==
            static_cast<ssize_t>(Bytes.size());
  close(Fd);
  if (!Ok) {
    unlink(Name);
    return;
  }
  Temporary = Loaded = Name;
}

LoadableCopy::~LoadableCopy() {
  if (!Temporary.empty())
    unlink(Temporary.c_str());
}
