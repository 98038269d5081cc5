// SPDX-License-Identifier: GPL-3.0-or-later
// JsonForm and diffJson/JsonDiffView on a shipped run config (resources/presets).
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QtTest>

#include "json_diff.h"
#include "json_form.h"

using ef::widgets::diffJson;
using ef::widgets::FieldHint;
using ef::widgets::JsonDiffView;
using ef::widgets::JsonForm;

namespace {

const QStringList kMethods = {"sft", "rft", "dpo", "edit_dpo", "step_dpo_full", "step_dpo_prefix"};

QString presetPath(const QString& name) {
  const QByteArray data = qgetenv("EIGHTFOLD_TEST_DATA");
  const QString root = data.isEmpty() ? QStringLiteral(EF_SOURCE_DIR)
                                      : QString::fromLocal8Bit(data) + QStringLiteral("/../..");
  return root + QStringLiteral("/resources/presets/") + name;
}

QJsonObject loadPreset() {
  QFile f(presetPath(QStringLiteral("arith-scaling-tiny.json")));
  if (!f.open(QIODevice::ReadOnly)) return {};
  return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray compact(const QJsonObject& o) {
  return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

}  // namespace

class TestJsonForm : public QObject {
  Q_OBJECT

 private slots:
  void initTestCase() {
    preset_ = loadPreset();
    QVERIFY2(!preset_.isEmpty(), qPrintable(presetPath("arith-scaling-tiny.json")));
  }

  void roundTripOfPreset() {
    JsonForm form;
    QSignalSpy edited(&form, &JsonForm::edited);
    form.setDocument(preset_);
    QCOMPARE(edited.count(), 0);  // building the editors is not an edit
    QCOMPARE(QJsonDocument(form.document()), QJsonDocument(preset_));
    QCOMPARE(compact(form.document()), compact(preset_));
    // One page of top-level scalars, then one per top-level object.
    QCOMPARE(form.sections(), QStringList({"", "advantages", "dpo", "eval", "model", "rft",
                                           "sample", "sft", "sweep", "task"}));
    auto* lr = qobject_cast<QLineEdit*>(form.editor("sft.lr"));
    QVERIFY(lr);
    QCOMPARE(lr->objectName(), QString("sft.lr"));
    QCOMPARE(lr->text(), QString("0.003"));
    QVERIFY(qobject_cast<QCheckBox*>(form.editor("advantages.analyze_positives")));
    QCOMPARE(qobject_cast<QLineEdit*>(form.editor("sweep.sizes"))->text(), QString("200, 400"));
    QCOMPARE(qobject_cast<QLineEdit*>(form.editor("task.arith.min_steps"))->text(), QString("2"));
    QVERIFY(form.findChild<QWidget*>("section:task.arith"));  // nested object → group box
    QCOMPARE(form.value("task.arith.operand_max"), QJsonValue(9));
    QVERIFY(!form.hasLocalErrors());
  }

  void integersStayExact() {
    QJsonObject doc = preset_;
    doc["seed"] = QJsonValue(qint64(9007199254740993LL));  // 2^53 + 1: not a double
    doc["ratio"] = 0.1 + 0.2;                              // shown with 12 digits, kept exactly
    JsonForm form;
    form.setDocument(doc);
    QCOMPARE(qobject_cast<QLineEdit*>(form.editor("seed"))->text(), QString("9007199254740993"));
    QJsonObject out = form.document();
    QCOMPARE(out["seed"].toInteger(), qint64(9007199254740993LL));
    QCOMPARE(out["seed"].toVariant().typeId(), int(QMetaType::LongLong));
    QCOMPARE(out["ratio"].toDouble(), 0.1 + 0.2);
    QCOMPARE(compact(out), compact(doc));

    qobject_cast<QLineEdit*>(form.editor("seed"))->setText("9007199254740995");
    QCOMPARE(form.document()["seed"].toInteger(), qint64(9007199254740995LL));
    QVERIFY(compact(form.document()).contains("\"seed\":9007199254740995"));
    // A number that was 0.0 in the file (Qt parses it as an integer) still accepts 0.25.
    qobject_cast<QLineEdit*>(form.editor("model.dropout"))->setText("0.25");
    QVERIFY(!form.hasLocalErrors());
    QCOMPARE(form.value("model.dropout"), QJsonValue(0.25));
  }

  void notANumberIsALocalError() {
    JsonForm form;
    form.setDocument(preset_);
    QSignalSpy edited(&form, &JsonForm::edited);
    auto* lr = qobject_cast<QLineEdit*>(form.editor("sft.lr"));
    lr->clear();
    QTest::keyClicks(lr, "abc");
    QVERIFY(edited.count() > 0);
    QVERIFY(form.hasLocalErrors());
    QCOMPARE(form.fieldError("sft.lr"), QString("sft.lr: not a number"));
    QCOMPARE(form.localErrors(), QStringList{"sft.lr: not a number"});
    QCOMPARE(lr->property("ef_error").toBool(), true);
    QCOMPARE(lr->toolTip(), QString("sft.lr: not a number"));
    auto* label = form.findChild<QLabel*>("sft.lr:error");
    QVERIFY(label && !label->isHidden());
    QCOMPARE(label->text(), QString("sft.lr: not a number"));
    QCOMPARE(form.document()["sft"].toObject()["lr"].toDouble(), 0.003);  // last valid value

    lr->setText("5e-4");
    QVERIFY(!form.hasLocalErrors());
    QVERIFY(form.fieldError("sft.lr").isEmpty());
    QVERIFY(label->isHidden());
    QCOMPARE(form.document()["sft"].toObject()["lr"].toDouble(), 0.0005);

    auto* sizes = qobject_cast<QLineEdit*>(form.editor("sweep.sizes"));
    sizes->setText("200, x");
    QCOMPARE(form.fieldError("sweep.sizes"), QString("sweep.sizes[1]: not a number"));
    sizes->setText("100, 200, 400,");
    QVERIFY(!form.hasLocalErrors());
    QCOMPARE(form.value("sweep.sizes"), QJsonValue(QJsonArray{100, 200, 400}));
  }

  void hintedRangesAndIntegers() {
    QHash<QString, FieldHint> hints;
    FieldHint sizes;
    sizes.min = 1;
    hints["sweep.sizes"] = sizes;
    FieldHint steps;
    steps.decimals = 0;
    steps.min = 1;
    steps.max = 1000000;
    hints["sft.steps"] = steps;
    FieldHint heads;
    heads.decimals = 0;  // integer-only, unbounded: a line edit
    hints["model.heads"] = heads;
    FieldHint hidden;
    hidden.hidden = true;
    hints["description"] = hidden;
    JsonForm form;
    form.setHints(hints);
    form.setDocument(preset_);

    QVERIFY(!form.editor("description"));
    QCOMPARE(compact(form.document()), compact(preset_));
    QVERIFY(form.setValue("description", "changed"));
    QCOMPARE(form.document()["description"].toString(), QString("changed"));

    auto* spin = qobject_cast<QSpinBox*>(form.editor("sft.steps"));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 150);
    spin->setValue(300);
    QCOMPARE(form.value("sft.steps"), QJsonValue(300));

    qobject_cast<QLineEdit*>(form.editor("sweep.sizes"))->setText("0, 5");
    QCOMPARE(form.fieldError("sweep.sizes"), QString("sweep.sizes[0]: must be >= 1"));
    qobject_cast<QLineEdit*>(form.editor("model.heads"))->setText("1.5");
    QCOMPARE(form.fieldError("model.heads"), QString("model.heads: not an integer"));
  }

  void externalErrorAtArrayIndex() {
    JsonForm form;
    form.setDocument(preset_);
    form.resize(600, 300);
    form.show();
    QCOMPARE(form.currentSection(), QString());  // starts on General
    const QString msg = "sweep.sizes[1]: must be >= 1";
    form.setFieldError("sweep.sizes[1]", msg);
    QWidget* ed = form.editor("sweep.sizes");
    QCOMPARE(form.editor("sweep.sizes[1]"), ed);
    QCOMPARE(form.fieldError("sweep.sizes"), msg);
    QCOMPARE(form.fieldError("sweep.sizes[1]"), msg);
    QCOMPARE(ed->property("ef_error").toBool(), true);
    QVERIFY(!ed->styleSheet().isEmpty());
    QCOMPARE(ed->toolTip(), msg);
    QCOMPARE(form.currentSection(), QString("sweep"));
    auto* nav = form.findChild<QListWidget*>("ef_form_sections");
    QCOMPARE(nav->currentItem()->text(), QString("Sweep"));
    QVERIFY(ed->isVisible());
    QVERIFY(!form.hasLocalErrors());  // an error from outside is not the form's own

    form.setFieldError("nonsense.field", "nonsense.field: unknown key");
    form.setFieldError("", "the document is empty");
    auto* top = form.findChild<QLabel*>("ef_form_error");
    QVERIFY(!top->isHidden());
    QCOMPARE(form.fieldError(""), QString("nonsense.field: unknown key\nthe document is empty"));
    form.setFieldError("sft", "sft: lr must exceed min_lr");  // a section: form level, its page
    QCOMPARE(form.currentSection(), QString("sft"));

    form.clearFieldErrors();
    QVERIFY(form.fieldError("sweep.sizes").isEmpty());
    QCOMPARE(ed->property("ef_error").toBool(), false);
    QVERIFY(ed->styleSheet().isEmpty());
    QVERIFY(top->isHidden());
  }

  void choiceHintsGiveComboBoxes() {
    QHash<QString, FieldHint> hints;
    FieldHint kind;
    kind.choices = QStringList{"arith", "stargraph", "jsonl"};
    hints["task.kind"] = kind;
    FieldHint search;
    search.choices = QStringList{"linear", "binary"};
    hints["advantages.search"] = search;
    FieldHint sft;
    sft.label = "SFT";
    hints["sft"] = sft;
    JsonForm form;
    form.setHints(hints);
    form.setDocument(preset_);
    auto* combo = qobject_cast<QComboBox*>(form.editor("task.kind"));
    QVERIFY(combo);
    QVERIFY(!combo->isEditable());
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->currentText(), QString("arith"));
    QCOMPARE(compact(form.document()), compact(preset_));
    QSignalSpy edited(&form, &JsonForm::edited);
    combo->setCurrentIndex(1);
    QCOMPARE(edited.count(), 1);
    QCOMPARE(form.document()["task"].toObject()["kind"].toString(), QString("stargraph"));
    QVERIFY(form.setValue("task.kind", "jsonl"));
    QCOMPARE(combo->currentText(), QString("jsonl"));
    auto* nav = form.findChild<QListWidget*>("ef_form_sections");
    QCOMPARE(nav->item(form.sections().indexOf("sft"))->text(), QString("SFT"));
  }

