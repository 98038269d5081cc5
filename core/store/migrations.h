// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Private to the store: the numbered schema migrations and the schema version they track with
// `PRAGMA user_version`. Migration N (1-based) takes a database from version N-1 to N.
#include <string>

struct sqlite3;

namespace ef::detail {

// Number of migrations, i.e. the schema version a fully migrated database has.
int migrationCount();

// Reads `PRAGMA user_version`. A file that is not a SQLite database throws StoreError
// "'<path>' is not an Eightfold run store (file is not a database)".
int readUserVersion(sqlite3* db, const std::string& path);

// Applies every migration newer than the database's user_version, in order, inside one
// BEGIN IMMEDIATE transaction, and sets user_version to migrationCount(). Rolls back everything
// on error. Throws StoreError if the database is newer than this build.
void applyMigrations(sqlite3* db, const std::string& path);

}  // namespace ef::detail
