//===- TimedProcessTest.cpp - The command deadline ------------------------===//
//
// What the qemu oracle relies on: an exit status comes back, a command past
// its deadline is killed with everything it started, a missing one is an
// error rather than a run.
//
//===----------------------------------------------------------------------===//
#include "TimedProcess.h"

#include <gtest/gtest.h>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace verifiable::kernelcheck;

namespace {

std::string tempPath(const char *Name) {
  return testing::TempDir() + "/timed-process-" + std::to_string(getpid()) +
         "-" + Name;
}

TEST(TimedProcessTest, ExitStatusAndOutput) {
  std::string Out = tempPath("out");
  std::remove(Out.c_str());
  ProcessOutcome R = runWithTimeout(
      {"sh", "-c", "echo hello; echo oops >&2; exit 3"}, Out, 30);
  EXPECT_TRUE(R.Started);
  EXPECT_FALSE(R.TimedOut);
  EXPECT_EQ(R.Status, 3);
  std::ifstream In(Out);
  std::string A, B;
  std::getline(In, A);
  std::getline(In, B);
  EXPECT_EQ(A, "hello");
  EXPECT_EQ(B, "oops");
  std::remove(Out.c_str());
}

TEST(TimedProcessTest, DeadlineKillsTheWholeGroup) {
  // The shell starts a grandchild that would outlive it; both must die.
  std::string Out = tempPath("group");
  std::string Pid = tempPath("pid");
  std::remove(Pid.c_str());
  ProcessOutcome R = runWithTimeout(
      {"sh", "-c", "sleep 60 & echo $! > " + Pid + "; wait"}, Out, 1);
  EXPECT_TRUE(R.Started);
  EXPECT_TRUE(R.TimedOut);
  EXPECT_LT(R.Seconds, 10);
  EXPECT_EQ(R.Status, 128 + SIGKILL);
  std::ifstream In(Pid);
  pid_t Grandchild = 0;
  ASSERT_TRUE(In >> Grandchild);
  // Killed; reaped by init shortly after. Either way no longer running.
  bool Gone = false;
  for (int I = 0; I < 100 && !Gone; ++I) {
    std::ifstream Stat("/proc/" + std::to_string(Grandchild) + "/stat");
    std::string Line;
    Gone = !std::getline(Stat, Line) || Line.find(") Z ") != std::string::npos;
    if (!Gone)
      usleep(20000);
  }
  EXPECT_TRUE(Gone);
  std::remove(Out.c_str());
  std::remove(Pid.c_str());
}

TEST(TimedProcessTest, MissingCommand) {
  std::string Out = tempPath("missing");
  ProcessOutcome R =
      runWithTimeout({"/nonexistent/verifiable-no-such-tool"}, Out, 5);
  EXPECT_FALSE(R.Started);
  EXPECT_NE(R.Error.find("No such file or directory"), std::string::npos);
  std::remove(Out.c_str());
}

} // namespace
