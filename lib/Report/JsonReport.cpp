//===- JsonReport.cpp - Machine-readable verdicts -------------------------===//
//
// One record per program: name, section, verdict, message, location and
// cost. Uses llvm::json so the output is always valid JSON.
//
//===----------------------------------------------------------------------===//
#include "verifiable/Report/JsonReport.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

using namespace llvm;
using namespace verifiable;

static json::Object toJson(const Finding &F) {
  json::Array Notes;
  for (const FindingNote &N : F.Notes)
    Notes.push_back(json::Object{{"file", N.Loc.File},
                                 {"line", N.Loc.Line},
                                 {"column", N.Loc.Column},
                                 {"text", N.Text}});
  json::Array Knobs;
  for (const std::string &K : F.KnobsRead)
    Knobs.push_back(K);
  json::Object Record{
      {"name", F.Program},
      {"section", F.Section},
      {"verdict", verdictName(F.V)},
      {"message", F.Message},
      {"rejected_by", F.V != Verdict::Reject ? ""
                      : F.ByLoader           ? "libbpf"
                                             : "kernel"},
      {"file", F.Loc.File},
      {"line", F.Loc.Line},
      {"column", F.Loc.Column},
      {"function", F.Function},
      {"insn", F.InsnIndex},
      {"processed_insns", static_cast<int64_t>(F.ProcessedInsns)},
      {"peak_states", static_cast<int64_t>(F.PeakStates)},
      {"analysis_time_usec", static_cast<int64_t>(F.AnalysisTimeUsec)},
      {"notes", std::move(Notes)},
      {"knobs", std::move(Knobs)},
      {"knob_rejection", F.KnobRejection.Text}};
  // Only a rejection with evidence that the compiler made it has a cause.
  if (!F.Cause.Pattern.empty()) {
    auto Site = [](const FindingNote &N, const std::string &Reg) {
      return json::Object{{"file", N.Loc.File},     {"line", N.Loc.Line},
                          {"column", N.Loc.Column}, {"function", N.Function},
                          {"insn", N.InsnIndex},    {"reg", Reg}};
    };
    Record["cause"] = "compiler";
    Record["cause_evidence"] =
        json::Object{{"pattern", F.Cause.Pattern},
                     {"check", Site(F.Cause.Check, F.Cause.CheckReg)},
                     {"use", Site(F.Cause.Use, F.Cause.UseReg)},
                     {"workaround", F.Cause.Workaround}};
  }
  return Record;
}

static json::Object targetBtfJson(const ReportInputs &Inputs) {
  return json::Object{{"path", Inputs.TargetBtfPath},
                      {"status", Inputs.TargetBtfStatus},
                      {"hash", Inputs.TargetBtfHash}};
}

static json::Object kconfigJson(const ReportInputs &Inputs) {
  return json::Object{{"path", Inputs.KconfigPath},
                      {"status", Inputs.KconfigStatus}};
}

void verifiable::writeJsonReport(const std::vector<KernelVerdicts> &Kernels,
                                 raw_ostream &OS) {
  json::Array Programs;
  json::Array Named;
  for (const KernelVerdicts &K : Kernels) {
    for (const Finding &F : K.Findings) {
      json::Object Record = toJson(F);
      if (!K.Inputs.Kernel.empty())
        Record["kernel"] = K.Inputs.Kernel;
      Programs.push_back(std::move(Record));
    }
    if (K.Inputs.Kernel.empty())
      continue;
    json::Object Kernel{{"kernel", K.Inputs.Kernel},
                        {"profile", K.Inputs.Profile}};
    if (!K.Inputs.TargetBtfStatus.empty())
      Kernel["target_btf"] = targetBtfJson(K.Inputs);
    if (!K.Inputs.KconfigStatus.empty())
      Kernel["kconfig"] = kconfigJson(K.Inputs);
    Named.push_back(std::move(Kernel));
  }
  json::Object Report{{"programs", std::move(Programs)}};
  if (!Named.empty())
    Report["kernels"] = std::move(Named);
  if (!Kernels.empty()) {
    const ReportInputs &First = Kernels.front().Inputs;
    if (!First.TargetBtfStatus.empty())
      Report["target_btf"] = targetBtfJson(First);
    if (!First.KconfigStatus.empty())
      Report["kconfig"] = kconfigJson(First);
  }
  OS << formatv("{0:2}", json::Value(std::move(Report))) << "\n";
}

void verifiable::writeJsonReport(const std::vector<Finding> &Findings,
                                 raw_ostream &OS, const ReportInputs &Inputs) {
  writeJsonReport({KernelVerdicts{Inputs, Findings}}, OS);
}

Error verifiable::writeJsonReportFile(
    const std::vector<KernelVerdicts> &Kernels, StringRef Path) {
  std::error_code EC;
  raw_fd_ostream OS(Path, EC, sys::fs::OF_Text);
  if (EC)
    return createStringError(EC, "cannot write report '%s': %s",
                             Path.str().c_str(), EC.message().c_str());
  writeJsonReport(Kernels, OS);
  return Error::success();
}

Error verifiable::writeJsonReportFile(const std::vector<Finding> &Findings,
                                      StringRef Path,
                                      const ReportInputs &Inputs) {
  return writeJsonReportFile({KernelVerdicts{Inputs, Findings}}, Path);
}
