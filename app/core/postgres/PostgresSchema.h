#pragma once

#include <QSqlDatabase>
#include <QSqlError>

// The shared list's schema on PostgreSQL, one migration per version step, like RegistrySchema for the SQLite
// file. The version is the one row of table console_schema. A new database walks every step from 0, so the
// code that upgrades an old database is the code that creates a new one.
//
// Several consoles may connect at the same moment: migrate() holds a transaction-level advisory lock while it
// reads the version and runs a step, so only one of them runs each step and the others find it done.
namespace PostgresSchema {
// The version that added the Activity columns of the operation log.
constexpr int activityVersion = 2;
// The version that added applications.account (RegistrySchema::accountsVersion in the file).
constexpr int accountsVersion = 3;
constexpr int currentVersion = accountsVersion;
// The channel every write is announced on (LISTEN/NOTIFY): its payload is the table written.
inline constexpr char changeChannel[] = "cronofy_console_list";
// Brings the database to currentVersion. False and *failed on failure (the step is rolled back; earlier
// steps stay); *versionFound is the version found before (greater than currentVersion: a newer program
// wrote this database, and nothing was changed).
bool migrate(QSqlDatabase &db, QSqlError *failed, int *versionFound);
// Whether pg_trgm is installed in this database (substring search by a trigram index).
bool hasTrigramSearch(QSqlDatabase &db);
} // namespace PostgresSchema
