//===- LocalObjectsTest.cpp - Objects from bpf_obj_new() in the engine ----===//
//
// bpf_obj_new_impl()/bpf_obj_drop_impl() on a small target BTF holding
// their prototypes, with a hand-written program-local BTF (what the
// front-end encodes from debug info): the object is NULL until checked,
// plain fields are written, the lock field and bytes past the struct are
// refused, a leak is reported with the kernel's ids, and a type id no
// relocation loads stays unknown. The same shapes were checked against the
// 6.18 kernel (test/lit/engine/local-objects.c).
//
//===----------------------------------------------------------------------===//
#include "Asm.h"

#include "verifiable/Model/TargetBtf.h"

#include <bpf/btf.h>

#include "gtest/gtest.h"

#include <cstdio>
#include <unistd.h>

using namespace verifiable;
using namespace verifiable::testasm;
using namespace verifiable::bpf;

namespace {

Code ldImm64(Reg Dst, uint64_t V) {
  bpf::Insn First =
      raw(BPF_LD | BPF_IMM | BPF_DW, Dst, 0, 0, static_cast<int32_t>(V));
  First.Imm64 = static_cast<int64_t>(V);
  bpf::Insn Second;
  Second.IsSecondHalf = true;
  return {First, Second};
}

Code kfunc(const std::string &Name) {
  bpf::Insn I = raw(BPF_JMP | BPF_CALL, 0, BPF_PSEUDO_KFUNC_CALL, 0, 0);
  I.Ref.K = SymbolRef::Kfunc;
  I.Ref.Name = Name;
  return {I};
}

/// r0 = bpf_obj_new_impl(Id, NULL): three instruction slots plus the call.
Code objNew(uint64_t Id = LocalTypeIdBase) {
  return seq({ldImm64(R1, Id), mov(R2, 0), kfunc("bpf_obj_new_impl")});
}

/// bpf_obj_drop_impl(r0, NULL)
Code objDrop() {
  return seq({mov(R1, R0), mov(R2, 0), kfunc("bpf_obj_drop_impl")});
}

class LocalObjects : public ::testing::Test {
protected:
  void SetUp() override {
    struct btf *B = btf__new_empty();
    int U64 = btf__add_int(B, "unsigned long long", 8, 0); // 1
    int Void = btf__add_ptr(B, 0);                         // 2
    int NewProto = btf__add_func_proto(B, Void);
    btf__add_func_param(B, "local_type_id__k", U64);
    btf__add_func_param(B, "meta__ign", Void);
    btf__add_func(B, "bpf_obj_new_impl", BTF_FUNC_GLOBAL, NewProto);
    int DropProto = btf__add_func_proto(B, 0);
    btf__add_func_param(B, "p__alloc", Void);
    btf__add_func_param(B, "meta__ign", Void);
    btf__add_func(B, "bpf_obj_drop_impl", BTF_FUNC_GLOBAL, DropProto);
    char Name[] = "/tmp/local-objects-test-XXXXXX";
    int Fd = mkstemp(Name);
    Path = Name;
    uint32_t Size = 0;
    const void *Raw = btf__raw_data(B, &Size);
    EXPECT_EQ(write(Fd, Raw, Size), static_cast<ssize_t>(Size));
    close(Fd);
    btf__free(B);
    Target = std::make_unique<model::TargetBtf>(Path);

    // The program's own types:
    // struct foo { long a; struct bpf_spin_lock lock; int b; };  // 16
    struct btf *L = btf__new_empty();
    int Long = btf__add_int(L, "long", 8, BTF_INT_SIGNED);
    int Int = btf__add_int(L, "int", 4, BTF_INT_SIGNED);
    int Lock = btf__add_struct(L, "bpf_spin_lock", 4);
    btf__add_field(L, "val", Int, 0, 0);
    Foo = btf__add_struct(L, "foo", 16);
    btf__add_field(L, "a", Long, 0, 0);
    btf__add_field(L, "lock", Lock, 64, 0);
    btf__add_field(L, "b", Int, 96, 0);
    const void *LRaw = btf__raw_data(L, &Size);
    LocalBtf.assign(static_cast<const uint8_t *>(LRaw),
                    static_cast<const uint8_t *>(LRaw) + Size);
    btf__free(L);
  }
  void TearDown() override { unlink(Path.c_str()); }

  Finding run(std::initializer_list<Code> Body) {
    bpf::Program P = program("tc", Body);
    LocalType T;
    T.TypeIdValue = LocalTypeIdBase;
    T.BtfId = static_cast<uint32_t>(Foo);
    T.Name = "foo";
    T.IsStruct = true;
    T.Size = 16;
    T.HasRecord = true;
    SpecialField F;
    F.K = SpecialField::SpinLock;
    F.Offset = 8;
    F.Size = 4;
    T.Fields.push_back(F);
    P.LocalTypes.push_back(T);
    P.LocalBtf = LocalBtf;
    AnalysisOptions Opts;
    Opts.TargetBtf = Target.get();
    return analyzeProgram(P, P.Functions.front(), Opts);
  }

  std::string Path;
  std::unique_ptr<model::TargetBtf> Target;
  std::vector<uint8_t> LocalBtf;
  int Foo = 0;
};

TEST_F(LocalObjects, WrittenCheckedAndDroppedIsAccepted) {
  Finding F = run({objNew(), jmp(BPF_JEQ, R0, 0, 7), st(BPF_DW, R0, 0, 1),
                   st(BPF_W, R0, 12, 2), ldx(BPF_W, R3, R0, 12), objDrop(),
                   mov(R0, 0), exit()});
  EXPECT_EQ(F.V, Verdict::Accept) << F.Message;
}

TEST_F(LocalObjects, LeakIsReportedWithTheKernelsIds) {
  // KF_RET_NULL takes id 1 before the reference takes id 2.
  Finding F = run({objNew(), mov(R0, 0), exit()});
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "Unreleased reference id=2 alloc_insn=3");
}

TEST_F(LocalObjects, UncheckedObjectIsRefused) {
  Finding F =
      run({objNew(), st(BPF_DW, R0, 0, 1), objDrop(), mov(R0, 0), exit()});
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "R0 invalid mem access 'ptr_or_null_'");
}

TEST_F(LocalObjects, LockFieldIsNotAccessedDirectly) {
  Finding F = run({objNew(), jmp(BPF_JEQ, R0, 0, 4), st(BPF_W, R0, 8, 0),
                   objDrop(), mov(R0, 0), exit()});
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "direct access to bpf_spin_lock is disallowed");
}

TEST_F(LocalObjects, NoFlexibleArrayPastTheStruct) {
  Finding F = run({objNew(), jmp(BPF_JEQ, R0, 0, 4), ldx(BPF_W, R3, R0, 16),
                   objDrop(), mov(R0, 0), exit()});
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "access beyond struct foo at off 16 size 4");
}

TEST_F(LocalObjects, DropOfAMemberIsRefused) {
  Finding F = run({objNew(), jmp(BPF_JEQ, R0, 0, 4), add(R0, 12), objDrop(),
                   mov(R0, 0), exit()});
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "R1 must have zero offset when passed to release func "
                       "or trusted arg to kfunc");
}

TEST_F(LocalObjects, TypeIdNoRelocationLoadsIsUnknown) {
  Finding F = run({objNew(3), mov(R0, 0), exit()});
  EXPECT_EQ(F.V, Verdict::Unknown) << F.Message;
}

} // namespace
