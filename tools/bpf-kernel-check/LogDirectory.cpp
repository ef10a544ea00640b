//===- LogDirectory.cpp - Where full verifier logs go ---------------------===//
//
// mkdir -p and a file write; names come from the object and program names.
//
//===----------------------------------------------------------------------===//
#include "LogDirectory.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sys/stat.h>

using namespace verifiable::kernelcheck;

namespace {

bool makeDirectories(const std::string &Path, std::string &Error) {
  for (size_t Pos = 1;; ++Pos) {
    Pos = Path.find('/', Pos);
    std::string Prefix = Path.substr(0, Pos);
    if (mkdir(Prefix.c_str(), 0755) != 0 && errno != EEXIST) {
      Error = Prefix + ": " + std::strerror(errno);
      return false;
    }
    if (Pos == std::string::npos)
      break;
  }
  struct stat St;
  if (stat(Path.c_str(), &St) != 0 || !S_ISDIR(St.st_mode)) {
    Error = Path + ": not a directory";
    return false;
  }
  return true;
}

/// A file name component: no slashes, not "." or "..".
std::string sanitize(std::string Name) {
  for (char &C : Name)
    if (C == '/')
      C = '_';
  if (Name.empty() || Name == "." || Name == "..")
    Name = "_" + Name;
  return Name;
}

} // namespace

bool LogDirectory::write(const std::string &ObjectPath,
                         const std::string &Program, const std::string &Log,
                         std::string &Error) const {
  std::string Dir = Root;
  if (PerObject) {
    size_t Slash = ObjectPath.rfind('/');
    Dir += "/" + sanitize(Slash == std::string::npos
                              ? ObjectPath
                              : ObjectPath.substr(Slash + 1));
  }
  if (!makeDirectories(Dir, Error))
    return false;
  std::string Path = Dir + "/" + sanitize(Program) + ".log";
  std::ofstream Out(Path, std::ios::binary | std::ios::trunc);
  Out << Log;
  Out.close();
  if (!Out) {
    Error = Path + ": cannot write: " + std::strerror(errno);
    return false;
  }
  return true;
}