  void multiChoicesMapToArrayInOrder() {
    QHash<QString, FieldHint> hints;
    FieldHint methods;
    methods.multi_choices = kMethods;
    hints["sweep.methods"] = methods;
    JsonForm form;
    form.setHints(hints);
    form.setDocument(preset_);
    auto* frame = qobject_cast<QFrame*>(form.editor("sweep.methods"));
    QVERIFY(frame);
    const QList<QCheckBox*> boxes = frame->findChildren<QCheckBox*>();
    QCOMPARE(boxes.size(), 6);
    for (QCheckBox* b : boxes)
      QVERIFY(b->isChecked());
    QCOMPARE(compact(form.document()), compact(preset_));

    auto box = [&](const QString& m) { return frame->findChild<QCheckBox*>("sweep.methods:" + m); };
    box("rft")->setChecked(false);
    box("dpo")->setChecked(false);
    QCOMPARE(form.value("sweep.methods"),
             QJsonValue(QJsonArray{"sft", "edit_dpo", "step_dpo_full", "step_dpo_prefix"}));
    box("dpo")->setChecked(true);  // back in the choices' order, not appended
    QCOMPARE(form.value("sweep.methods"),
             QJsonValue(QJsonArray{"sft", "dpo", "edit_dpo", "step_dpo_full", "step_dpo_prefix"}));
    QVERIFY(form.setValue("sweep.methods", QJsonArray{"step_dpo_prefix", "sft"}));
    QCOMPARE(form.value("sweep.methods"), QJsonValue(QJsonArray{"sft", "step_dpo_prefix"}));
    QVERIFY(!form.setValue("sweep.nonexistent", 1));
  }

