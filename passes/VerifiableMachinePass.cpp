//===- VerifiableMachinePass.cpp - Codegen glue of the plugin -------------===//
//
// Runs after every BPF pre-emit pass, so it sees the instructions that will
// be emitted. It never changes the code. The engine runs in doFinalization,
// when all functions of the module are lowered but before the object file is
// written, so a predicted rejection fails the compile.
//
//===----------------------------------------------------------------------===//
#include "VerifiableMachinePass.h"
#include "Options.h"

#include "verifiable/Analysis/Analyzer.h"
#include "verifiable/Frontend/KconfigExterns.h"
#include "verifiable/Frontend/KsymExterns.h"
#include "verifiable/Frontend/MIRLowering.h"
#include "verifiable/Frontend/ModuleDescription.h"
#include "verifiable/Frontend/ObjectBtf.h"
#include "verifiable/Model/HostMachine.h"
#include "verifiable/Model/KernelConfig.h"
#include "verifiable/Model/KernelSymbols.h"
#include "verifiable/Model/TargetBtf.h"
#include "verifiable/Model/TargetKernels.h"
#include "verifiable/Report/DiagnosticEmitter.h"
#include "verifiable/Report/JsonReport.h"

#include "llvm/CodeGen/MachineFunctionPass.h"
#include "llvm/CodeGen/MachineOptimizationRemarkEmitter.h"
#include "llvm/IR/Constants.h"
#include "llvm/IR/DiagnosticInfo.h"
#include "llvm/IR/GlobalVariable.h"
#include "llvm/IR/Module.h"
#include "llvm/Target/TargetMachine.h"

#include <fstream>
#include <map>
#include <set>

using namespace llvm;
using namespace verifiable;

namespace {

/// One kernel the compile predicts for: its inputs, and the program as
/// libbpf would hand it to that kernel (CO-RE relocations are resolved
/// against its BTF, so each kernel has its own lowering).
struct KernelRun {
  model::TargetKernel Kernel;
  /// The kernel's BTF: read when a program needs it.
  std::unique_ptr<model::TargetBtf> Target;
  /// The kernel's .config: read when a program has a CONFIG_ extern.
  std::unique_ptr<model::KernelConfig> Config;
  std::unique_ptr<MIRLowering> Lowering;
  bpf::Program Prog;
  std::map<std::string, std::vector<const DILocation *>> Locations;

  bool targetIsRunningKernel() const {
    return Kernel.Running && Target->path() == model::TargetBtf::RunningKernel;
  }
  const DILocation *locationOf(const std::string &Function, int Index) const;
};

class VerifiableMachinePass : public MachineFunctionPass {
public:
  static char ID;
  explicit VerifiableMachinePass(const TargetMachine &TM)
      : MachineFunctionPass(ID), TM(TM) {}

  StringRef getPassName() const override {
    return "verifiable: predict the Linux BPF verifier's verdict";
  }
  void getAnalysisUsage(AnalysisUsage &AU) const override {
    AU.setPreservesAll();
    MachineFunctionPass::getAnalysisUsage(AU);
  }
  bool runOnMachineFunction(MachineFunction &MF) override;
  bool doFinalization(Module &M) override;

private:
  /// Sets up Runs from the options; false (after an error) when they are
  /// malformed.
  bool setUpKernels(LLVMContext &Ctx);
  std::set<std::string> skipRequests(const Module &M) const;
  /// Analyses every program for \p Run's kernel.
  std::vector<Finding> judge(Module &M, KernelRun &Run,
                             const std::set<std::string> &Skip,
                             std::ofstream *StateLog);
  /// Writes the -verifiable-report file, if one was asked for.
  void writeReport(Module &M,
                   std::vector<std::vector<Finding>> PerKernel) const;

  const TargetMachine &TM;
  /// One per -verifiable-kernel entry; one for the running kernel (or the
  /// -verifiable-target-btf one) without the option.
  std::vector<KernelRun> Runs;
  /// The object's own BTF, copied when the AsmPrinter finishes it.
  ObjectBtf Object;
  bool KernelsNamed = false;
  bool SetUp = false;
  bool BadOptions = false;
};

} // namespace

char VerifiableMachinePass::ID = 0;

