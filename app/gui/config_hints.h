#pragma once
// Labels, tooltips and choices for the run-config form: the knowledge of what each field means
// lives here (app), the form itself (widgets::JsonForm) is generic.
#include <QCoreApplication>
#include <QHash>

#include "json_form.h"

namespace ef::gui {

// Holds the translation context ("ef::gui::ConfigHints") of the labels.
class ConfigHints {
  Q_DECLARE_TR_FUNCTIONS(ConfigHints)

 public:
  static QHash<QString, widgets::FieldHint> build();
};

QHash<QString, widgets::FieldHint> runConfigHints();

}  // namespace ef::gui
