//===- JsonWriter.cpp - One-line JSON objects -----------------------------===//
//
// JSON string escaping and member emission.
//
//===----------------------------------------------------------------------===//
#include "JsonWriter.h"

#include <cstdio>

using namespace verifiable::kernelcheck;

namespace {

/// Length of the valid UTF-8 sequence starting at \p I, or 0 if invalid.
size_t utf8SequenceLength(std::string_view Text, size_t I) {
  auto Byte = [&](size_t J) { return static_cast<unsigned char>(Text[J]); };
  unsigned char Lead = Byte(I);
  size_t Len;
  uint32_t CodePoint;
  if (Lead < 0x80)
    return 1;
  if (Lead >= 0xC2 && Lead <= 0xDF) {
    Len = 2;
    CodePoint = Lead & 0x1F;
  } else if (Lead >= 0xE0 && Lead <= 0xEF) {
    Len = 3;
    CodePoint = Lead & 0x0F;
  } else if (Lead >= 0xF0 && Lead <= 0xF4) {
    Len = 4;
    CodePoint = Lead & 0x07;
  } else {
    return 0;
  }
  if (I + Len > Text.size())
    return 0;
  for (size_t J = 1; J < Len; ++J) {
    if ((Byte(I + J) & 0xC0) != 0x80)
      return 0;
    CodePoint = (CodePoint << 6) | (Byte(I + J) & 0x3F);
  }
  // Reject overlong forms, surrogates and values past U+10FFFF.
  if ((Len == 3 && CodePoint < 0x800) || (Len == 4 && CodePoint < 0x10000) ||
      (CodePoint >= 0xD800 && CodePoint <= 0xDFFF) || CodePoint > 0x10FFFF)
    return 0;
  return Len;
}

} // namespace

std::string verifiable::kernelcheck::jsonQuote(std::string_view Text) {
  std::string Out;
  Out.reserve(Text.size() + 2);
  Out += '"';
  for (size_t I = 0; I < Text.size();) {
    unsigned char C = static_cast<unsigned char>(Text[I]);
    switch (C) {
    case '"':
      Out += "\\\"";
      break;
    case '\\':
      Out += "\\\\";
      break;
    case '\n':
      Out += "\\n";
      break;
    case '\r':
      Out += "\\r";
      break;
    case '\t':
      Out += "\\t";
      break;
    default:
      if (C < 0x20 || C == 0x7F) {
        char Buf[8];
        std::snprintf(Buf, sizeof(Buf), "\\u%04x", C);
        Out += Buf;
      } else if (size_t Len = utf8SequenceLength(Text, I)) {
        Out.append(Text.substr(I, Len));
        I += Len;
        continue;
      } else {
        Out += "\\ufffd";
      }
    }
    ++I;
  }
  Out += '"';
  return Out;
}

void JsonObjectWriter::key(std::string_view Key) {
  if (!Members.empty())
    Members += ", ";
  Members += jsonQuote(Key);
  Members += ": ";
}

JsonObjectWriter &JsonObjectWriter::string(std::string_view Key,
                                           std::string_view Value) {
  key(Key);
  Members += jsonQuote(Value);
  return *this;
}

JsonObjectWriter &JsonObjectWriter::integer(std::string_view Key,
                                            int64_t Value) {
  key(Key);
  Members += std::to_string(Value);
  return *this;
}

JsonObjectWriter &JsonObjectWriter::null(std::string_view Key) {
  key(Key);
  Members += "null";
  return *this;
}

JsonObjectWriter &
JsonObjectWriter::strings(std::string_view Key,
                          const std::vector<std::string> &Values) {
  key(Key);
  Members += '[';
  for (size_t I = 0; I < Values.size(); ++I) {
    if (I)
      Members += ", ";
    Members += jsonQuote(Values[I]);
  }
  Members += ']';
  return *this;
}

JsonObjectWriter &
JsonObjectWriter::integers(std::string_view Key,
                           const std::vector<int64_t> &Values) {
  key(Key);
  Members += '[';
  for (size_t I = 0; I < Values.size(); ++I) {
    if (I)
      Members += ", ";
    Members += std::to_string(Values[I]);
  }
  Members += ']';
  return *this;
}
