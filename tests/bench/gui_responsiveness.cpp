// SPDX-License-Identifier: GPL-3.0-or-later
// How responsive the GUI thread stays while a sweep streams into it. A 5 ms timer on the GUI
// thread records every gap between its ticks; a stall is a gap beyond the interval. Baseline:
// the same window, idle, measured in the same process right before. Prints ratios, asserts
// nothing.
// A second part times full redraws of 100 series x 10 000 points against one series.
//   eightfold-bench-gui [--preset NAME] [--seconds S] [--replot-only] [--replot-png FILE]
#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <functional>
#include <cstdio>
#include <ctime>
#include <vector>

#include "live_plot.h"
#include "main_window.h"
#include "run_queue.h"
#include "runs_panel.h"
#include "setup_page.h"
#include "training_page.h"
#include "util/blas_tuning.h"

namespace {

double threadCpuMs() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

// Times every event the GUI thread delivers; the slowest ones (with the receiver's class and the
// event type) say what a stall was. Events nested inside a slow one are counted on their own too.
class TimedApplication : public QApplication {
 public:
  using QApplication::QApplication;
  struct Slow {
    double ms, cpu_ms;  // wall time; the GUI thread's own CPU time (the rest it waited)
    QString what;
  };
  bool tracing = false;
  std::vector<Slow> slow;

  bool notify(QObject* receiver, QEvent* event) override {
    if (!tracing || QThread::currentThread() != thread())
      return QApplication::notify(receiver, event);
    QElapsedTimer t;
    t.start();
    const double cpu0 = threadCpuMs();
    const QString what =
        QStringLiteral("%1 (%2) event %3")
            .arg(QString::fromLatin1(receiver->metaObject()->className()), receiver->objectName())
            .arg(static_cast<int>(event->type()));
    const bool r = QApplication::notify(receiver, event);
    const double ms = t.nsecsElapsed() / 1e6;
    if (ms > 8.0) slow.push_back({ms, threadCpuMs() - cpu0, what});
    return r;
  }
};

struct Stalls {
  double max_ms = 0, p99_ms = 0, mean_ms = 0;
  int ticks = 0;
};

// Runs the event loop until `done` or `seconds` pass, recording the 5 ms timer's lateness.
Stalls measure(double seconds, const std::function<bool()>& done) {
  std::vector<double> late;
  QElapsedTimer clock, since;
  clock.start();
  since.start();
  QTimer tick;
  tick.setTimerType(Qt::PreciseTimer);
  tick.setInterval(5);
  QEventLoop loop;
  QObject::connect(&tick, &QTimer::timeout, [&] {
    late.push_back(std::max(0.0, since.nsecsElapsed() / 1e6 - 5.0));
    since.restart();
    if (clock.elapsed() > seconds * 1000 || done()) loop.quit();
  });
  tick.start();
  loop.exec();
  Stalls s;
  s.ticks = static_cast<int>(late.size());
  if (late.empty()) return s;
  std::sort(late.begin(), late.end());
  s.max_ms = late.back();
  s.p99_ms = late[static_cast<std::size_t>(0.99 * (late.size() - 1))];
  for (double v : late)
    s.mean_ms += v / late.size();
  return s;
}

struct Replot {
  double median_ms = 0, max_ms = 0, fill_ms = 0;
};

// `series` noisy lines of `points` points each in one live plot, half on each axis, every third
// one dashed, a legend entry each (the training page's per-step series: lines, markers only on
// the sparse evaluation metrics), then `reps` full redraws (rescale + repaint).
Replot measureReplot(int series, int points, int reps, const QString& png = QString()) {
  ef::widgets::LivePlot plot;
  plot.resize(1100, 650);
  plot.show();
  QElapsedTimer clock;
  clock.start();
  for (int s = 0; s < series; ++s) {
    const QString name = QStringLiteral("run %1").arg(s);
    plot.addSeries(name, QColor::fromHsv((s * 37) % 360, 200, 200),
                   s % 2 ? ef::widgets::LivePlot::Axis::Right : ef::widgets::LivePlot::Axis::Left,
                   -1, s % 3 == 2 ? Qt::DashLine : Qt::SolidLine);
    QVector<double> x(points), y(points);
    for (int i = 0; i < points; ++i) {
      x[i] = i;
      y[i] = 2.0 / (1 + 0.01 * i) + 0.05 * std::sin(0.37 * i + s);
    }
    plot.setSeriesData(name, x, y);
  }
  Replot r;
  r.fill_ms = clock.nsecsElapsed() / 1e6;
  std::vector<double> times;
  for (int k = 0; k < reps; ++k) {
    clock.restart();
    plot.redrawNow();
    times.push_back(clock.nsecsElapsed() / 1e6);
  }
  if (!png.isEmpty()) plot.grab().save(png);  // what was timed, to look at
  std::sort(times.begin(), times.end());
  r.median_ms = times[times.size() / 2];
  r.max_ms = times.back();
  return r;
}

}  // namespace

