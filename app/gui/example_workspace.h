// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The example workspace (File → Open example workspace; docs/example.md): the lookup-hint-scaling
// sweep committed as resources/example/example.tar.xz, unpacked at build time (app/CMakeLists.txt)
// and installed to share/eightfold/example. Opening it copies it into the data folder the first
// time, so that runs started there never write into the build or installation folder.
#include <QString>

namespace ef::gui {

// The unpacked example's database: the build folder's, else the installed one; "" when neither
// exists.
QString exampleWorkspaceSource();

// The copy in `data_folder`/example/ (made now from the source when there is none yet). Returns
// its database path, or "" with `error` naming what failed.
QString prepareExampleWorkspace(const QString& data_folder, QString* error);

}  // namespace ef::gui
