//===- HelperAvailability.h - Helpers a program type may call ---*- C++ -*-===//
//
// Whether the kernel gives a program of a given type (and expected attach
// type) a helper at all, and with which prototype. The kernel's answer comes
// from the program type's get_func_proto(); the model answers from the sets
// in lib/Model/HelperSets.def, evaluated against a KernelProfile.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_MODEL_HELPERAVAILABILITY_H
#define VERIFIABLE_MODEL_HELPERAVAILABILITY_H

#include "verifiable/Model/Helpers.h"
#include "verifiable/Model/KernelProfile.h"
#include "verifiable/Model/ProgTypes.h"

#include <string>
#include <string_view>

namespace verifiable {
namespace model {

/// Allowed and Forbidden are the kernel's answer; Unknown means the model
/// does not cover this program type.
enum class Availability : uint8_t { Allowed, Forbidden, Unknown };

struct HelperQuery {
  ProgType Type;
  AttachType Attach;
  /// Loaded with BPF_F_SLEEPABLE.
  bool Sleepable = false;
  /// nullptr: hostProfile().
  const KernelProfile *Profile = nullptr;
  /// struct_ops programs: the struct whose member they implement (its
  /// verifier_ops decide the helpers); empty: not described.
  std::string_view StructOps;
  /// ... and the member they implement.
  std::string_view StructOpsMember;
};

struct HelperLookup {
  Availability Status;
  /// The prototype the kernel uses for this program type when Status is
  /// Allowed (it may be a variant of findHelper(Id)); nullptr otherwise.
  /// Check Proto->Modeled before relying on anything but its name: an
  /// allowed helper may still be unmodelled.
  const HelperProto *Proto;
};

HelperLookup lookupHelper(const HelperQuery &Q, unsigned HelperId);

/// Shorthand for lookupHelper() with the host profile, not sleepable.
Availability helperAllowed(ProgType PT, AttachType AT, unsigned HelperId,
                           const HelperProto **Proto = nullptr);

/// The kernel's message for a call it refuses before looking at arguments:
/// "invalid func unknown#300" for ids past the kernel's last helper,
/// otherwise "program of this type cannot use helper bpf_probe_write_user#36"
/// (in \p P's words).
std::string helperRefusalMessage(unsigned HelperId,
                                 const KernelProfile &P = hostProfile());

/// One past the last helper id \p P's kernel has (__BPF_FUNC_MAX_ID).
unsigned helperIdLimit(const KernelProfile &P);

} // namespace model
} // namespace verifiable

#endif // VERIFIABLE_MODEL_HELPERAVAILABILITY_H
