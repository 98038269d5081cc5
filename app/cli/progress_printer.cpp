// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/progress_printer.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>

#include <cmath>
#include <nlohmann/json.hpp>

#include "experiment/config/method.h"

namespace ef::cli {

std::string formatDuration(double s) {
  if (s < 0 || !std::isfinite(s)) return "--:--";
  const long t = std::lround(s);
  char buf[32];
  if (t >= 3600) {
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", t / 3600, (t / 60) % 60, t % 60);
  } else {
    std::snprintf(buf, sizeof buf, "%ld:%02ld", t / 60, t % 60);
  }
  return buf;
}

int terminalColumns() {
  winsize ws{};
  if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  if (const char* c = std::getenv("COLUMNS")) {
    const int n = std::atoi(c);
    if (n > 0) return n;
  }
  return 80;
}

std::string progressLine(const std::string& stage, double frac, long long done, long long total,
                         const std::string& loss, const std::string& elapsed,
                         const std::string& eta, int columns) {
  char counts[96];
  std::snprintf(counts, sizeof counts, " %5.1f%% %lld/%lld", 100 * frac, done, total);
  const std::string times = "  elapsed " + elapsed + "  ETA " + eta;
  const std::string tail = counts + loss + times;
  const int room = columns - 1;  // the last column would wrap on some terminals
  // The bar takes what is left, 30 characters at most, none below 5.
  const int bar_width = std::min(30, room - static_cast<int>(stage.size() + 3 + tail.size()));
  std::string line = stage;
  if (bar_width >= 5) {
    const int filled = static_cast<int>(std::lround(frac * bar_width));
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.resize(static_cast<std::size_t>(bar_width), '.');
    line += " [" + bar + "]";
  }
  line += tail;
  if (static_cast<int>(line.size()) > room) line = stage + counts + "  ETA " + eta;
  if (static_cast<int>(line.size()) > room)
    line.resize(static_cast<std::size_t>(std::max(room, 0)));
  return line;
}

ProgressPrinter::ProgressPrinter(bool quiet) : tty_(isatty(STDOUT_FILENO) != 0), quiet_(quiet) {}

ProgressPrinter::~ProgressPrinter() {
  finishLine();
}

void ProgressPrinter::finishLine() {
  if (line_open_) {
    std::fputc('\n', stdout);
    std::fflush(stdout);
    line_open_ = false;
  }
}

void ProgressPrinter::onRunCreated(std::int64_t run_id) {
  if (quiet_) return;
  std::printf("run %lld created\n", static_cast<long long>(run_id));
  std::fflush(stdout);
}

void ProgressPrinter::onMetric(const MetricPoint& p) {
  if (p.name == "loss") last_loss_ = p.value;
  if (quiet_ || p.stage != "eval" || p.name != "test_error") return;
  finishLine();
  std::printf("eval at step %lld: test error %.4f\n", static_cast<long long>(p.step), p.value);
  std::fflush(stdout);
}

void ProgressPrinter::onProgress(const Progress& p) {
  if (quiet_ || p.total <= 0) return;
  const double frac = static_cast<double>(p.done) / static_cast<double>(p.total);
  // The loss belongs to the methods' training stages; sampling and credit show counts only.
  const bool training = isTrainingStage(p.stage);
  char loss[32] = "";
  if (training) std::snprintf(loss, sizeof loss, " loss %.4f", last_loss_);
  if (tty_) {
    const auto now = std::chrono::steady_clock::now();
    if (p.done < p.total && now - last_draw_ < std::chrono::milliseconds(100)) return;
    last_draw_ = now;
    // Redrawn in place: the line fits the terminal (a wrapped line leaves its first part behind
    // at every redraw), and clears what a longer previous line left.
    const std::string line =
        progressLine(p.stage, frac, static_cast<long long>(p.done), static_cast<long long>(p.total),
                     loss, formatDuration(p.elapsed_s), formatDuration(p.eta_s), terminalColumns());
    std::printf("\r%s\x1b[K", line.c_str());
    std::fflush(stdout);
    line_open_ = true;
    return;
  }
  const int decile = static_cast<int>(frac * 10);
  if (decile == last_decile_ && p.stage == last_stage_) return;
  last_stage_ = p.stage;
  last_decile_ = decile;
  std::printf("%s %lld/%lld (%d%%)%s elapsed %s eta %s\n", p.stage.c_str(),
              static_cast<long long>(p.done), static_cast<long long>(p.total), decile * 10, loss,
              formatDuration(p.elapsed_s).c_str(), formatDuration(p.eta_s).c_str());
  std::fflush(stdout);
}

void ProgressPrinter::onCell(const std::string& method, int size, std::uint64_t seed,
                             const std::string& status, const std::string& result_json) {
  if (quiet_ || status == "queued") return;
  const Method* m = findMethod(method);
  std::string line = "cell " + (m ? m->label : method) + " n=" + std::to_string(size) +
                     " seed=" + std::to_string(seed) + ": " + status;
  const auto result = nlohmann::json::parse(result_json, nullptr, false);
  if (result.is_object() && result.contains("test_error") && result["test_error"].is_number()) {
    char buf[48];
    std::snprintf(buf, sizeof buf, ", test error %.4f", result["test_error"].get<double>());
    line += buf;
  }
  finishLine();
  std::printf("%s\n", line.c_str());
  std::fflush(stdout);
}

}  // namespace ef::cli
