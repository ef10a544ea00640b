//===- KernelSymbols.cpp - Reading a kallsyms table -----------------------===//
//
// One pass over the table, keeping names only: addresses change with every
// boot (KASLR), so the engine never uses them.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Model/KernelSymbols.h"

#include <fstream>
#include <sstream>

using namespace verifiable;
using namespace verifiable::model;

void KernelSymbols::parse(std::string_view Text) {
  Loaded = Read = true;
  while (!Text.empty()) {
    size_t End = Text.find('\n');
    std::string_view Line = Text.substr(0, End);
    Text.remove_prefix(End == std::string_view::npos ? Text.size() : End + 1);
    // Skip the address and the type letter.
    size_t First = Line.find(' ');
    size_t Second =
        First == std::string_view::npos ? First : Line.find(' ', First + 1);
    if (Second == std::string_view::npos)
      continue;
    std::string_view Name = Line.substr(Second + 1);
    Name = Name.substr(0, Name.find_first_of(" \t"));
    if (!Name.empty())
      Names.emplace(Name);
  }
}

std::optional<bool> KernelSymbols::has(std::string_view Name) {
  if (!Loaded) {
    Loaded = true;
    if (!Path.empty() && Path != "none") {
      std::ifstream In(Path);
      if (In) {
        std::stringstream Text;
        Text << In.rdbuf();
        parse(Text.str());
      }
    }
  }
  if (!Read)
    return std::nullopt;
  return Names.count(Name) != 0;
}
