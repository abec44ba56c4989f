#pragma once

#include "registry/Registry.h"

#include <QSqlDatabase>
#include <QSqlError>

#include <functional>

// How Registry::visitCalendarRows() reads every calendar, the largest read the program makes (the whole list
// when the window opens). Two ways, same rows:
// - readDirectly(): the SQLite C API on the connection Qt's driver opened (QSqlDriver::handle()). Each text
//   is a view of SQLite's own UTF-8 bytes: no QVariant, no copy. Only where this build links the SQLite
//   library the driver uses (Linux, whose Qt uses the system's; the official Windows and macOS Qt builds
//   carry their own copy inside the driver, and one SQLite must never work on another's connection).
// - readThroughDriver(): Qt Sql only, each text as a QByteArray (CAST AS BLOB: no conversion to UTF-16).
namespace CalendarRowReader {

using Visit = std::function<void(const Registry::CalendarRow &)>;

// True when readDirectly() may be used on `db`: this build links SQLite, the driver hands out a sqlite3*,
// and the driver's SQLite is the same version as the one linked.
bool canReadDirectly(const QSqlDatabase &db);
bool readDirectly(const QSqlDatabase &db, const Visit &visit, QSqlError *failed);
bool readThroughDriver(const QSqlDatabase &db, const Visit &visit, QSqlError *failed);

} // namespace CalendarRowReader
