// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads the workspace off the GUI thread. A page hands over a query (a function of the store that
// returns a typed result: records, finished series) and a delivery (a function that shows that
// result); the query runs on the reader's own thread through its own read-only connection, the
// delivery on the GUI thread, in the order the reads were asked for. A page that asks again
// before a result arrives drops the older one with a ticket (see StoreReader::Ticket).
// docs/architecture.md, "Threads".
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace ef {
class RunStore;
}

namespace ef::gui {

class StoreReader : public QObject {
  Q_OBJECT

 public:
  explicit StoreReader(QObject* parent = nullptr);
  ~StoreReader() override;

  // Later queries read this database (opened read-only on the reader thread).
  void open(const QString& db_path);

  // Runs `query` on the reader thread and then `deliver` with its result on this object's
  // thread, unless `context` was destroyed meanwhile. A query that throws (a busy or half-written
  // database; no store open) delivers nothing: the page keeps what it shows, and `failed`, when
  // given, is called instead (the reason is in the log).
  template <class R>
  void read(QObject* context, std::function<R(const RunStore&)> query,
            std::function<void(R)> deliver, std::function<void()> failed = {}) {
    QPointer<QObject> guard(context);
    auto result = std::make_shared<std::optional<R>>();
    post([result, query = std::move(query)](const RunStore& store) { *result = query(store); },
         [guard, result, deliver = std::move(deliver), failed = std::move(failed)] {
           if (!guard) return;
           if (*result)
             deliver(std::move(**result));
           else if (failed)
             failed();
         });
  }

  // Reads asked for and not yet delivered (or dropped).
  int pending() const { return pending_.load(); }
  // Processes events until every read asked for so far is delivered (tests, benchmarks).
  bool waitForReads(int timeout_ms = 30000);

  // The last ticket handed out wins: take one when asking, check it when the result arrives.
  class Ticket {
   public:
    quint64 next() { return ++last_; }
    bool current(quint64 t) const { return t == last_; }

   private:
    quint64 last_ = 0;
  };

 private:
  void post(std::function<void(const RunStore&)> query, std::function<void()> deliver);

  QThread thread_;
  QObject* worker_;  // lives in thread_: queries run in its event loop
  std::shared_ptr<std::unique_ptr<RunStore>> store_;  // touched only on the reader thread
  std::atomic<int> pending_{0};
};

}  // namespace ef::gui
