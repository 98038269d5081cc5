// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Running another program (sbatch, squeue, sacct, scontrol) without a shell: its stdout, stderr
// and exit status. Arguments are passed as they are, so no quoting can go wrong.
#include <string>
#include <vector>

namespace ef {

struct ProcessResult {
  bool started = false;     // false: the program could not be run (start_error says why)
  std::string start_error;  // e.g. "sbatch: not found on PATH"
  int exit_code = -1;       // the exit status, or 128 + signal
  std::string out, err;
  bool timed_out = false;  // it ran past the timeout and was killed (exit_code 128 + SIGKILL)
  bool ok() const { return started && !timed_out && exit_code == 0; }
};

// argv[0] is looked up on PATH. Blocks until the program ends or `timeout_s` seconds pass; then
// the program is killed (SIGKILL) and the result says timed_out. Its pipes are close-on-exec in
// this process, so another program started meanwhile does not hold them open.
ProcessResult runProcess(const std::vector<std::string>& argv, double timeout_s = 60.0);
// True when `program` is an executable on PATH.
bool onPath(const std::string& program);

}  // namespace ef
