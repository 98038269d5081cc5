#pragma once
// Labels, tooltips and choices for the run-config form: the knowledge of what each field means
// lives here (app), the form itself (widgets::JsonForm) is generic.
#include <QHash>

#include "json_form.h"

namespace ef::gui {

QHash<QString, widgets::FieldHint> runConfigHints();

}  // namespace ef::gui
