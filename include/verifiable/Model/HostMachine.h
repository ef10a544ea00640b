//===- HostMachine.h - Facts of the compiling machine -----------*- C++ -*-===//
//
// When the target kernel is the one running here, some verdicts depend on
// the machine itself, which the kernel reads at load time: the number of
// possible CPUs bounds bpf_get_smp_processor_id(). For any other target
// these facts are unknown.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_HOSTMACHINE_H
#define VERIFIABLE_MODEL_HOSTMACHINE_H

#include <cstdint>
#include <string_view>

namespace verifiable {
namespace model {

/// nr_cpu_ids from a cpu list such as /sys/devices/system/cpu/possible
/// ("0-3", "0", "0-3,8-11"): one past the highest CPU; 0 when malformed.
uint32_t nrCpuIdsFromList(std::string_view List);

/// This machine's nr_cpu_ids; 0 when it cannot be read.
uint32_t runningNrCpuIds();

} // namespace model
} // namespace verifiable

#endif
