//===- ObjectInspector.cpp - Is this a BPF object, what is in it ----------===//
//
// Two steps: cheap checks of the file and its ELF headers here, then a libbpf
// open (in a child process, see Subprocess.h) that lists the programs.
//
//===----------------------------------------------------------------------===//
#include "ObjectInspector.h"

#include "LibbpfOutput.h"
#include "Subprocess.h"

#include <bpf/libbpf.h>

#include <cerrno>
#include <cstring>
#include <elf.h>
#include <fstream>
#include <sys/stat.h>

using namespace verifiable::kernelcheck;

namespace {

#ifndef EM_BPF
#define EM_BPF 247
#endif

/// Checks what libbpf would otherwise trip over: file kind, ELF identity,
/// and that the section headers and section contents lie inside the file.
bool checkElf(const std::string &Path, std::string &Error) {
  struct stat St;
  if (stat(Path.c_str(), &St) != 0) {
    Error = std::strerror(errno);
    return false;
  }
  if (S_ISDIR(St.st_mode)) {
    Error = "is a directory";
    return false;
  }
  std::ifstream In(Path, std::ios::binary);
  if (!In) {
    Error = std::strerror(errno);
    return false;
  }
  std::string Bytes((std::istreambuf_iterator<char>(In)),
                    std::istreambuf_iterator<char>());
  if (Bytes.empty()) {
    Error = "file is empty";
    return false;
  }
  if (Bytes.size() < SELFMAG || std::memcmp(Bytes.data(), ELFMAG, SELFMAG)) {
    Error = "not an ELF file";
    return false;
  }
  if (Bytes.size() < sizeof(Elf64_Ehdr)) {
    Error = "truncated ELF header";
    return false;
  }
  Elf64_Ehdr Header;
  std::memcpy(&Header, Bytes.data(), sizeof(Header));
  if (Header.e_ident[EI_CLASS] != ELFCLASS64) {
    Error = "not a BPF object (32-bit ELF)";
    return false;
  }
  if (Header.e_ident[EI_DATA] != ELFDATA2LSB) {
    Error = "not a little-endian BPF object; this kernel only loads "
            "little-endian BPF";
    return false;
  }
  if (Header.e_machine != EM_BPF && Header.e_machine != EM_NONE) {
    Error = "not a BPF object (ELF machine " +
            std::to_string(Header.e_machine) + ")";
    return false;
  }
  if (Header.e_type != ET_REL) {
    Error = "not a relocatable BPF object (compile with -c)";
    return false;
  }
  uint64_t Size = Bytes.size();
  if (Header.e_shentsize != sizeof(Elf64_Shdr) || Header.e_shoff == 0 ||
      Header.e_shnum == 0) {
    Error = "corrupt ELF: no usable section header table";
    return false;
  }
  if (Header.e_shoff > Size ||
      uint64_t(Header.e_shnum) * sizeof(Elf64_Shdr) > Size - Header.e_shoff) {
    Error = "truncated ELF: section headers end past the end of the file";
    return false;
  }
  if (Header.e_shstrndx >= Header.e_shnum) {
    Error = "corrupt ELF: bad section name table index";
    return false;
  }
  for (unsigned I = 0; I < Header.e_shnum; ++I) {
    Elf64_Shdr Section;
    std::memcpy(&Section,
                Bytes.data() + Header.e_shoff + I * sizeof(Elf64_Shdr),
                sizeof(Section));
    if (Section.sh_type == SHT_NOBITS || Section.sh_type == SHT_NULL)
      continue;
    if (Section.sh_offset > Size ||
        Section.sh_size > Size - Section.sh_offset) {
      Error = "truncated ELF: section " + std::to_string(I) +
              " ends past the end of the file";
      return false;
    }
  }
  return true;
}

/// The first libbpf warning, which names what went wrong.
std::string firstWarning(const std::vector<LibbpfMessage> &Messages) {
  for (const LibbpfMessage &M : Messages)
    if (M.Level == LibbpfMessage::Warn)
      return M.Text;
  return "";
}

/// Child side: open with libbpf and encode the program list (or an error).
std::string listPrograms(const std::string &Path) {
  WireWriter Out;
  takeLibbpfMessages();
  bpf_object *Obj = bpf_object__open_file(Path.c_str(), nullptr);
  long Err = libbpf_get_error(Obj);
  if (!Obj || Err) {
    std::string Why = firstWarning(takeLibbpfMessages());
    if (Why.empty())
      Why = std::strerror(Err ? static_cast<int>(-Err) : errno);
    Out.put(int64_t(0)).put("libbpf cannot open it: " + Why);
    return Out.bytes();
  }
  Out.put(int64_t(1));
  bpf_program *Prog;
  bpf_object__for_each_program(Prog, Obj) {
    const char *Type = libbpf_bpf_prog_type_str(bpf_program__type(Prog));
    Out.put(bpf_program__name(Prog))
        .put(bpf_program__section_name(Prog))
        .put(Type ? Type : "unknown");
  }
  bpf_object__close(Obj);
  return Out.bytes();
}

} // namespace

bool verifiable::kernelcheck::inspectObject(const std::string &Path,
                                            ObjectInfo &Info,
                                            std::string &Error) {
  Info.Path = Path;
  Info.Programs.clear();
  if (!checkElf(Path, Error))
    return false;

  std::string Bytes, Failure;
  if (!runInChild([&] { return listPrograms(Path); }, Bytes, Failure)) {
    Error = "corrupt BPF object: " + Failure;
    return false;
  }
  WireReader In(Bytes);
  int64_t Opened = 0;
  if (!In.get(Opened)) {
    Error = "internal error: malformed answer from the worker process";
    return false;
  }
  if (!Opened) {
    if (!In.get(Error))
      Error = "libbpf cannot open it";
    return false;
  }
  ProgramInfo Prog;
  while (In.get(Prog.Name) && In.get(Prog.Section) && In.get(Prog.Type))
    Info.Programs.push_back(Prog);
  if (Info.Programs.empty()) {
    Error = "no BPF programs in this object";
    return false;
  }
  return true;
}
