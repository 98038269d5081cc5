// SPDX-License-Identifier: GPL-3.0-or-later
// Advantage-inspector views on a hand-made solution whose numbers are worked out below, so every
// assertion checks a real value rather than "something was shown".
//
// Fixture (K = 5 rollouts per prefix, Q̂ = successes / 5):
//   step   Q̂    successes   A = Q̂_i − Q̂_{i−1}
//   x      0.6  3/5         —   (V(x), no previous value)
//   1      0.8  4/5         +0.2
//   2      0.8  4/5          0.0
//   3      0.4  2/5         −0.4
//   4      0.0  0/5         −0.4   ← first pit: first step from which no rollout succeeds
//   5      0.0  0/5          0.0
// Σ A over steps 1..5 = −0.6 = Q̂_5 − Q̂_0.
#include <QApplication>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTabWidget>
#include <QtTest>
#include <cmath>

#include "diverging_scale.h"
#include "pit_histogram.h"
#include "solution_list_model.h"
#include "solution_view.h"
#include "step_table_model.h"

using namespace ef::widgets;

namespace {

constexpr int kK = 5;
const double kQ[] = {0.6, 0.8, 0.8, 0.4, 0.0, 0.0};  // index 0 = V(x)
constexpr int kPitStep = 4;

QVector<StepRow> fixtureSteps() {
  QVector<StepRow> steps;
  for (int i = 0; i <= 5; ++i) {
    StepRow s;
    s.index = i;
    s.text = i == 0 ? QString() : QStringLiteral("step %1 text").arg(i);
    s.q = kQ[i];
    s.advantage = i == 0 ? NAN : kQ[i] - kQ[i - 1];
    s.rollouts = kK;
    s.successes = static_cast<int>(std::lround(kQ[i] * kK));
    s.pit = i == kPitStep;
    steps << s;
  }
  return steps;
}

SolutionRow solution(qint64 id, int problem, const QString& prompt, const QString& verdict, int pit,
                     double min_a) {
  SolutionRow r;
  r.sample_id = id;
  r.problem_index = problem;
  r.prompt = prompt;
  r.verdict = verdict;
  r.steps = 5;
  r.pit = pit;
  r.min_advantage = min_a;
  return r;
}

// Sample ids of the proxy's rows, in proxy order.
QList<qlonglong> ids(const QSortFilterProxyModel& proxy) {
  QList<qlonglong> out;
  for (int r = 0; r < proxy.rowCount(); ++r)
    out << proxy.index(r, 0).data(SolutionListModel::SampleIdRole).toLongLong();
  return out;
}

}  // namespace

class TestInspectorWidgets : public QObject {
  Q_OBJECT

 private slots:
  void divergingScale() {
    QCOMPARE(divergingColor(0.0), QColor(Qt::white));
    QCOMPARE(divergingColor(NAN), QColor(0xE0, 0xE0, 0xE0));
    const QColor neg = divergingColor(-1.0), pos = divergingColor(1.0);
    QVERIFY(neg.red() > neg.blue());
    QVERIFY(pos.blue() > pos.red());
    // Clamped beyond the limit, and the limit rescales.
    QCOMPARE(divergingColor(-5.0), neg);
    QCOMPARE(divergingColor(0.5, 0.5), pos);
    // Light at the ends: black text must stay readable (luminance well above mid-grey).
    QVERIFY(neg.lightnessF() > 0.55);
    QVERIFY(pos.lightnessF() > 0.55);
    // Linear: halfway between white and the end colour.
    const QColor half = divergingColor(-0.5);
    QVERIFY(std::abs(half.green() - (255 + neg.green()) / 2) <= 1);
    QVERIFY(!divergingLegendText().isEmpty());
  }

