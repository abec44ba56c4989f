#pragma once

#include "postgres/PostgresAddress.h"
#include "registry/Registry.h"

#include <QSqlDatabase>
#include <QSqlError>

// Connections to a team's shared list on PostgreSQL, and how what the server or libpq says becomes a
// RegistryError with its sentence. One place for both, so the window's list, its worker threads and
// cronofyctl open and explain connections the same way.
namespace PostgresConnection {
// Qt's driver for PostgreSQL (a plugin: libqt6sql6-psql on Debian) is installed.
bool driverAvailable();
// Adds and opens connection `name` (in the calling thread: Qt 6.4 has no QSqlDatabase::moveToThread).
// On failure the connection is removed again and *error says why.
bool open(const QString &name, const PostgresAddress &address, const QString &password, RegistryError *error,
    int connectTimeoutSeconds = 5);
// Opens connection `name` again after it was lost (it stays added, closed, when that fails too).
bool reopen(const QString &name, const PostgresAddress &address, const QString &password,
    RegistryError *error, int connectTimeoutSeconds = 5);
// Opens, then creates or upgrades the schema (PostgresSchema); a newer schema is refused (Kind::NewerSchema).
bool openAndMigrate(const QString &name, const PostgresAddress &address, const QString &password,
    RegistryError *error, int connectTimeoutSeconds = 5);
// Closes and removes connection `name`.
void close(const QString &name);

// What went wrong, from the driver's error on connection `address`.
RegistryError errorFrom(const QSqlError &error, const PostgresAddress &address);
// The connection itself is gone (server stopped or killed, network lost): reconnecting may help.
bool isConnectionLost(const QSqlError &error);
// "alice@db.example.com:5432/cronofy": how sentences name the shared list.
QString describe(const PostgresAddress &address);
// The computer's user name as activity records it: "login@computer".
QString computerUser();
} // namespace PostgresConnection