  void diffListsChangedLeaves() {
    QJsonObject b = preset_;
    QJsonObject sft = b["sft"].toObject();
    sft["lr"] = 0.001;
    b["sft"] = sft;
    QJsonObject task = b["task"].toObject();
    QJsonObject arith = task["arith"].toObject();
    arith["max_steps"] = 3;
    task["arith"] = arith;
    b["task"] = task;
    QJsonObject sweep = b["sweep"].toObject();
    sweep["seeds"] = QJsonArray{1, 2};
    b["sweep"] = sweep;
    b.remove("description");
    b["device"] = "cpu";

    const auto diffs = diffJson(preset_, b);
    QCOMPARE(diffs.size(), 5);
    const QStringList paths = {"description", "device", "sft.lr", "sweep.seeds",
                               "task.arith.max_steps"};
    for (int i = 0; i < diffs.size(); ++i)
      QCOMPARE(diffs[i].path, paths[i]);
    QVERIFY(diffs[0].left.startsWith("\"A minute-long sweep"));
    QCOMPARE(diffs[0].right, QString());
    QCOMPARE(diffs[1].left, QString());
    QCOMPARE(diffs[1].right, QString("\"cpu\""));
    QCOMPARE(diffs[2].left, QString("0.003"));
    QCOMPARE(diffs[2].right, QString("0.001"));
    QCOMPARE(diffs[3].left, QString("[1]"));
    QCOMPARE(diffs[3].right, QString("[1,2]"));
    QCOMPARE(diffs[4].left, QString("2"));
    QCOMPARE(diffs[4].right, QString("3"));
    QVERIFY(diffJson(preset_, preset_).isEmpty());
    // A section on one side only lists its leaves.
    QJsonObject c = preset_;
    c["extra"] = QJsonObject{{"a", 1}, {"b", QJsonObject{{"c", true}}}};
    const auto added = diffJson(preset_, c);
    QCOMPARE(added.size(), 2);
    QCOMPARE(added[0].path, QString("extra.a"));
    QCOMPARE(added[1].path, QString("extra.b.c"));
    QCOMPARE(added[1].right, QString("true"));

    JsonDiffView view;
    view.setDocuments("run 1", preset_, "run 2", b);
    QTableWidget* table = view.table();
    QCOMPARE(table->rowCount(), 5);
    QCOMPARE(table->horizontalHeaderItem(1)->text(), QString("run 1"));
    QCOMPARE(table->horizontalHeaderItem(2)->text(), QString("run 2"));
    QCOMPARE(table->item(2, 0)->text(), QString("sft.lr"));
    QCOMPARE(table->item(2, 2)->text(), QString("0.001"));
    QVERIFY(table->item(2, 1)->background().style() != Qt::NoBrush);
    QVERIFY(!table->isHidden());
    view.setDocuments("run 1", preset_, "run 1 again", preset_);
    QVERIFY(table->isHidden());
    QCOMPARE(view.findChild<QLabel*>("ef_diff_summary")->text(), QString("No differences"));
  }

 private:
  QJsonObject preset_;
};

QTEST_MAIN(TestJsonForm)
#include "test_json_form.moc"