  void stepModelValues() {
    StepTableModel model;
    const QVector<StepRow> steps = fixtureSteps();
    model.setSteps(steps);
    QCOMPARE(model.rowCount(), 6);
    QCOMPARE(model.columnCount(), 6);
    QCOMPARE(model.headerData(StepTableModel::QColumn, Qt::Horizontal).toString(),
             QStringLiteral("Q̂"));

    int pit_rows = 0, pit_row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
      const double a = steps[r].advantage;
      // Background on every column follows the stored advantage.
      for (int c = 0; c < model.columnCount(); ++c)
        QCOMPARE(model.index(r, c).data(Qt::BackgroundRole).value<QColor>(), divergingColor(a));
      const QColor bg = model.index(r, 0).data(Qt::BackgroundRole).value<QColor>();
      if (std::isnan(a))
        QCOMPARE(bg, QColor(0xE0, 0xE0, 0xE0));
      else if (a < -1e-9)
        QVERIFY2(bg.red() > bg.blue(), qPrintable(QString("row %1 not reddish").arg(r)));
      else if (a > 1e-9)
        QVERIFY2(bg.blue() > bg.red(), qPrintable(QString("row %1 not bluish").arg(r)));
      else
        QCOMPARE(bg, QColor(Qt::white));

      if (model.index(r, 0).data(StepTableModel::PitRole).toBool()) {
        ++pit_rows;
        pit_row = r;
      }
      // Displayed numbers equal the fixture to 3 decimals.
      QCOMPARE(model.index(r, StepTableModel::QColumn).data().toString(),
               QString::number(kQ[r], 'f', 3));
      const QString a_text = model.index(r, StepTableModel::AdvantageColumn).data().toString();
      if (r == 0)
        QCOMPARE(a_text, QStringLiteral("—"));
      else
        QCOMPARE(a_text.toDouble(), std::round((kQ[r] - kQ[r - 1]) * 1000) / 1000);
      QCOMPARE(model.index(r, StepTableModel::RolloutsColumn).data().toString(),
               QStringLiteral("%1/5").arg(std::lround(kQ[r] * kK)));
    }
    QCOMPARE(model.index(3, StepTableModel::AdvantageColumn).data().toString(),
             QStringLiteral("-0.400"));
    QCOMPARE(model.index(1, StepTableModel::AdvantageColumn).data().toString(),
             QStringLiteral("0.200"));
    QCOMPARE(model.index(2, StepTableModel::AdvantageColumn).data().toString(),
             QStringLiteral("0.000"));

