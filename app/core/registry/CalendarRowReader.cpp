#include "registry/CalendarRowReader.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <array>

#if CONSOLE_SQLITE_DIRECT
#include <sqlite3.h>
#endif

namespace {

// The columns both ways read, in CalendarRow's order.
const char directSql[]
    = "SELECT id, provisioned_at, last_seen_at, status, client_id, application_calendar_id, sub,"
      " profile_name, profile_id, provider_name, scope, last_error FROM calendars ORDER BY id";
// The same through the driver. CAST AS BLOB: it hands over SQLite's UTF-8 bytes as they are, instead of
// converting every text to UTF-16 first.
const char driverSql[]
    = "SELECT id, provisioned_at, last_seen_at, CAST(status AS BLOB), CAST(client_id AS BLOB),"
      " CAST(application_calendar_id AS BLOB), CAST(sub AS BLOB), CAST(profile_name AS BLOB),"
      " CAST(profile_id AS BLOB), CAST(provider_name AS BLOB), CAST(scope AS BLOB), CAST(last_error AS BLOB)"
      " FROM calendars ORDER BY id";

CalendarRecord::Status statusFrom(QByteArrayView word)
{
    if (word == QByteArrayView("revoked"))
        return CalendarRecord::Status::Revoked;
    if (word == QByteArrayView("failed"))
        return CalendarRecord::Status::Failed;
    return CalendarRecord::Status::Active;
}

// One result row into `row`, the same for both ways: number(column) and date(column) give integers (date:
// noDate for NULL), text(column) a UTF-8 view; columns as in directSql.
template<typename Number, typename Date, typename Text>
void fillRow(Registry::CalendarRow &row, Number number, Date date, Text text)
{
    row.id = number(0);
    row.provisionedAtMs = date(1);
    row.lastSeenAtMs = date(2);
    row.status = statusFrom(text(3));
    row.clientId = text(4);
    row.applicationCalendarId = text(5);
    row.sub = text(6);
    row.profileName = text(7);
    row.profileId = text(8);
    row.providerName = text(9);
    row.scope = text(10);
    row.lastError = text(11);
}

} // namespace

namespace CalendarRowReader {

#if CONSOLE_SQLITE_DIRECT

namespace {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QSqlError errorOf(sqlite3 *handle, int code)
{
    return QSqlError(QStringLiteral("Unable to read calendars"), QString::fromUtf8(sqlite3_errmsg(handle)),
        QSqlError::StatementError,
        QString::number(sqlite3_extended_errcode(handle) ? sqlite3_extended_errcode(handle) : code));
}

} // namespace

bool canReadDirectly(const QSqlDatabase &db)
{
    if (!handleOf(db))
        return false;
    QSqlQuery version(db);
    return version.exec(QStringLiteral("SELECT sqlite_version()")) && version.next()
        && version.value(0).toString() == QLatin1String(sqlite3_libversion());
}

bool readDirectly(const QSqlDatabase &db, const Visit &visit, QSqlError *failed)
{
    sqlite3 *handle = handleOf(db);
    if (!handle) {
        *failed = QSqlError(QStringLiteral("Unable to read calendars"),
            QStringLiteral("no SQLite connection"), QSqlError::ConnectionError);
        return false;
    }
    sqlite3_stmt *statement = nullptr;
    int code = sqlite3_prepare_v2(handle, directSql, -1, &statement, nullptr);
    if (code != SQLITE_OK) {
        *failed = errorOf(handle, code);
        sqlite3_finalize(statement);
        return false;
    }
    // Valid until the next step: visit() copies what it keeps.
    auto text = [statement](int column) {
        const char *bytes = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
        return bytes ? QByteArrayView(bytes, sqlite3_column_bytes(statement, column)) : QByteArrayView();
    };
    auto number = [statement](int column) { return qint64(sqlite3_column_int64(statement, column)); };
    auto date = [statement, number](int column) {
        return sqlite3_column_type(statement, column) == SQLITE_NULL ? Registry::noDate : number(column);
    };
    Registry::CalendarRow row;
    while ((code = sqlite3_step(statement)) == SQLITE_ROW) {
        fillRow(row, number, date, text);
        visit(row);
    }
    const bool done = code == SQLITE_DONE;
    if (!done)
        *failed = errorOf(handle, code);
    sqlite3_finalize(statement);
    return done;
}

#else

bool canReadDirectly(const QSqlDatabase &)
{
    return false;
}

bool readDirectly(const QSqlDatabase &db, const Visit &visit, QSqlError *failed)
{
    return readThroughDriver(db, visit, failed);
}

#endif

bool readThroughDriver(const QSqlDatabase &db, const Visit &visit, QSqlError *failed)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // PostgreSQL (a team's shared list) has no BLOB: plain texts there.
    const QString sql
        = QString::fromLatin1(db.driverName() == QLatin1String("QPSQL") ? directSql : driverSql);
    if (!q.exec(sql)) {
        *failed = q.lastError();
        return false;
    }
    // A view of the driver's own buffer when it gave bytes (the QVariant, kept here, holds it during visit),
    // else of the text converted into `holders`.
    std::array<QVariant, 12> values;
    std::array<QByteArray, 12> holders;
    auto text = [&](int column) {
        const QVariant &value = values[size_t(column)] = q.value(column);
        if (value.metaType() == QMetaType::fromType<QByteArray>())
            return QByteArrayView(*static_cast<const QByteArray *>(value.constData()));
        holders[size_t(column)] = value.toString().toUtf8();
        return QByteArrayView(holders[size_t(column)]);
    };
    auto number = [&q](int column) { return q.value(column).toLongLong(); };
    auto date = [&q](int column) {
        const QVariant value = q.value(column);
        return value.isNull() ? Registry::noDate : value.toLongLong();
    };
    Registry::CalendarRow row;
    while (q.next()) {
        fillRow(row, number, date, text);
        visit(row);
    }
    if (q.lastError().isValid()) {
        *failed = q.lastError();
        return false;
    }
    return true;
}

} // namespace CalendarRowReader
