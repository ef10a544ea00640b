//===- LogFormat.h - Numbers printed the way the kernel log prints them ---===//
//
// The verifier log prints small numbers in decimal and large ones in hex.
// Tnum::str and Scalar::str must match that text so our state logs can be
// compared with the kernel's line by line; this is the one place that knows
// the rule.
//
//===----------------------------------------------------------------------===//

#ifndef VERIFIABLE_LIB_DOMAIN_LOGFORMAT_H
#define VERIFIABLE_LIB_DOMAIN_LOGFORMAT_H

#include <cstdint>
#include <string>

namespace verifiable {
namespace domain {

/// "0x" followed by lower-case hex digits, also for zero ("0x0").
std::string formatHex(uint64_t V);
/// Decimal up to 65535, hex above.
std::string formatUnsigned(uint64_t V);
/// Decimal in [-32768, 32767], otherwise the 64-bit pattern in hex.
std::string formatSigned(int64_t V);

} // namespace domain
} // namespace verifiable

#endif // VERIFIABLE_LIB_DOMAIN_LOGFORMAT_H
