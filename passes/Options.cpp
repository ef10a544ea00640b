//===- Options.cpp - The plugin's -mllvm options --------------------------===//
//
// cl::opt registrations. A malformed value is rejected by the command-line
// parser with a message naming the option, before any pass runs.
//
//===----------------------------------------------------------------------===//
#include "Options.h"

#include "llvm/Support/CommandLine.h"

using namespace llvm;
using namespace verifiable;

static cl::OptionCategory Category("verifiable options");

static cl::opt<RejectSeverity> Severity(
    "verifiable-severity",
    cl::desc("How a predicted verifier rejection is reported"),
    cl::init(RejectSeverity::Error), cl::cat(Category),
    cl::values(clEnumValN(RejectSeverity::Error, "error", "a compile error"),
               clEnumValN(RejectSeverity::Warning, "warning", "a warning"),
               clEnumValN(RejectSeverity::Remark, "remark",
                          "a remark (-Rpass-analysis=verifiable)")));

static cl::opt<bool> Transforms(
    "verifiable-transforms",
    cl::desc("Run the -Overifiable IR transforms (false: only check)"),
    cl::init(true), cl::cat(Category));

static cl::opt<std::string>
    Report("verifiable-report",
           cl::desc("Write a JSON report with one record per BPF program"),
           cl::value_desc("file"), cl::cat(Category));

static cl::opt<std::string>
    StateLog("verifiable-log",
             cl::desc("Write the abstract state at every instruction, like the "
                      "kernel's verifier log level 2"),
             cl::value_desc("file"), cl::cat(Category));

static cl::opt<uint64_t>
    Budget("verifiable-insn-budget",
           cl::desc("Instructions the engine processes per program before it "
                    "answers unknown (the kernel's limit is 1000000)"),
           cl::init(1000000), cl::cat(Category));

static cl::opt<bool> Precision(
    "verifiable-precision",
    cl::desc("Track which scalars each verified path depended on and compare "
             "only those when pruning, like the kernel's precision marks "
             "(default); =false compares every live scalar"),
    cl::init(true), cl::cat(Category));

static cl::opt<uint64_t> KnobBudget(
    "verifiable-knob-budget",
    cl::desc("Instructions the second analysis of an accepted program, with "
             "any values for its `const volatile` knobs, may process (at "
             "least 4x the first analysis'); it only warns, so it stops "
             "early. 0: no second analysis"),
    cl::init(50000), cl::cat(Category));

static cl::opt<bool> Unprivileged(
    "verifiable-unprivileged",
    cl::desc("Predict the verdict for a loader without CAP_BPF, CAP_PERFMON "
             "and CAP_SYS_ADMIN (default: a privileged loader)"),
    cl::init(false), cl::cat(Category));

static cl::opt<std::string> TargetBtf(
    "verifiable-target-btf",
    cl::desc("The target kernel's BTF (raw, like /sys/kernel/btf/vmlinux, or "
             "an ELF file with .BTF) that CO-RE relocations are resolved "
             "against; 'none' for no target BTF (default: the running "
             "kernel's when readable)"),
    cl::value_desc("file|none"), cl::cat(Category));
static cl::opt<std::string> Kconfig(
    "verifiable-kconfig",
    cl::desc("The target kernel's .config (plain or gzip-compressed) that "
             "__kconfig externs take their values from; 'none' for none "
             "(default: when the target is the running kernel, "
             "/boot/config-$(uname -r) or /proc/config.gz, as libbpf reads)"),
    cl::value_desc("file|none"), cl::cat(Category));

static cl::opt<std::string> Kernels(
    "verifiable-kernel",
    cl::desc("The kernels to predict verdicts for, comma-separated: a "
             "release (6.1, 6.12, 6.18), optionally with its BTF "
             "(6.1:FILE), or 'host' for the running kernel; one verdict "
             "per kernel (default: the running kernel)"),
    cl::value_desc("list"), cl::cat(Category));

namespace {
enum class KnobValues { Initial, Any };
} // namespace

static cl::opt<KnobValues> Rodata(
    "verifiable-rodata",
    cl::desc("Values of `const volatile` globals (knobs a loader may set)"),
    cl::init(KnobValues::Initial), cl::cat(Category),
    cl::values(clEnumValN(KnobValues::Initial, "initial",
                          "their initial values, as the kernel checks them "
                          "when the loader sets nothing; warn when other "
                          "values would be rejected"),
               clEnumValN(KnobValues::Any, "any", "any value")));

static cl::opt<bool> JudgeNaked(
    "verifiable-judge-naked",
    cl::desc("Judge __naked functions (hand-written BPF assembly) like any "
             "other; =false makes their programs unknown"),
    cl::init(true), cl::cat(Category));

RejectSeverity options::severity() { return Severity; }
bool options::transformsEnabled() { return Transforms; }
const std::string &options::reportPath() { return Report; }
const std::string &options::statePath() { return StateLog; }
uint64_t options::insnBudget() { return Budget; }
uint64_t options::knobBudget() { return KnobBudget; }
bool options::trackPrecision() { return Precision; }
bool options::unprivileged() { return Unprivileged; }
bool options::judgeNaked() { return JudgeNaked; }
const std::string &options::targetBtfPath() { return TargetBtf; }
const std::string &options::kernelList() { return Kernels; }
const std::string &options::kconfigPath() { return Kconfig; }
bool options::knobsAnyValue() { return Rodata == KnobValues::Any; }
