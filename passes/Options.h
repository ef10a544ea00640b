//===- Options.h - The plugin's -mllvm options ------------------*- C++ -*-===//
//
// Every user-facing switch of the plugin, in one place, so README's option
// table has one source of truth.
//
//===----------------------------------------------------------------------===//
#ifndef VERIFIABLE_PASSES_OPTIONS_H
#define VERIFIABLE_PASSES_OPTIONS_H

#include "verifiable/Report/DiagnosticEmitter.h"

#include <string>

namespace verifiable {
namespace options {

RejectSeverity severity();
bool transformsEnabled();
/// Path of the JSON report, empty when none was asked for.
const std::string &reportPath();
/// Path of the per-instruction state log, empty when none was asked for.
const std::string &statePath();
uint64_t insnBudget();
/// -verifiable-knob-budget.
uint64_t knobBudget();
/// -verifiable-precision (on by default): prune with precision marks.
bool trackPrecision();
/// Predict what a loader without privileges would see.
bool unprivileged();
/// -verifiable-judge-naked (on by default): lower and judge __naked
/// functions too.
bool judgeNaked();
/// -verifiable-target-btf as given: empty when not given (then the running
/// kernel's BTF is the default), "none" for no target BTF.
const std::string &targetBtfPath();
/// -verifiable-kernel as given: "" when not given (the running kernel).
const std::string &kernelList();
/// -verifiable-kconfig: "" when not given.
const std::string &kconfigPath();
/// -verifiable-rodata=any: knobs (`const volatile` globals) hold any value.
bool knobsAnyValue();

} // namespace options
} // namespace verifiable

#endif
