//===- HostMachine.cpp - Facts of the machine the compiler runs on --------===//
//
// Reads the kernel's cpu list of possible CPUs, whose highest entry plus
// one is nr_cpu_ids.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Model/HostMachine.h"

#include <fstream>
#include <string>

using namespace verifiable;

uint32_t model::nrCpuIdsFromList(std::string_view List) {
  while (!List.empty() && (List.back() == '\n' || List.back() == ' '))
    List.remove_suffix(1);
  size_t Start = List.find_last_of(",-");
  std::string_view Last =
      Start == std::string_view::npos ? List : List.substr(Start + 1);
  if (Last.empty() || Last.size() > 6)
    return 0;
  uint32_t N = 0;
  for (char C : Last) {
    if (C < '0' || C > '9')
      return 0;
    N = N * 10 + static_cast<uint32_t>(C - '0');
  }
  return N + 1;
}

uint32_t model::runningNrCpuIds() {
  std::ifstream In("/sys/devices/system/cpu/possible");
  std::string Line;
  if (!In || !std::getline(In, Line))
    return 0;
  return nrCpuIdsFromList(Line);
}
