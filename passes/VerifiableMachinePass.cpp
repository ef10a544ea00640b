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
#include "verifiable/Model/HostMachine.h"
#include "verifiable/Model/KernelConfig.h"
#include "verifiable/Model/KernelSymbols.h"
#include "verifiable/Model/TargetBtf.h"
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

class VerifiableMachinePass : public MachineFunctionPass {
public:
  static char ID;
  explicit VerifiableMachinePass(const TargetMachine &TM)
      : MachineFunctionPass(ID), TM(TM), Lowering(TM) {}

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
  std::set<std::string> skipRequests(const Module &M) const;
  const DILocation *locationOf(const std::string &Function, int Index) const;
  /// Writes the -verifiable-report file, if one was asked for.
  void writeReport(Module &M, const std::vector<Finding> &Findings) const;
  bool targetIsRunningKernel() const {
    return Target && Target->path() == model::TargetBtf::RunningKernel;
  }

  const TargetMachine &TM;
  MIRLowering Lowering;
  /// The target kernel's BTF: one per compile, read when a program needs it.
  std::unique_ptr<model::TargetBtf> Target;
  /// The target kernel's .config: read when a program has a CONFIG_ extern.
  std::unique_ptr<model::KernelConfig> Config;
  bpf::Program Prog;
  std::map<std::string, std::vector<const DILocation *>> Locations;
};

} // namespace

char VerifiableMachinePass::ID = 0;

bool VerifiableMachinePass::runOnMachineFunction(MachineFunction &MF) {
  if (!Target) {
    const std::string &Path = options::targetBtfPath();
    Target = std::make_unique<model::TargetBtf>(
        Path.empty() ? model::TargetBtf::defaultPath() : Path);
    Lowering.setTargetBtf(Target.get());
    Lowering.setJudgeNaked(options::judgeNaked());
    // This machine's configuration describes only the kernel running here.
    const std::string &ConfigPath = options::kconfigPath();
    Config = std::make_unique<model::KernelConfig>(
        !ConfigPath.empty()       ? ConfigPath
        : targetIsRunningKernel() ? model::KernelConfig::defaultPath()
                                  : "none");
  }
  std::vector<const DILocation *> &Locs = Locations[MF.getName().str()];
  Locs.clear();
  bpf::Function F = Lowering.lower(MF, &Locs);
  MF.getFunction().getContext().diagnose(
      MachineOptimizationRemarkAnalysis(RemarkPassName, "Lowered",
                                        MF.getFunction().getSubprogram(),
                                        &MF.front())
      << "lowered '" << MF.getName() << "' to "
      << std::to_string(F.Insns.size()) << " BPF instructions"
      << (F.LoweringProblem.empty() ? "" : " (" + F.LoweringProblem + ")"));
  Prog.Functions.push_back(std::move(F));
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

const DILocation *VerifiableMachinePass::locationOf(const std::string &Function,
                                                    int Index) const {
  auto It = Locations.find(Function);
  if (It == Locations.end() || Index < 0 ||
      static_cast<size_t>(Index) >= It->second.size())
    return nullptr;
  return It->second[Index];
}

bool VerifiableMachinePass::doFinalization(Module &M) {
  // A module without code (a .struct_ops map alone, a header check) still
  // gets its report, with no programs, so a build can rely on the file.
  if (Prog.Functions.empty()) {
    writeReport(M, {});
    return false;
  }
  describeModule(M, TM, Prog);
  model::KconfigInputs KconfigIn{Config.get(), Target.get(),
                                 targetIsRunningKernel()};
  describeKconfigExterns(M, KconfigIn, Prog);
  // Only the running kernel's symbol table can be read.
  model::KernelSymbols Symbols(targetIsRunningKernel() ? "/proc/kallsyms"
                                                       : "none");
  describeKsymExterns(M, &Symbols, Target.get(), Prog);
  Lowering.localTypes().describe(M, Prog);
  std::set<std::string> Skip = skipRequests(M);

  DiagnosticEmitter Diags(M.getContext(), options::severity(),
                          [this](const std::string &Fn, int Index) {
                            return locationOf(Fn, Index);
                          });
  std::ofstream StateLog;
  AnalysisOptions Opts;
  Opts.InsnBudget = options::insnBudget();
  Opts.KnobCheckBudget = options::knobBudget();
  Opts.KnobsAnyValue = options::knobsAnyValue();
  if (targetIsRunningKernel())
    Opts.NrCpuIds = model::runningNrCpuIds();
  Opts.TargetBtf = Target.get();
  // The loader's privilege is one choice: the profile (helper tables) and
  // the engine's option (pointer leaks, uninitialised stack) follow it.
  const model::KernelProfile Unprivileged =
      model::withoutPrivileges(model::hostProfile());
  if (options::unprivileged()) {
    Opts.Privileged = false;
    Opts.Profile = &Unprivileged;
  }
  if (!options::statePath().empty()) {
    StateLog.open(options::statePath());
    if (StateLog)
      Opts.StateLog = &StateLog;
    else
      M.getContext().diagnose(DiagnosticInfoGeneric(
          "verifiable: cannot write state log '" + options::statePath() + "'",
          DS_Warning));
  }

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

  writeReport(M, Findings);
  Prog = bpf::Program();
  Lowering.localTypes().clear();
  Locations.clear();
  return false;
}

void VerifiableMachinePass::writeReport(
    Module &M, const std::vector<Finding> &Findings) const {
  if (options::reportPath().empty())
    return;
  ReportInputs Inputs;
  if (Target) {
    Inputs.TargetBtfPath = Target->disabled() ? "none" : Target->path();
    Inputs.TargetBtfHash = Target->hash();
    Inputs.TargetBtfStatus = Target->disabled()       ? "none"
                             : !Target->used()        ? "unused"
                             : Target->hash().empty() ? "unreadable"
                                                      : "loaded";
  }
  if (Config) {
    Inputs.KconfigPath = Config->disabled() ? "none" : Config->path();
    Inputs.KconfigStatus = Config->disabled()    ? "none"
                           : !Config->used()     ? "unused"
                           : Config->available() ? "loaded"
                                                 : "unreadable";
  }
  if (Error E = writeJsonReportFile(Findings, options::reportPath(), Inputs))
    M.getContext().diagnose(DiagnosticInfoGeneric(
        "verifiable: " + toString(std::move(E)), DS_Error));
}

MachineFunctionPass *
verifiable::createVerifiableMachinePass(const TargetMachine &TM) {
  return new VerifiableMachinePass(TM);
}
