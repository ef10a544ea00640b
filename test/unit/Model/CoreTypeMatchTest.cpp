//===- CoreTypeMatchTest.cpp - libbpf's type-match relation ---------------===//
//
// Local and target types built with libbpf's BTF writer, each case stating
// the two types next to what bpf_core_type_matches() answers for them.
//
//===----------------------------------------------------------------------===//

#include "verifiable/Model/CoreTypeMatch.h"
#include "verifiable/Model/CoreRelocation.h"

#include <bpf/btf.h>

#include "gtest/gtest.h"

#include <memory>
#include <unistd.h>

using namespace verifiable::model;

namespace {

/// A BTF under construction, with the ids of its common types.
struct Types {
  Types() : B(btf__new_empty(), btf__free) {
    Int = btf__add_int(get(), "int", 4, BTF_INT_SIGNED);
    UInt = btf__add_int(get(), "unsigned int", 4, 0);
    Long = btf__add_int(get(), "long", 8, BTF_INT_SIGNED);
  }
  struct btf *get() const {
    return B.get();
  }
  std::shared_ptr<struct btf> B;
  int Int, UInt, Long;
};

std::optional<bool> matches(const Types &L, int LId, const Types &T, int TId) {
  return coreTypesMatch(L.get(), LId, T.get(), TId);
}

int addStruct(Types &X, const char *Name,
              std::vector<std::pair<const char *, int>> Members,
              bool Union = false) {
  int Id = Union ? btf__add_union(X.get(), Name, 8)
                 : btf__add_struct(X.get(), Name, 8 * Members.size());
  unsigned Off = 0;
  for (auto [N, Ty] : Members) {
    btf__add_field(X.get(), N, Ty, Union ? 0 : Off, 0);
    Off += 64;
  }
  return Id;
}

TEST(CoreTypeMatch, StructsMatchByMemberNames) {
  Types L, T;
  int LS = addStruct(L, "task", {{"pid", L.Int}, {"flags", L.UInt}});
  // Other order, one more member, other offsets: still a match.
  int TS = addStruct(T, "task",
                     {{"state", T.Long}, {"flags", T.UInt}, {"pid", T.Int}});
  EXPECT_EQ(matches(L, LS, T, TS), true);
  // A local member the target lacks.
  int TMissing = addStruct(T, "task", {{"pid", T.Int}, {"state", T.UInt}});
  EXPECT_EQ(matches(L, LS, T, TMissing), false);
  // A member whose type differs in signedness or size.
  int TSign = addStruct(T, "task", {{"pid", T.UInt}, {"flags", T.UInt}});
  EXPECT_EQ(matches(L, LS, T, TSign), false);
  int TSize = addStruct(T, "task", {{"pid", T.Long}, {"flags", T.UInt}});
  EXPECT_EQ(matches(L, LS, T, TSize), false);
  // More local members than the target has.
  int TSmall = addStruct(T, "task", {{"pid", T.Int}});
  EXPECT_EQ(matches(L, LS, T, TSmall), false);
}

TEST(CoreTypeMatch, NamesWithoutFlavors) {
  Types L, T;
  int LS = addStruct(L, "task___new", {{"pid___v2", L.Int}});
  int TS = addStruct(T, "task", {{"pid", T.Int}});
  EXPECT_EQ(matches(L, LS, T, TS), true);
  int TOther = addStruct(T, "task_struct", {{"pid", T.Int}});
  EXPECT_EQ(matches(L, LS, T, TOther), false);
  // An anonymous type matches any name.
  int LAnon = addStruct(L, nullptr, {{"pid", L.Int}});
  EXPECT_EQ(matches(L, LAnon, T, TOther), true);
}

TEST(CoreTypeMatch, StructAndUnionDifferByValue) {
  Types L, T;
  int LS = addStruct(L, "u", {{"a", L.Int}});
  int TU = addStruct(T, "u", {{"a", T.Int}}, /*Union=*/true);
  EXPECT_EQ(matches(L, LS, T, TU), false);
}

TEST(CoreTypeMatch, Enums) {
  Types L, T;
  int LE = btf__add_enum(L.get(), "state", 4);
  btf__add_enum_value(L.get(), "RUNNING", 0);
  btf__add_enum_value(L.get(), "STOPPED___old", 1);
  // Every local enumerator's name is in the target; values do not matter.
  int TE = btf__add_enum(T.get(), "state", 4);
  btf__add_enum_value(T.get(), "STOPPED", 7);
  btf__add_enum_value(T.get(), "DEAD", 8);
  btf__add_enum_value(T.get(), "RUNNING", 9);
  EXPECT_EQ(matches(L, LE, T, TE), true);
  int TFewer = btf__add_enum(T.get(), "state", 4);
  btf__add_enum_value(T.get(), "RUNNING", 0);
  btf__add_enum_value(T.get(), "DEAD", 1);
  EXPECT_EQ(matches(L, LE, T, TFewer), false);
  // Sizes must agree; a 64-bit enum of the same size is an enum too.
  int TWide = btf__add_enum64(T.get(), "state", 8, false);
  btf__add_enum64_value(T.get(), "RUNNING", 0);
  btf__add_enum64_value(T.get(), "STOPPED", 1);
  EXPECT_EQ(matches(L, LE, T, TWide), false);
  int LWide = btf__add_enum64(L.get(), "state", 8, false);
  btf__add_enum64_value(L.get(), "RUNNING", 1ULL << 40);
  EXPECT_EQ(matches(L, LWide, T, TWide), true);
  EXPECT_EQ(matches(L, LE, T, T.Int), false);
}

TEST(CoreTypeMatch, ModifiersAndTypedefsAreSkipped) {
  Types L, T;
  int LConst = btf__add_const(L.get(), L.Int);
  int LTypedef = btf__add_typedef(L.get(), "pid_t", LConst);
  int TVolatile = btf__add_volatile(T.get(), T.Int);
  EXPECT_EQ(matches(L, LTypedef, T, TVolatile), true);
  EXPECT_EQ(matches(L, LTypedef, T, T.UInt), false);
}

TEST(CoreTypeMatch, Pointers) {
  Types L, T;
  int LFile = addStruct(L, "file", {{"f_mode", L.UInt}});
  int LPtr = btf__add_ptr(L.get(), LFile);
  // Behind a pointer a struct needs only the same kind and name: members
  // are not compared.
  int TFile = addStruct(T, "file", {{"f_flags", T.Long}});
  int TPtr = btf__add_ptr(T.get(), TFile);
  EXPECT_EQ(matches(L, LPtr, T, TPtr), true);
  // A forward declaration of the same kind stands for it there.
  int TFwd = btf__add_fwd(T.get(), "file", BTF_FWD_STRUCT);
  int TFwdPtr = btf__add_ptr(T.get(), TFwd);
  EXPECT_EQ(matches(L, LPtr, T, TFwdPtr), true);
  int TUnionFwd = btf__add_fwd(T.get(), "file", BTF_FWD_UNION);
  int TUnionFwdPtr = btf__add_ptr(T.get(), TUnionFwd);
  EXPECT_EQ(matches(L, LPtr, T, TUnionFwdPtr), false);
  int LFwd = btf__add_fwd(L.get(), "file", BTF_FWD_STRUCT);
  int LFwdPtr = btf__add_ptr(L.get(), LFwd);
  EXPECT_EQ(matches(L, LFwdPtr, T, TPtr), true);
  // Not behind a pointer, a forward declaration only matches another.
  EXPECT_EQ(matches(L, LFwd, T, TFile), false);
  EXPECT_EQ(matches(L, LFwd, T, TFwd), true);
  // Other names, other pointees.
  int TDentry = addStruct(T, "dentry", {{"d_flags", T.UInt}});
  int TDentryPtr = btf__add_ptr(T.get(), TDentry);
  EXPECT_EQ(matches(L, LPtr, T, TDentryPtr), false);
  int LIntPtr = btf__add_ptr(L.get(), L.Int);
  int TUIntPtr = btf__add_ptr(T.get(), T.UInt);
  EXPECT_EQ(matches(L, LIntPtr, T, TUIntPtr), false);
  // void * matches void * only.
  int LVoid = btf__add_ptr(L.get(), 0);
  int TVoid = btf__add_ptr(T.get(), 0);
  EXPECT_EQ(matches(L, LVoid, T, TVoid), true);
  EXPECT_EQ(matches(L, LVoid, T, TUIntPtr), false);
}

TEST(CoreTypeMatch, Arrays) {
  Types L, T;
  int LArr = btf__add_array(L.get(), L.Int, L.UInt, 16);
  int TArr = btf__add_array(T.get(), T.Int, T.UInt, 16);
  EXPECT_EQ(matches(L, LArr, T, TArr), true);
  int TLonger = btf__add_array(T.get(), T.Int, T.UInt, 32);
  EXPECT_EQ(matches(L, LArr, T, TLonger), false);
  int TSigned = btf__add_array(T.get(), T.Int, T.Int, 16);
  EXPECT_EQ(matches(L, LArr, T, TSigned), false);
}

TEST(CoreTypeMatch, FunctionPrototypes) {
  Types L, T;
  auto Proto = [](Types &X, int Ret, std::vector<int> Params) {
    int Id = btf__add_func_proto(X.get(), Ret);
    for (int P : Params)
      btf__add_func_param(X.get(), "x", P);
    return Id;
  };
  int LP = Proto(L, L.Int, {L.UInt, L.Long});
  EXPECT_EQ(matches(L, LP, T, Proto(T, T.Int, {T.UInt, T.Long})), true);
  EXPECT_EQ(matches(L, LP, T, Proto(T, T.Int, {T.UInt})), false);
  EXPECT_EQ(matches(L, LP, T, Proto(T, T.Int, {T.Int, T.Long})), false);
  EXPECT_EQ(matches(L, LP, T, Proto(T, T.UInt, {T.UInt, T.Long})), false);
  EXPECT_EQ(matches(L, LP, T, Proto(T, 0, {T.UInt, T.Long})), false);
}

TEST(CoreTypeMatch, FloatsNeverMatch) {
  Types L, T;
  int LF = btf__add_float(L.get(), "double", 8);
  int TF = btf__add_float(T.get(), "double", 8);
  EXPECT_EQ(matches(L, LF, T, TF), false);
}

TEST(CoreTypeMatch, TooDeepFailsTheRelocation) {
  Types L, T;
  int LInner = L.Int, TInner = T.Int;
  for (int I = 0; I < 40; ++I) {
    LInner = addStruct(L, "n", {{"next", LInner}});
    TInner = addStruct(T, "n", {{"next", TInner}});
  }
  EXPECT_EQ(matches(L, LInner, T, TInner), std::nullopt);
}

/// resolveCore() with a type-match relocation against a target file.
class TargetFile {
public:
  explicit TargetFile(struct btf *B) {
    char Name[] = "/tmp/core-match-XXXXXX";
    int Fd = mkstemp(Name);
    Path = Name;
    uint32_t Size = 0;
    const void *Raw = btf__raw_data(B, &Size);
    EXPECT_EQ(write(Fd, Raw, Size), static_cast<ssize_t>(Size));
    close(Fd);
  }
  ~TargetFile() { unlink(Path.c_str()); }
  std::string Path;
};

TEST(CoreTypeMatch, RelocationValue) {
  Types L, T;
  int LS = addStruct(L, "rq___local", {{"nr_running", L.UInt}});
  // Two candidates of that name: one that does not match, one that does.
  addStruct(T, "rq", {{"nr_running", T.Int}});
  addStruct(T, "rq___other", {{"cpu", T.Int}, {"nr_running", T.UInt}});
  addStruct(T, "cfs_rq", {{"nr_running", T.UInt}});
  TargetFile File(T.get());
  TargetBtf Target(File.Path);

  CoreLocalSpec Spec;
  Spec.Kind = CoreKind::TypeMatches;
  Spec.RootName = "rq___local";
  Spec.RootBtfKind = BTF_KIND_STRUCT;
  Spec.LocalBtf = L.B;
  Spec.LocalRootId = LS;
  CoreResolution R = resolveCore(Spec, Target);
  EXPECT_EQ(R.Status, CoreResolution::Patched);
  EXPECT_EQ(R.Value, 1u);

  // No candidate matches: 0, never a poisoned instruction.
  Types L2;
  int LBad = addStruct(L2, "rq", {{"nr_switches", L2.Long}});
  Spec.LocalBtf = L2.B;
  Spec.LocalRootId = LBad;
  Spec.RootName = "rq";
  R = resolveCore(Spec, Target);
  EXPECT_EQ(R.Status, CoreResolution::Patched);
  EXPECT_EQ(R.Value, 0u);
}

} // namespace
