// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The interface language, switched while the workbench runs: installing new translators makes
// Qt send QEvent::LanguageChange to every widget, and each page's changeEvent sets its texts
// again (docs/architecture.md, "Translations").
#include <QString>

namespace ef::gui {

// Loads Eightfold's and Qt's own translations for `code` ("" = the system language, "en", "de",
// "zh_CN"), replacing the installed ones; sets the default locale. Returns false when there is no
// Eightfold translation for it (English is then shown; that is not an error for "en").
bool applyLanguage(const QString& code);

}  // namespace ef::gui
