// SPDX-License-Identifier: GPL-3.0-or-later
#include "store_reader.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <exception>

#include "util/log.h"

#include "store/run_store.h"

namespace ef::gui {

StoreReader::StoreReader(QObject* parent)
    : QObject(parent), worker_(new QObject), store_(std::make_shared<std::unique_ptr<RunStore>>()) {
  thread_.setObjectName(QStringLiteral("eightfold-reader"));
  worker_->moveToThread(&thread_);
  connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
  thread_.start();
}

StoreReader::~StoreReader() {
  thread_.quit();
  thread_.wait();  // the current query ends; the queued ones are dropped with the event loop
}

void StoreReader::open(const QString& db_path) {
  const std::string path = db_path.toStdString();
  QMetaObject::invokeMethod(
      worker_,
      [store = store_, path] {
        try {
          *store = std::make_unique<RunStore>(path, RunStore::Mode::ReadOnly);
        } catch (const std::exception& e) {
          store->reset();
          logger()->warn("store reader: {}", e.what());
        }
      },
      Qt::QueuedConnection);
}

void StoreReader::post(std::function<void(const RunStore&)> query, std::function<void()> deliver) {
  ++pending_;
  QMetaObject::invokeMethod(
      worker_,
      [this, store = store_, query = std::move(query), deliver = std::move(deliver)]() mutable {
        if (*store) {
          try {
            query(**store);
          } catch (const std::exception& e) {
            logger()->warn("store reader: {}", e.what());
          }
        }
        // Delivered on the GUI thread; the counter drops there, after the page has the result.
        QMetaObject::invokeMethod(
            this,
            [this, deliver = std::move(deliver)] {
              deliver();
              --pending_;
            },
            Qt::QueuedConnection);
      },
      Qt::QueuedConnection);
}

bool StoreReader::waitForReads(int timeout_ms) {
  const QDeadlineTimer deadline(timeout_ms);
  while (pending_.load() > 0) {
    if (deadline.hasExpired()) return false;
    QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    QThread::usleep(200);
  }
  return true;
}

}  // namespace ef::gui