bool VerifiableMachinePass::setUpKernels(LLVMContext &Ctx) {
  std::vector<model::TargetKernel> Kernels;
  const std::string &List = options::kernelList();
  const std::string &BtfPath = options::targetBtfPath();
  const std::string &ConfigPath = options::kconfigPath();
  auto Fail = [&](const std::string &Why) {
    Ctx.diagnose(DiagnosticInfoGeneric("verifiable: " + Why, DS_Error));
    return false;
  };
  if (List.empty()) {
    model::TargetKernel K{
        "", model::hostProfile(),
        BtfPath.empty() ? model::TargetBtf::defaultPath() : BtfPath, "", true};
    Kernels.push_back(std::move(K));
  } else {
    std::string Error;
    if (!model::parseTargetKernels(List, Kernels, Error))
      return Fail("-verifiable-kernel: " + Error);
    if (Kernels.size() > 1 && (!BtfPath.empty() || !ConfigPath.empty()))
      return Fail("-verifiable-target-btf and -verifiable-kconfig name one "
                  "kernel's files; with several kernels, give each its BTF "
                  "in -verifiable-kernel (6.1:FILE)");
    if (!BtfPath.empty())
      Kernels.front().BtfPath = BtfPath;
    KernelsNamed = true;
  }
  for (model::TargetKernel &K : Kernels) {
    KernelRun Run;
    Run.Kernel = std::move(K);
    Run.Target = std::make_unique<model::TargetBtf>(Run.Kernel.BtfPath);
    Run.Lowering = std::make_unique<MIRLowering>(TM);
    Run.Lowering->setTargetBtf(Run.Target.get());
    Run.Lowering->setJudgeNaked(options::judgeNaked());
    // This machine's configuration describes only the kernel running here.
    std::string Config =
        !ConfigPath.empty()              ? ConfigPath
        : !Run.Kernel.ConfigPath.empty() ? Run.Kernel.ConfigPath
        : Run.targetIsRunningKernel()    ? model::KernelConfig::defaultPath()
                                         : "none";
    Run.Config = std::make_unique<model::KernelConfig>(Config);
    Runs.push_back(std::move(Run));
  }
  return true;
}

bool VerifiableMachinePass::runOnMachineFunction(MachineFunction &MF) {
  if (!SetUp) {
    SetUp = true;
    BadOptions = !setUpKernels(MF.getFunction().getContext());
    Object.attach(*this);
  }
  bool First = true;
  for (KernelRun &Run : Runs) {
    std::vector<const DILocation *> &Locs = Run.Locations[MF.getName().str()];
    Locs.clear();
    bpf::Function F = Run.Lowering->lower(MF, &Locs);
    if (First)
      MF.getFunction().getContext().diagnose(
          MachineOptimizationRemarkAnalysis(RemarkPassName, "Lowered",
                                            MF.getFunction().getSubprogram(),
                                            &MF.front())
          << "lowered '" << MF.getName() << "' to "
          << std::to_string(F.Insns.size()) << " BPF instructions"
          << (F.LoweringProblem.empty() ? "" : " (" + F.LoweringProblem + ")"));
    First = false;
    Run.Prog.Functions.push_back(std::move(F));
  }
  return false;
}

/// Functions marked __attribute__((annotate("verifiable:skip"))).
std::set<std::string>
VerifiableMachinePass::skipRequests(const Module &M) const {
  std::set<std::string> Names;
  const GlobalVariable *Annotations =
      M.getGlobalVariable("llvm.global.annotations");
  if (!Annotations || !Annotations->hasInitializer())
    return Names;
  const auto *Entries = dyn_cast<ConstantArray>(Annotations->getInitializer());
  if (!Entries)
    return Names;
  for (const Use &U : Entries->operands()) {
    const auto *Entry = dyn_cast<ConstantStruct>(U.get());
    if (!Entry || Entry->getNumOperands() < 2)
      continue;
    const auto *Fn =
        dyn_cast<Function>(Entry->getOperand(0)->stripPointerCasts());
    const auto *Str =
        dyn_cast<GlobalVariable>(Entry->getOperand(1)->stripPointerCasts());
    if (!Fn || !Str || !Str->hasInitializer())
      continue;
    if (const auto *Text =
            dyn_cast<ConstantDataSequential>(Str->getInitializer()))
      if (Text->isCString() && Text->getAsCString() == "verifiable:skip")
        Names.insert(Fn->getName().str());
  }
  return Names;
}

const DILocation *KernelRun::locationOf(const std::string &Function,
                                        int Index) const {
  auto It = Locations.find(Function);
  if (It == Locations.end() || Index < 0 ||
      static_cast<size_t>(Index) >= It->second.size())
    return nullptr;
  return It->second[Index];
}

bool VerifiableMachinePass::doFinalization(Module &M) {
  if (BadOptions)
    return false;
  // A module without code (a .struct_ops map alone, a header check) still
  // gets its report, with no programs, so a build can rely on the file.
  if (Runs.empty()) {
    writeReport(M, {});
    return false;
  }
  std::set<std::string> Skip = skipRequests(M);
  std::ofstream StateLog;
  if (!options::statePath().empty()) {
    StateLog.open(options::statePath());
    if (!StateLog)
      M.getContext().diagnose(DiagnosticInfoGeneric(
          "verifiable: cannot write state log '" + options::statePath() + "'",
          DS_Warning));
  }
  std::vector<std::vector<Finding>> PerKernel;
  for (KernelRun &Run : Runs)
    PerKernel.push_back(
        judge(M, Run, Skip, StateLog.is_open() ? &StateLog : nullptr));
  writeReport(M, std::move(PerKernel));
  Runs.clear();
  Object.reset();
  SetUp = false;
  return false;
}

