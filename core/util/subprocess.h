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
  bool ok() const { return started && exit_code == 0; }
};

// argv[0] is looked up on PATH. Blocks until the program ends.
ProcessResult runProcess(const std::vector<std::string>& argv);
// True when `program` is an executable on PATH.
bool onPath(const std::string& program);

}  // namespace ef
