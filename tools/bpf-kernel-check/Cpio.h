//===- Cpio.h - A newc cpio archive for an initramfs ------------*- C++ -*-===//
//
// The qemu oracle boots a kernel with an initramfs holding the guest's init,
// the static loader and the objects. The kernel reads the "newc" cpio format
// (uncompressed); writing it here needs no cpio tool and no root, even for
// the /dev/console device node.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TOOLS_BPFKERNELCHECK_CPIO_H
#define VERIFIABLE_TOOLS_BPFKERNELCHECK_CPIO_H

#include <cstdint>
#include <string>
#include <string_view>

namespace verifiable {
namespace kernelcheck {

class CpioWriter {
public:
  /// \p Name is relative ("dev", "objects/0/x.o"); parents come first.
  void directory(std::string_view Name);
  void file(std::string_view Name, std::string_view Data, uint32_t Mode = 0644);
  void charDevice(std::string_view Name, uint32_t Major, uint32_t Minor);
  /// The archive, closed by its trailer entry.
  std::string finish();

private:
  void entry(std::string_view Name, uint32_t Mode, std::string_view Data,
             uint32_t Major = 0, uint32_t Minor = 0);
  std::string Bytes;
  uint32_t NextInode = 1;
};

} // namespace kernelcheck
} // namespace verifiable

#endif // VERIFIABLE_TOOLS_BPFKERNELCHECK_CPIO_H