int main(int argc, char** argv) {
  ef::ensureFastBlas(argc, argv);
  TimedApplication app(argc, argv);
  QStandardPaths::setTestModeEnabled(true);
  QString preset = QStringLiteral("arith-scaling-tiny");
  double seconds = 120;
  const QStringList args = app.arguments();
  for (int i = 1; i + 1 < args.size(); ++i) {
    if (args[i] == QLatin1String("--preset")) preset = args[i + 1];
    if (args[i] == QLatin1String("--seconds")) seconds = args[i + 1].toDouble();
  }
  // Replot of many long series, against one series of the same length (same process, same
  // plot size): the time goes into drawing, not into the data.
  const Replot one = measureReplot(1, 10000, 20);
  const int png_at = args.indexOf(QStringLiteral("--replot-png"));
  const Replot many =
      measureReplot(100, 10000, 20, png_at > 0 && png_at + 1 < args.size() ? args[png_at + 1] : "");
  std::printf("replot (1100 x 650 px, 20 redraws each)\n");
  std::printf("  baseline 1 x 10000 points:   median %.2f ms, max %.2f ms\n", one.median_ms,
              one.max_ms);
  std::printf(
      "  100 x 10000 points:          median %.2f ms, max %.2f ms (series filled in %.0f ms)\n",
      many.median_ms, many.max_ms, many.fill_ms);
  std::printf("  ratio 100 series / 1 series: median %.2fx\n",
              many.median_ms / std::max(one.median_ms, 0.01));
  if (args.contains(QStringLiteral("--replot-only"))) return 0;

  QTemporaryDir dir;
  ef::gui::MainWindow w(dir.filePath(QStringLiteral("bench.sqlite")), preset);
  w.resize(1400, 900);
  w.show();
  const Stalls idle = measure(3, [] { return false; });

  int metrics = 0;
  QObject::connect(w.queue(), &ef::gui::RunQueue::metric, [&] { ++metrics; });
  bool finished = false;
  QObject::connect(w.queue(), &ef::gui::RunQueue::jobFinished, [&] { finished = true; });
  w.setupPage()->startSweep();
  QElapsedTimer clock;
  clock.start();
  const int redraws0 = w.trainingPage()->plot()->redrawCount();
  app.tracing = true;
  const Stalls busy = measure(seconds, [&] { return finished; });
  app.tracing = false;
  const double wall = clock.elapsed() / 1000.0;
  const int redraws = w.trainingPage()->plot()->redrawCount() - redraws0;

  std::printf("gui responsiveness (%s, %.1f s streamed, sweep %s)\n", qPrintable(preset), wall,
              finished ? "finished" : "still running");
  std::printf("  idle baseline:  max stall %.1f ms, p99 %.2f ms, mean %.3f ms (%d ticks)\n",
              idle.max_ms, idle.p99_ms, idle.mean_ms, idle.ticks);
  std::printf("  while streaming: max stall %.1f ms, p99 %.2f ms, mean %.3f ms (%d ticks)\n",
              busy.max_ms, busy.p99_ms, busy.mean_ms, busy.ticks);
  std::printf("  metric points received: %d (%.0f/s); training-plot redraws: %d (%.1f/s)\n",
              metrics, metrics / wall, redraws, redraws / wall);
  std::printf("  ratio streaming/idle: max stall %.2fx, p99 %.2fx\n",
              busy.max_ms / std::max(idle.max_ms, 0.1), busy.p99_ms / std::max(idle.p99_ms, 0.01));
  // The GUI-thread events over 8 ms while streaming (an event inside another counts in both).
  std::sort(app.slow.begin(), app.slow.end(),
            [](const auto& a, const auto& b) { return a.ms > b.ms; });
  std::printf("  events over 8 ms on the GUI thread: %d\n", static_cast<int>(app.slow.size()));
  for (std::size_t i = 0; i < std::min<std::size_t>(app.slow.size(), 12); ++i)
    std::printf("    %.1f ms (%.1f ms CPU)  %s\n", app.slow[i].ms, app.slow[i].cpu_ms,
                qPrintable(app.slow[i].what));
  w.queue()->cancelAll();
  return 0;
}
