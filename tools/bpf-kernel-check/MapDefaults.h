//===- MapDefaults.h - Sizes userspace normally gives maps -----*- C++ -*-===//
//
// Some map definitions leave their size to the loader: a perf event array of
// 0 entries means "one per CPU", a ring buffer is often sized at run time. The
// tool is the loader here, so it picks sizes the kernel accepts; otherwise a
// map creation failure would hide the verdict of every program in the object.
// It also drops pinning requests: the tool never pins.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_TOOLS_BPFKERNELCHECK_MAPDEFAULTS_H
#define VERIFIABLE_TOOLS_BPFKERNELCHECK_MAPDEFAULTS_H

#include <cstdint>

struct bpf_object;

namespace verifiable {
namespace kernelcheck {

/// The max_entries to use for a map of \p MapType (a `enum bpf_map_type`)
/// declared with \p Declared entries.
uint32_t defaultMaxEntries(unsigned MapType, uint32_t Declared,
                           unsigned NumCpus, uint32_t PageSize);

/// Applies defaultMaxEntries() to every map of \p Obj and clears pin paths.
/// Must run between open and load.
void prepareMaps(bpf_object *Obj);

} // namespace kernelcheck
} // namespace verifiable

#endif // VERIFIABLE_TOOLS_BPFKERNELCHECK_MAPDEFAULTS_H