    // Exactly one pit row, the fixture's, bold and flagged with an icon and a label.
    QCOMPARE(pit_rows, 1);
    QCOMPARE(model.index(pit_row, 0).data(StepTableModel::StepIndexRole).toInt(), kPitStep);
    QVERIFY(model.index(pit_row, 1).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(pit_row - 1, 1).data(Qt::FontRole).value<QFont>().bold());
    QCOMPARE(model.index(pit_row, StepTableModel::FlagColumn).data().toString(),
             QStringLiteral("first pit"));
    QVERIFY(!model.index(pit_row, StepTableModel::FlagColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    QVERIFY(
        !model.index(pit_row - 1, StepTableModel::FlagColumn).data(Qt::DecorationRole).isValid());
    QVERIFY(model.index(pit_row, StepTableModel::QColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("First pit")));

    // Telescoping on the model's own data: Σ_{i=1..L} A_i = Q̂_L − Q̂_0.
    double sum = 0;
    for (int r = 1; r < model.rowCount(); ++r)
      sum += model.index(r, 0).data(StepTableModel::AdvantageRole).toDouble();
    const double q0 = model.index(0, 0).data(StepTableModel::QRole).toDouble();
    const double qL = model.index(model.rowCount() - 1, 0).data(StepTableModel::QRole).toDouble();
    QVERIFY(std::abs(sum - (qL - q0)) < 1e-12);
    QVERIFY(std::abs(sum - (-0.6)) < 1e-12);
  }

  void stepModelSpuriousAndMissing() {
    // A correct solution: step 2 with A ≤ 0 is spurious; step 3 was not estimated.
    StepRow a{1, QStringLiteral("a"), 0.6, 0.2, 5, 3, false, false};
    StepRow b{2, QStringLiteral("b"), 0.6, 0.0, 5, 3, false, true};
    StepRow c{3, QStringLiteral("c"), NAN, NAN, 0, 0, false, false};
    StepTableModel model;
    model.setSteps({a, b, c});
    QCOMPARE(model.index(1, StepTableModel::FlagColumn).data().toString(),
             QStringLiteral("spurious"));
    // The task's rule marks a step useless beside the measured flag, in the cell and its tooltip.
    b.labelled = true;
    model.setSteps({a, b, c});
    QCOMPARE(model.index(1, StepTableModel::FlagColumn).data().toString(),
             QStringLiteral("spurious, useless by the task's rule"));
    QVERIFY(model.index(1, StepTableModel::FlagColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("a restatement")));
    QVERIFY(model.index(1, 0).data(StepTableModel::SpuriousRole).toBool());
    QVERIFY(!model.index(0, 0).data(StepTableModel::SpuriousRole).toBool());
    QCOMPARE(model.index(2, StepTableModel::QColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(2, StepTableModel::RolloutsColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(model.index(2, 3).data(Qt::BackgroundRole).value<QColor>(), QColor(0xE0, 0xE0, 0xE0));
    QVERIFY(std::isnan(model.index(2, 0).data(StepTableModel::AdvantageRole).toDouble()));
  }

  void solutionProxy() {
    SolutionListModel model;
    model.setSolutions({
        solution(10, 1, QStringLiteral("Compute 3 + 4 * 2"), QStringLiteral("wrong"), 4, -0.4),
        solution(11, 1, QStringLiteral("Compute 3 + 4 * 2"), QStringLiteral("correct"), 0, 0.0),
        solution(12, 2, QStringLiteral("Path from node 7"), QStringLiteral("wrong"), 1, -0.8),
        solution(13, 3, QStringLiteral("Compute 9 - 5"), QStringLiteral("unparseable"), 0, NAN),
        solution(14, 12, QStringLiteral("Compute 12 * 12"), QStringLiteral("wrong"), 4, -0.2),
    });
    SolutionFilterProxy proxy;
    proxy.setSourceModel(&model);
    QCOMPARE(proxy.rowCount(), 5);

    proxy.setPitFilter(SolutionFilterProxy::PitFilter::Yes);
    QCOMPARE(ids(proxy), (QList<qlonglong>{10, 12, 14}));
    proxy.setPitFilter(SolutionFilterProxy::PitFilter::No);
    QCOMPARE(ids(proxy), (QList<qlonglong>{11, 13}));
    proxy.setPitFilter(SolutionFilterProxy::PitFilter::Any);

    proxy.setPitPosition(4);
    QCOMPARE(ids(proxy), (QList<qlonglong>{10, 14}));
    proxy.setPitPosition(0);

    proxy.setProblemFilter(QStringLiteral("compute"));  // case-insensitive substring
    QCOMPARE(ids(proxy), (QList<qlonglong>{10, 11, 13, 14}));
    proxy.setProblemFilter(QStringLiteral("12"));  // a number is a problem index, not text
    QCOMPARE(ids(proxy), (QList<qlonglong>{14}));
    proxy.setProblemFilter(QStringLiteral("#1"));
    QCOMPARE(ids(proxy), (QList<qlonglong>{10, 11}));
    proxy.setProblemFilter(QString());

    proxy.setVerdictFilter(SolutionFilterProxy::VerdictFilter::Correct);
    QCOMPARE(ids(proxy), (QList<qlonglong>{11}));
    proxy.setVerdictFilter(SolutionFilterProxy::VerdictFilter::Wrong);  // includes unparseable
    QCOMPARE(ids(proxy), (QList<qlonglong>{10, 12, 13, 14}));
    proxy.setVerdictFilter(SolutionFilterProxy::VerdictFilter::Any);

    // Filters combine.
    proxy.setPitFilter(SolutionFilterProxy::PitFilter::Yes);
    proxy.setProblemFilter(QStringLiteral("compute"));
    QCOMPARE(ids(proxy), (QList<qlonglong>{10, 14}));
    proxy.setPitFilter(SolutionFilterProxy::PitFilter::Any);
    proxy.setProblemFilter(QString());

    // Most negative advantage first; "not estimated" last; numeric, not lexical.
    proxy.sort(SolutionListModel::MinAdvantageColumn, Qt::AscendingOrder);
    QCOMPARE(ids(proxy), (QList<qlonglong>{12, 10, 14, 11, 13}));
    QCOMPARE(proxy.index(0, SolutionListModel::MinAdvantageColumn).data().toString(),
             QStringLiteral("-0.800"));
    // Problem index 12 sorts after 3 (numerically), and pits before "no pit".
    proxy.sort(SolutionListModel::ProblemColumn, Qt::AscendingOrder);
    QCOMPARE(ids(proxy).last(), 14);
    proxy.sort(SolutionListModel::PitColumn, Qt::AscendingOrder);
    QCOMPARE(ids(proxy).first(), 12);
    QCOMPARE(proxy.index(4, SolutionListModel::PitColumn).data().toString(), QStringLiteral("—"));
  }

  void pitHistogram() {
    // Pits of five negatives: 4, 1, 4, none, 2 → counts {1, 1, 0, 2}, one "none".
    PitHistogram hist;
    hist.setPitPositions({4, 1, 4, 0, 2});
    QCOMPARE(hist.counts(), (QVector<double>{1, 1, 0, 2}));
    QCOMPARE(hist.noneCount(), 1);
    hist.setPitPositions({});
    QVERIFY(hist.counts().isEmpty());
    QCOMPARE(hist.noneCount(), 0);
  }

  void solutionViewSelection() {
    SolutionView view;
    view.resize(800, 600);
    view.setSolution(QStringLiteral("Compute 3 + 4 * 2"), fixtureSteps());
    QCOMPARE(view.prompt(), QStringLiteral("Compute 3 + 4 * 2"));
    QCOMPARE(view.stepModel()->rowCount(), 6);
    QCOMPARE(view.stepView()->model(), view.stepModel());
    QSignalSpy spy(&view, &SolutionView::stepSelected);

    view.stepView()->selectRow(3);  // the user clicks the row of step 3
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toInt(), 3);
    QCOMPARE(view.selectedStep(), 3);

    QVERIFY(view.selectStep(kPitStep));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toInt(), kPitStep);
    QVERIFY(!view.selectStep(42));

    // A real mouse click on the text cell of step 1.
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QRect cell = view.stepView()->visualRect(view.stepModel()->index(1, 1));
    QVERIFY(cell.isValid());
    QTest::mouseClick(view.stepView()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.takeFirst().at(0).toInt(), 1);
    QCOMPARE(view.selectedStep(), 1);

    view.setRollouts({{kPitStep, QStringLiteral("= 12\n#### 12"), QStringLiteral("wrong")},
                      {kPitStep, QStringLiteral("= 11\n#### 11"), QStringLiteral("correct")}});
    QCOMPARE(view.rolloutTable()->rowCount(), 2);
    QCOMPARE(view.rolloutTable()->item(0, 0)->text(), QStringLiteral("4"));
    // The tab counts the kept completions and names the step's k (its row says 0/5).
    auto* tabs = view.findChild<QTabWidget*>();
    QVERIFY(tabs);
    QCOMPARE(tabs->tabText(0),
             QStringLiteral("Rollouts after step 4: 2 of its %1 kept, 1 of them correct").arg(kK));
    QVERIFY(view.rolloutTable()->item(1, 1)->foreground().color().green() >
            view.rolloutTable()->item(1, 1)->foreground().color().red());
    QVERIFY(view.rolloutTable()->item(0, 1)->foreground().color().red() >
            view.rolloutTable()->item(0, 1)->foreground().color().green());
    view.setPairs({{QStringLiteral("per-step"), QStringLiteral("x"), QStringLiteral("good"),
                    QStringLiteral("bad"), kPitStep}});
    QCOMPARE(view.pairTable()->rowCount(), 1);
    QCOMPARE(view.pairTable()->item(0, 1)->text(), QStringLiteral("4"));

    // A new solution clears the selection and the rollouts without announcing a step.
    view.setSolution(QStringLiteral("other"), fixtureSteps());
    QCOMPARE(spy.count(), 0);
    QCOMPARE(view.rolloutTable()->rowCount(), 0);
    QCOMPARE(view.selectedStep(), -1);
  }
};

QTEST_MAIN(TestInspectorWidgets)
#include "test_inspector_widgets.moc"
