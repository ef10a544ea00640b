//===- References.h - Acquired references -----------------------*- C++ -*-===//
//
// Internal to lib/Analysis. The kernel's reference bookkeeping: objects a
// helper hands out (ring buffer reservations, sockets) must be given back
// before the program exits (References.cpp).
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_LIB_ANALYSIS_REFERENCES_H
#define VERIFIABLE_LIB_ANALYSIS_REFERENCES_H

#include "Path.h"

#include <cstdint>

namespace verifiable {
namespace analysis {

struct TransferEnv;

/// A new reference acquired by instruction \p Pc; returns its id.
uint32_t acquireReference(TransferEnv &E, VerifierState &S, int Pc);
/// Releases \p RefObjId and invalidates every pointer to the object;
/// false if the state holds no such reference (nothing is reported).
bool releaseReference(TransferEnv &E, VerifierState &S, uint32_t RefObjId);
/// A NULL check proved the acquisition \p Id returned nothing.
void dropNullReference(VerifierState &S, uint32_t Id);
/// At the program's exit (or a tail call): no reference may still be held.
bool checkReferenceLeak(TransferEnv &E, const Path &P);

} // namespace analysis
} // namespace verifiable

#endif
