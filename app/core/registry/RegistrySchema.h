#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

// The registry's schema, one migration per version step (PRAGMA user_version). A fresh file walks every
// step from 0, so the code that upgrades an old file is the same code that creates a new one.
namespace RegistrySchema {
// The version that added applications.account (which account created an application). When steps are
// added beside it, renumber here: the step list in RegistrySchema.cpp is ordered by these constants.
constexpr int accountsVersion = 6;
// The version this build writes.
// The step that gave the operation log its Activity columns (tests build a file of the version before it).
constexpr int activityVersion = 5;
constexpr int currentVersion = accountsVersion;
// Brings the database to currentVersion, one step per transaction. Returns false and sets *failed to the
// failing query's error on failure; the step that failed is rolled back, earlier steps stay.
// `progress` (optional) is told before each statement: the version being made, the statement's number and
// how many the step has (building an index over millions of rows takes a while).
using Progress = std::function<void(int version, int statement, int statements)>;
// The accounts step's UPDATEs, here and on the shared list (PostgresSchema): one per data center found in
// applications, naming their account after it (a v0.1 key becomes the account named after its data center;
// the name is DataCenter's display name, so it is worked out in C++).
QStringList accountNames(QSqlDatabase &db);
// `upTo` stops at an earlier version (tests make files as older builds left them).
bool migrate(QSqlDatabase &db, QSqlError *failed, int *versionFound, const Progress &progress = {},
    int upTo = currentVersion);
} // namespace RegistrySchema
