//===- BtfPointerTest.cpp - Kernel struct pointers in the engine ----------===//
//
// tp_btf programs on a small target BTF written with libbpf's BTF writer:
// the context's trusted argument, walks that keep or lose trust (a field
// listed in `task_struct__safe_rcu`, one that is not), writes, reads past
// the struct, a helper argument of kind ARG_PTR_TO_BTF_ID, and no target
// BTF at all. The same shapes were checked against the 6.18 kernel on its
// own BTF (test/lit/engine/btf-pointers.c).
//
//===----------------------------------------------------------------------===//
#include "Asm.h"

#include "verifiable/Model/Helpers.h"
#include "verifiable/Model/TargetBtf.h"

#include <bpf/btf.h>

#include "gtest/gtest.h"

#include <cstdio>
#include <unistd.h>

using namespace verifiable;
using namespace verifiable::testasm;
using namespace verifiable::bpf;

namespace {

/// struct task_struct { int pid; struct task_struct *parent;
///                      struct task_struct *leader; int prio; };  // 32
/// struct task_struct__safe_rcu { struct task_struct *parent; };
/// typedef void (*btf_trace_foo)(void *, struct task_struct *);
class BtfPointers : public ::testing::Test {
protected:
  void SetUp() override {
    struct btf *B = btf__new_empty();
    btf__add_int(B, "int", 4, BTF_INT_SIGNED); // 1
    btf__add_ptr(B, 3);                        // 2
    btf__add_struct(B, "task_struct", 32);     // 3
    btf__add_field(B, "pid", 1, 0, 0);
    btf__add_field(B, "parent", 2, 64, 0);
    btf__add_field(B, "leader", 2, 128, 0);
    btf__add_field(B, "prio", 1, 192, 0);
    btf__add_struct(B, "task_struct__safe_rcu", 8); // 4
    btf__add_field(B, "parent", 2, 0, 0);
    btf__add_ptr(B, 0);                      // 5: void *
    btf__add_typedef(B, "btf_trace_foo", 7); // 6
    btf__add_ptr(B, 8);                      // 7
    btf__add_func_proto(B, 0);               // 8
    btf__add_func_param(B, "", 5);
    btf__add_func_param(B, "", 2);
    char Name[] = "/tmp/btf-pointer-test-XXXXXX";
    int Fd = mkstemp(Name);
    Path = Name;
    uint32_t Size = 0;
    const void *Raw = btf__raw_data(B, &Size);
    EXPECT_EQ(write(Fd, Raw, Size), static_cast<ssize_t>(Size));
    close(Fd);
    btf__free(B);
    Target = std::make_unique<model::TargetBtf>(Path);
  }
  void TearDown() override { unlink(Path.c_str()); }

  Finding run(std::initializer_list<Code> Body, bool WithBtf = true) {
    bpf::Program P = program("tp_btf/foo", Body);
    AnalysisOptions Opts;
    Opts.TargetBtf = WithBtf ? Target.get() : nullptr;
    return analyzeProgram(P, P.Functions.front(), Opts);
  }

  std::string Path;
  std::unique_ptr<model::TargetBtf> Target;
};

/// r1 = ctx[0], the trusted task.
Code loadTask() { return ldx(BPF_DW, R1, R1, 0); }

TEST_F(BtfPointers, TrustedArgumentIsRead) {
  Finding F = run({loadTask(), ldx(BPF_W, R0, R1, 24), exit()});
  EXPECT_EQ(F.V, Verdict::Accept) << F.Message;
  // The padding after `prio` is no field.
  F = run({loadTask(), ldx(BPF_W, R0, R1, 28), exit()});
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "struct task_struct doesn't have field at offset 28");
}

TEST_F(BtfPointers, PointerArgumentsAreReadWhole) {
  Finding F = run({ldx(BPF_W, R0, R1, 0), exit()});
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "func 'foo' size 4 must be 8");
}

TEST_F(BtfPointers, WritesAreRefused) {
  Finding F = run({loadTask(), st(BPF_W, R1, 0, 1), mov(R0, 0), exit()});
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "only read is supported");
}

TEST_F(BtfPointers, ReadsPastTheStructAreRefused) {
  Finding F = run({loadTask(), ldx(BPF_W, R0, R1, 32), exit()});
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message, "access beyond struct task_struct at off 32 size 4");
}

/// bpf_get_task_stack(task, buf, 8, 0) with the task in r1.
Code taskStack() {
  return seq({mov(R2, R10), add(R2, -8), mov(R3, 8), mov(R4, 0),
              call(model::BPF_FUNC_get_task_stack), mov(R0, 0), exit()});
}

TEST_F(BtfPointers, SafeRcuFieldKeepsTrust) {
  Finding F = run({loadTask(), ldx(BPF_DW, R1, R1, 8), taskStack()});
  EXPECT_EQ(F.V, Verdict::Accept) << F.Message;
}

TEST_F(BtfPointers, OtherFieldsAreUntrusted) {
  Finding F = run({loadTask(), ldx(BPF_DW, R1, R1, 16), taskStack()});
  EXPECT_EQ(F.V, Verdict::Reject);
  EXPECT_EQ(F.Message,
            "R1 type=untrusted_ptr_ expected=ptr_, trusted_ptr_, rcu_ptr_");
  // An untrusted pointer can still be read.
  F = run({loadTask(), ldx(BPF_DW, R1, R1, 16), ldx(BPF_W, R0, R1, 0), exit()});
  EXPECT_EQ(F.V, Verdict::Accept) << F.Message;
}

TEST_F(BtfPointers, NoTargetBtfIsUnknown) {
  Finding F = run({mov(R0, 0), exit()}, /*WithBtf=*/false);
  EXPECT_EQ(F.V, Verdict::Unknown);
}

} // namespace
