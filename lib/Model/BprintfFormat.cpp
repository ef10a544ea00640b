//===- BprintfFormat.cpp - The kernel's printf format rules ---------------===//
//
// The conversions bpf_snprintf() supports, as the kernel parses them while
// verifying: text, then per '%' an optional flag and width field and one
// conversion. Anything else, or more conversions than arguments, makes the
// kernel refuse the format.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Model/BprintfFormat.h"

using namespace verifiable;

namespace {

bool isAsciiByte(unsigned char C) { return C < 0x80; }
bool isPrintByte(unsigned char C) { return C >= 0x20 && C < 0x7f; }
bool isSpaceByte(unsigned char C) {
  return C == ' ' || (C >= '\t' && C <= '\r');
}
bool isPunctByte(unsigned char C) {
  return isPrintByte(C) && C != ' ' && !(C >= '0' && C <= '9') &&
         !(C >= 'a' && C <= 'z') && !(C >= 'A' && C <= 'Z');
}

/// What may follow a string or bare pointer conversion: the end, a space
/// or punctuation (so that "%sx" is not read as a modifier).
bool endsConversion(std::string_view Fmt, size_t At) {
  if (At >= Fmt.size())
    return true;
  unsigned char C = Fmt[At];
  return isSpaceByte(C) || isPunctByte(C);
}

char at(std::string_view Fmt, size_t I) { return I < Fmt.size() ? Fmt[I] : 0; }

/// The conversion starting at Fmt[I] (after '%', flags and width); I is
/// left on its last character. False when the kernel does not know it.
bool parseConversion(std::string_view Fmt, size_t &I) {
  char C = at(Fmt, I);
  if (C == 'p') {
    char Next = at(Fmt, I + 1);
    if (endsConversion(Fmt, I + 1))
      return true;
    if ((Next == 'k' || Next == 'u') && at(Fmt, I + 2) == 's') {
      I += 2;
      return endsConversion(Fmt, I + 1);
    }
    if (Next == 'K' || Next == 'x' || Next == 's' || Next == 'S' ||
        Next == 'B') {
      ++I;
      return true;
    }
    if ((Next == 'i' || Next == 'I') &&
        (at(Fmt, I + 2) == '4' || at(Fmt, I + 2) == '6')) {
      I += 2;
      return true;
    }
    return false;
  }
  if (C == 's')
    return endsConversion(Fmt, I + 1);
  if (C == 'c')
    return true;
  for (int Longs = 0; Longs < 2 && at(Fmt, I) == 'l'; ++Longs)
    ++I;
  C = at(Fmt, I);
  return C == 'i' || C == 'd' || C == 'u' || C == 'x' || C == 'X';
}

} // namespace

bool model::bprintfFormatValid(std::string_view Fmt, unsigned NumArgs) {
  unsigned Conversions = 0;
  for (size_t I = 0; I < Fmt.size(); ++I) {
    unsigned char C = Fmt[I];
    if (isAsciiByte(C) && !isPrintByte(C) && !isSpaceByte(C))
      return false;
    if (C != '%')
      continue;
    if (at(Fmt, I + 1) == '%') {
      ++I;
      continue;
    }
    if (Conversions >= NumArgs)
      return false;
    ++I;
    if (!isAsciiByte(static_cast<unsigned char>(at(Fmt, I))))
      return false;
    while (at(Fmt, I) == '0' || at(Fmt, I) == '+' || at(Fmt, I) == '-' ||
           at(Fmt, I) == ' ')
      ++I;
    if (at(Fmt, I) >= '1' && at(Fmt, I) <= '9')
      while (at(Fmt, I) >= '0' && at(Fmt, I) <= '9')
        ++I;
    if (!parseConversion(Fmt, I))
      return false;
    ++Conversions;
  }
  return true;
}
