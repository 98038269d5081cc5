// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Marks an English text for translation without translating it. lupdate reads it as
// QT_TRANSLATE_NOOP (app/CMakeLists.txt passes the alias); the workbench translates it at display
// time with QCoreApplication::translate(context, text). Core stays free of Qt.
#define EF_TRANSLATABLE(context, text) text
