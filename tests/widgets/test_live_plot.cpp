// SPDX-License-Identifier: GPL-3.0-or-later
// The training plot's widget (widgets/live_plot.h), offscreen: redraws coalesced, dense lines drawn
// from each pixel column's extremes with every point kept for export, the legend clear of the
// data or giving way to a note, ranges that follow the data.
#include <QSignalSpy>
#include <QtTest>
#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

#include "column_extremes.h"
#include "live_plot.h"

using namespace ef;

class TestLivePlot : public QObject {
  Q_OBJECT

 private slots:
  void livePlotCoalescesRedraws() {
    widgets::LivePlot plot;
    plot.addSeries("a", Qt::blue, widgets::LivePlot::Axis::Left);
    plot.show();
    for (int i = 0; i < 1000; ++i)
      plot.append("a", i, 1.0 / (i + 1));
    QCOMPARE(plot.redrawCount(), 0);  // nothing drawn per point
    QTRY_VERIFY_WITH_TIMEOUT(plot.redrawCount() >= 1, 2000);
    QCOMPARE(plot.pointCount("a"), 1000);
    QVERIFY(plot.redrawCount() <= 3);
    plot.append("missing", 1, 1);  // unknown series are ignored
    QCOMPARE(plot.pointCount("missing"), 0);
    // Export data equals what was appended.
    const widgets::FigureData f = plot.figureData(false);
    QCOMPARE(f.series.size(), 1);
    QCOMPARE(f.series[0].x.size(), 1000);
    QCOMPARE(f.series[0].y[9], 0.1);
  }

  // Past 200 000 points the lines lose their width and antialiasing (the replot benchmark's
  // 100 x 10 000 points: ~10x faster); below it they get them back; the series keep their
  // colours and dash styles (what an export uses).
  void livePlotThinsLinesWhenDense() {
    widgets::LivePlot plot;
    plot.resize(600, 400);
    plot.addSeries("solid", Qt::red, widgets::LivePlot::Axis::Left);
    plot.addSeries("dashed", Qt::blue, widgets::LivePlot::Axis::Left, -1, Qt::DashLine);
    QVector<double> x(150000), y(150000);
    for (int i = 0; i < x.size(); ++i) {
      x[i] = i;
      y[i] = std::sin(0.01 * i);
    }
    auto pen = [&](int i) { return plot.plot()->graph(i)->pen(); };
    plot.setSeriesData("solid", x, y);
    plot.redrawNow();
    QVERIFY(!plot.denseDrawing());
    QCOMPARE(pen(0).widthF(), 1.6);
    QCOMPARE(pen(1).widthF(), 1.0);
    plot.setSeriesData("dashed", x, y);
    plot.redrawNow();
    QVERIFY(plot.denseDrawing());
    QCOMPARE(pen(0).widthF(), 0.0);
    QCOMPARE(pen(1).widthF(), 0.0);
    QCOMPARE(pen(1).style(), Qt::DashLine);
    QCOMPARE(pen(0).color(), QColor(Qt::red));
    QVERIFY(plot.plot()->notAntialiasedElements().testFlag(QCP::aePlottables));
    plot.clearData();
    plot.redrawNow();
    QVERIFY(!plot.denseDrawing());
    QCOMPARE(pen(0).widthF(), 1.6);
    QVERIFY(!plot.plot()->notAntialiasedElements().testFlag(QCP::aePlottables));
  }

  // Decimation for drawing: per pixel column the lowest and highest point (in their order), the
  // first and last point inside and the nearest point outside on either side.
  void columnExtremesKeepEveryColumnsRange() {
    QVector<double> x(1000), y(1000);
    for (int i = 0; i < 1000; ++i) {
      x[i] = i;
      y[i] = std::sin(0.37 * i) + 0.001 * i;
    }
    const QVector<int> keep = widgets::columnExtremes(x, y, 0, 999, 10);
    QVERIFY(keep.size() <= 2 * 10 + 2);
    QCOMPARE(keep.front(), 0);
    QCOMPARE(keep.back(), 999);
    QVERIFY(std::is_sorted(keep.begin(), keep.end()));
    for (int c = 0; c < 10; ++c) {  // columns of 99.9 keys: [99.9 c, 99.9 (c + 1))
      double lo = 1e9, hi = -1e9, kept_lo = 1e9, kept_hi = -1e9;
      for (int i = 0; i < 1000; ++i) {
        if (std::min(9, int(i * 10 / 999.0)) != c) continue;
        lo = std::min(lo, y[i]);
        hi = std::max(hi, y[i]);
        if (keep.contains(i)) {
          kept_lo = std::min(kept_lo, y[i]);
          kept_hi = std::max(kept_hi, y[i]);
        }
      }
      QCOMPARE(kept_lo, lo);
      QCOMPARE(kept_hi, hi);
    }
    // Zoomed in to fewer points than columns: every point inside, one outside on each side.
    const QVector<int> zoomed = widgets::columnExtremes(x, y, 500.5, 520, 100);
    QVector<int> expected;
    for (int i = 500; i <= 521; ++i)
      expected << i;
    QCOMPARE(zoomed, expected);
    QCOMPARE(widgets::columnExtremes(x, y, 1, 1, 10).size(), 1000);  // no width: all kept
  }

