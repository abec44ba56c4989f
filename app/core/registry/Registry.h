#pragma once

#include "registry/RegistryTypes.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <limits>
#include <memory>
#include <optional>

// What went wrong with the database, with the sentence a person reads.
class RegistryError
{
    Q_DECLARE_TR_FUNCTIONS(RegistryError)

public:
    enum class Kind { None, CannotOpen, ReadOnly, DiskFull, Corrupt, Busy, Other };
    Kind kind = Kind::None;
    QString detail; // the driver's text
    QString path; // the file or folder concerned, named in the sentence where it helps
    bool ok() const { return kind == Kind::None; }
    QString message() const;
};

// The kept list: applications, calendars and an operation log, in SQLite (WAL, foreign keys, every write in a
// transaction, schema version with migrations). The only record of what was provisioned: Cronofy cannot list
// application calendars. Shared by the window and cronofyctl (one file, several processes).
//
// Storage: dates are INTEGER milliseconds since the epoch, UTC (sortable, no parsing when 100,000 rows are
// read); enums are lowercase words. synchronous=FULL (see Registry.cpp), busy_timeout 5 s. Each Registry has
// its own QSqlDatabase connection, removed by its destructor, so several may live in one process.
// Bad states: a file that is not SQLite, or fails quick_check (run after an unclean close or once SQLite
// reported a damaged page), is moved aside to "<name>.corrupt-<yyyyMMddTHHmmssZ>" with its -wal/-shm, never
// deleted, and a fresh file is created (OpenResult::movedAsideTo names it for the window's message).
class Registry : public QObject
{
    Q_OBJECT

public:
    struct OpenResult
    {
        std::unique_ptr<Registry> registry;
        RegistryError error;
        // Set when a corrupt file was moved aside (never deleted) and a fresh one created.
        QString movedAsideTo;
    };
    struct OpenOptions
    {
        // Opens with SQLITE_OPEN_READONLY: every write fails with Kind::ReadOnly (a read-only folder or
        // medium behaves the same way; tests run as root, where file permissions do not bite).
        bool readOnly = false;
        // How long a write waits for another process (cronofyctl or the window) holding the file.
        int busyTimeoutMs = 5000;
    };
    // The default file: QStandardPaths::AppDataLocation + "/registry.sqlite".
    static QString defaultPath();
    static OpenResult open(const QString &path = defaultPath());
    static OpenResult open(const QString &path, const OpenOptions &options);
    ~Registry() override;

    QString path() const;
    // The name of this Registry's own QSqlDatabase connection. For tests and the benchmark only (e.g. to set
    // PRAGMA max_page_count); the window and cronofyctl never run SQL themselves.
    QString connectionName() const;
    // The schema version this code writes (PRAGMA user_version after open()).
    static int currentSchemaVersion();

    // Applications. Upsert by client_id.
    RegistryError upsertApplication(const ApplicationRecord &application);
    RegistryError setSecretState(const QString &clientId, ApplicationRecord::SecretState state);
    std::optional<ApplicationRecord> application(const QString &clientId) const;
    QList<ApplicationRecord> applications() const;

    // Calendars. Upsert by (client_id, application_calendar_id): provisioning the same id again updates its
    // row.
    RegistryError upsertCalendar(const CalendarRecord &calendar);
    // How a write reaches the disk. Full: synced before it returns (survives a power cut). ProcessCrashSafe:
    // in the WAL without waiting for the disk sync, so it survives a crash or kill -9 of the program but may
    // be lost by a power cut or an OS crash; only for writes that can be redone (bulk provisioning is
    // idempotent and resumes).
    enum class Sync { Full, ProcessCrashSafe };
    // The same for several calendars in ONE transaction: all are written or none. For bulk runs, whose
    // answers arrive faster than the disk syncs one transaction each.
    RegistryError upsertCalendars(const QList<CalendarRecord> &calendars, Sync sync = Sync::Full);
    // Marks a failure: a new row gets status Failed; an existing active row keeps its status and gets
    // lastError.
    RegistryError recordCalendarFailure(
        const QString &clientId, const QString &applicationCalendarId, const QString &error);
    RegistryError markRevoked(const QString &clientId, const QString &sub);
    std::optional<CalendarRecord> calendar(
        const QString &clientId, const QString &applicationCalendarId) const;
    std::optional<CalendarRecord> calendarBySub(const QString &sub) const;
    // All calendars, or one application's. Ordered by id.
    QList<CalendarRecord> calendars(const QString &clientId = {}) const;
    // The application_calendar_ids of one application with this status: bulk runs resume past the Active
    // ones and skip the Revoked ones unless asked.
    QSet<QString> calendarIds(const QString &clientId, CalendarRecord::Status status) const;
    QSet<QString> activeCalendarIds(const QString &clientId) const
    {
        return calendarIds(clientId, CalendarRecord::Status::Active);
    }
    qint64 calendarCount() const;

    static constexpr qint64 noDate = std::numeric_limits<qint64>::min();
    // Every calendar as one compact row, ordered by id: for CalendarsModel, which holds 100,000 of them.
    // The texts are UTF-8, as SQLite keeps them: no conversion to UTF-16 and half its memory, so the list
    // opens with fewer pages to fault in. They are valid only during the call to visit.
    struct CalendarRow
    {
        qint64 id = 0;
        qint64 provisionedAtMs = noDate; // UTC ms since the epoch; noDate when unknown
        qint64 lastSeenAtMs = noDate;
        CalendarRecord::Status status = CalendarRecord::Status::Active;
        QByteArrayView clientId;
        QByteArrayView applicationCalendarId;
        QByteArrayView sub;
        QByteArrayView profileName;
        QByteArrayView profileId;
        QByteArrayView providerName;
        QByteArrayView scope;
        QByteArrayView lastError;
    };
    // Writes store a space in place of U+001F (never typed), so a reader may join fields with it.
    static constexpr char rowSeparator = '\x1f';
    // Fastest: straight through the SQLite library when this build links the one Qt's driver uses (see
    // CalendarRowReader), else Driver. Driver: through Qt Sql only (tests compare the two).
    enum class ReadPath { Fastest, Driver };
    // Calls visit once per calendar, in id order. False if the read failed part way.
    bool visitCalendarRows(
        const std::function<void(const CalendarRow &)> &visit, ReadPath path = ReadPath::Fastest) const;

    // The operation log. Never a secret or a token.
    RegistryError logOperation(const OperationRecord &operation);
    QList<OperationRecord> operations(int limit = 1000) const;

    // PRAGMA integrity_check == "ok"
    bool integrityOk() const;

signals:
    void applicationChanged(const QString &clientId);
    void calendarChanged(const QString &clientId, const QString &applicationCalendarId);
    void operationLogged();

private:
    Registry();
    struct Private;
    std::unique_ptr<Private> d;
};