std::vector<Finding>
VerifiableMachinePass::judge(Module &M, KernelRun &Run,
                             const std::set<std::string> &Skip,
                             std::ofstream *StateLog) {
  bpf::Program &Prog = Run.Prog;
  describeModule(M, TM, Prog);
  const bool Running = Run.targetIsRunningKernel();
  model::KconfigInputs KconfigIn{Run.Config.get(), Run.Target.get(), Running};
  describeKconfigExterns(M, KconfigIn, Prog);
  // Only the running kernel's symbol table can be read.
  model::KernelSymbols Symbols(Running ? "/proc/kallsyms" : "none");
  describeKsymExterns(M, &Symbols, Run.Target.get(), Prog);
  Run.Lowering->localTypes().describe(M, Prog);
  Run.Lowering->describePoisonedRelocations(Object.sections(), Prog);

  DiagnosticEmitter Diags(M.getContext(), options::severity(),
                          [&Run](const std::string &Fn, int Index) {
                            return Run.locationOf(Fn, Index);
                          });
  if (KernelsNamed)
    Diags.setKernel(Run.Kernel.Running && Run.Kernel.Label == "host"
                        ? "the running kernel"
                        : "Linux " + Run.Kernel.Label);
  AnalysisOptions Opts;
  Opts.InsnBudget = options::insnBudget();
  Opts.TrackPrecision = options::trackPrecision();
  Opts.KnobCheckBudget = options::knobBudget();
  Opts.KnobsAnyValue = options::knobsAnyValue();
  if (Running)
    Opts.NrCpuIds = model::runningNrCpuIds();
  Opts.TargetBtf = Run.Target.get();
  // The loader's privilege is one choice: the profile (helper tables) and
  // the engine's option (pointer leaks, uninitialised stack) follow it.
  const model::KernelProfile Profile =
      options::unprivileged() ? model::withoutPrivileges(Run.Kernel.Profile)
                              : Run.Kernel.Profile;
  Opts.Privileged = Profile.Privileged;
  Opts.Profile = &Profile;
  Opts.StateLog = StateLog;

  std::vector<Finding> Findings;
  for (const bpf::Function *Entry : Prog.entries()) {
    const Function *IRFn = M.getFunction(Entry->Name);
    Finding F;
    if (Skip.count(Entry->Name)) {
      F.Program = Entry->Name;
      F.Section = Entry->Section;
      F.Message = "skipped: annotate(\"verifiable:skip\")";
    } else {
      F = analyzeProgram(Prog, *Entry, Opts);
    }
    if (IRFn)
      Diags.emit(F, *IRFn);
    Findings.push_back(std::move(F));
  }
  return Findings;
}

void VerifiableMachinePass::writeReport(
    Module &M, std::vector<std::vector<Finding>> PerKernel) const {
  if (options::reportPath().empty())
    return;
  std::vector<KernelVerdicts> Kernels;
  for (size_t I = 0; I < Runs.size(); ++I) {
    const KernelRun &Run = Runs[I];
    ReportInputs Inputs;
    const model::TargetBtf &Target = *Run.Target;
    Inputs.TargetBtfPath = Target.disabled() ? "none" : Target.path();
    Inputs.TargetBtfHash = Target.hash();
    Inputs.TargetBtfStatus = Target.disabled()       ? "none"
                             : !Target.used()        ? "unused"
                             : Target.hash().empty() ? "unreadable"
                                                     : "loaded";
    model::KernelConfig &Config = *Run.Config;
    Inputs.KconfigPath = Config.disabled() ? "none" : Config.path();
    Inputs.KconfigStatus = Config.disabled()    ? "none"
                           : !Config.used()     ? "unused"
                           : Config.available() ? "loaded"
                                                : "unreadable";
    if (KernelsNamed) {
      Inputs.Kernel = Run.Kernel.Label;
      Inputs.Profile = Run.Kernel.Profile.Name;
    }
    Kernels.push_back({std::move(Inputs), I < PerKernel.size()
                                              ? std::move(PerKernel[I])
                                              : std::vector<Finding>()});
  }
  if (Error E = writeJsonReportFile(Kernels, options::reportPath()))
    M.getContext().diagnose(DiagnosticInfoGeneric(
        "verifiable: " + toString(std::move(E)), DS_Error));
}

MachineFunctionPass *
verifiable::createVerifiableMachinePass(const TargetMachine &TM) {
  return new VerifiableMachinePass(TM);
}