  // A series with more points than twice the plot's width is drawn from its column extremes:
  // a one-point spike still shows, export keeps every point, a zoom draws the points there
  // exactly, and points appended later are drawn.
  void livePlotDrawsColumnExtremes() {
    widgets::LivePlot plot;
    plot.resize(600, 400);
    plot.show();
    plot.addSeries("long", Qt::red, widgets::LivePlot::Axis::Left);
    QVector<double> x(100000), y(100000);
    for (int i = 0; i < x.size(); ++i) {
      x[i] = i;
      y[i] = 1.0 + 0.1 * std::sin(0.01 * i);
    }
    y[33333] = 50.0;
    plot.setSeriesData("long", x, y);
    plot.redrawNow();
    plot.redrawNow();  // the first replot lays the axes out: the width is final now
    QCPGraph* g = plot.plot()->graph(0);
    const int width = plot.plot()->axisRect()->width();
    QVERIFY(width > 100);
    QVERIFY2(plot.drawnPointCount("long") <= 2 * width + 4,
             qPrintable(QString::number(plot.drawnPointCount("long"))));
    QCOMPARE(plot.pointCount("long"), 100000);
    bool found = false;
    QCOMPARE(g->getValueRange(found).upper, 50.0);
    QCOMPARE(g->getKeyRange(found), QCPRange(0, 99999));
    QCOMPARE(plot.figureData(false).series[0].x.size(), 100000);
    QCOMPARE(plot.figureData(false).series[0].y[33333], 50.0);
    plot.plot()->xAxis->setRange(1000, 1020);
    plot.plot()->replot();
    int inside = 0;
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
      if (it->key >= 1000 && it->key <= 1020) ++inside;
    QCOMPARE(inside, 21);
    QCOMPARE(g->getKeyRange(found), QCPRange(999, 1021));
    plot.resetView();
    plot.append("long", 100000, -50.0);
    plot.redrawNow();
    QCOMPARE(g->getValueRange(found).lower, -50.0);
    QCOMPARE(plot.pointCount("long"), 100001);
  }

  // Past 24 series the legend (taller than the plot by then) gives way to a note.
  void livePlotLegendGivesWayToManySeries() {
    widgets::LivePlot plot;
    plot.resize(600, 400);
    for (int i = 0; i < 24; ++i)
      plot.addSeries(QString("s%1").arg(i), Qt::red, widgets::LivePlot::Axis::Left);
    plot.redrawNow();
    QVERIFY(plot.legendShown());
    plot.addSeries("s24", Qt::red, widgets::LivePlot::Axis::Left);
    plot.redrawNow();
    QVERIFY(!plot.legendShown());
    bool noted = false;
    for (int i = 0; i < plot.plot()->itemCount(); ++i)
      if (auto* t = qobject_cast<QCPItemText*>(plot.plot()->item(i)); t && t->visible())
        noted = noted || t->text() == "25 series: point at a line to see its name";
    QVERIFY(noted);
    plot.removeAllSeries();
    plot.redrawNow();
    QVERIFY(plot.legendShown());
  }

  // The training plot's legend covers no line: the first free inside corner, else beside the
  // axes, and back inside when a corner is free again.
  void livePlotLegendCoversNoData() {
    widgets::LivePlot plot;
    plot.resize(700, 450);
    plot.show();
    QVERIFY(QTest::qWaitForWindowExposed(&plot));
    QVector<double> x, rising, falling, stick;
    for (int i = 0; i <= 200; ++i) {
      x << i;
      rising << i;
      falling << 200 - i;
      stick << std::min(i, 20) * 10.0;  // up from the bottom left, then along the top
    }
    plot.addSeries("rising", Qt::red, widgets::LivePlot::Axis::Left);
    plot.addSeries("falling", Qt::blue, widgets::LivePlot::Axis::Left);
    plot.setSeriesData("rising", x, rising);
    plot.setSeriesData("falling", x, falling);
    plot.resetView();
    plot.redrawNow();
    QVERIFY(plot.legendOutside());  // corner to corner both ways: no corner is free
    QCPLegend* legend = plot.plot()->legend;
    QVERIFY(!QRectF(legend->outerRect()).intersects(QRectF(plot.plot()->axisRect()->outerRect())));
    plot.removeAllSeries();
    plot.addSeries("plateau", Qt::red, widgets::LivePlot::Axis::Left);
    plot.setSeriesData("plateau", x, stick);
    plot.resetView();
    plot.redrawNow();
    QVERIFY(!plot.legendOutside());
    const QRectF box = legend->outerRect();
    const QPoint centre = plot.plot()->axisRect()->center();
    QVERIFY(box.center().x() > centre.x() && box.center().y() > centre.y());  // bottom right
    QCPGraph* g = plot.plot()->graph(0);
    for (int i = 0; i + 1 < x.size(); ++i) {
      const QPointF a = g->coordsToPixels(x[i], stick[i]),
                    b = g->coordsToPixels(x[i + 1], stick[i + 1]);
      for (int k = 0; k <= 10; ++k)
        QVERIFY(!box.contains(a + (b - a) * (k / 10.0)));
    }
  }

  // The automatic ranges follow the data from the value spans kept per series: they cover what
  // was set and appended, ignore NaN, and shrink again after clearData.
  void livePlotRangesFollowTheData() {
    widgets::LivePlot plot;
    plot.resize(600, 400);
    plot.addSeries("a", Qt::red, widgets::LivePlot::Axis::Left);
    plot.setSeriesData("a", {0, 1, 2, 3}, {-1.0, 0.5, std::nan(""), 1.0});
    plot.redrawNow();
    auto* y = plot.plot()->yAxis;
    QVERIFY(y->range().lower <= -1.0 && y->range().upper >= 1.0);
    QVERIFY(y->range().upper < 2.0);
    plot.append("a", 4, 100.0);
    plot.redrawNow();
    QVERIFY(y->range().upper >= 100.0);
    plot.clearData();
    plot.append("a", 0, 2.0);
    plot.append("a", 1, 3.0);
    plot.redrawNow();
    QVERIFY(y->range().lower <= 2.0 && y->range().upper >= 3.0);
    QVERIFY(y->range().upper < 10.0);
  }
};

QTEST_MAIN(TestLivePlot)
#include "test_live_plot.moc"
