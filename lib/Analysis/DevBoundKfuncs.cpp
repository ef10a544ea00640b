//===- DevBoundKfuncs.cpp - XDP metadata kfuncs at load time --------------===//
//
// bpf_xdp_metadata_rx_timestamp(), _rx_hash() and _rx_vlan_tag() read a
// NIC's receive metadata and exist only for XDP programs bound to a device
// at load time (prog_ifindex with BPF_F_XDP_DEV_BOUND_ONLY). The kernel
// checks every kfunc call of a program before verifying any instruction
// (add_kfunc_call()), so one such call, reachable or not, refuses a
// program that is not device-bound; loaders here never bind one.
//
//===----------------------------------------------------------------------===//
#include "KfuncCall.h"
#include "TransferEnv.h"

using namespace verifiable;
using namespace verifiable::analysis;

static bool isDevBoundKfunc(const std::string &Name) {
  return Name == "bpf_xdp_metadata_rx_timestamp" ||
         Name == "bpf_xdp_metadata_rx_hash" ||
         Name == "bpf_xdp_metadata_rx_vlan_tag";
}

bool analysis::checkDevBoundKfuncs(TransferEnv &E) {
  // A program that is not GPL-compatible is refused at its first kfunc
  // call, which the call's transfer judges.
  if (!E.Prog.isGPLCompatible())
    return true;
  for (int Pc = 0; Pc < E.Image.size(); ++Pc) {
    const bpf::Insn &I = E.Image.insn(Pc);
    if (!I.isKfuncCall() || !isDevBoundKfunc(I.Ref.Name))
      continue;
    E.Out.setStopPc(Pc);
    return E.reject("metadata kfuncs require device-bound program");
  }
  return true;
}
