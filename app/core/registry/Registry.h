#pragma once

#include "registry/RegistryTypes.h"
#include "store/ListStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

#include <functional>
#include <limits>
#include <memory>
#include <optional>

class PostgresAddress;

// What went wrong with the database, with the sentence a person reads.
class RegistryError
{
    Q_DECLARE_TR_FUNCTIONS(RegistryError)

public:
    enum class Kind {
        None,
        CannotOpen,
        ReadOnly,
        DiskFull,
        Corrupt,
        Busy,
        Other,
        // A team's shared list on PostgreSQL (shared is true):
        Unreachable, // the server did not answer, or the connection was lost
        WrongPassword, // the server refused the user or the password
        TlsRefused, // the secure connection failed (certificate, name, or a server without TLS)
        NewerSchema, // written by a newer Cronofy Console (detail: its schema version)
        NoDriver, // Qt's PostgreSQL driver is not installed
    };
    Kind kind = Kind::None;
    QString detail; // the driver's text
    QString path; // the file or folder concerned (the shared list: user@host:port/db), named where it helps
    bool shared = false; // about the shared list on PostgreSQL, not the file
    bool ok() const { return kind == Kind::None; }
    QString message() const;

private:
    QString sharedMessage() const;
};

// The kept list: applications, calendars and an operation log, in SQLite (WAL, foreign keys, every write in a
// transaction, schema version with migrations), or in a team's shared database on PostgreSQL (openShared(),
// docs/shared-list.md). The only record of what was provisioned: Cronofy cannot list
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
        // Told before each statement of an upgrade (RegistrySchema::migrate): indexes built over millions of
        // rows take a while, and the window and cronofyctl say so.
        std::function<void(int version, int statement, int statements)> upgradeProgress;
    };
    // The default file: QStandardPaths::AppDataLocation + "/registry.sqlite".
    static QString defaultPath();
    static OpenResult open(const QString &path = defaultPath());
    static OpenResult open(const QString &path, const OpenOptions &options);

    // A team's shared list on PostgreSQL instead of the file (docs/shared-list.md): the same rows, read and
    // written by several consoles and cronofyctl runs at once. Its schema is created or upgraded here.
    struct SharedOptions
    {
        // Whether this computer's keychain holds an application's client_secret: the database keeps no
        // secret and no secret state, each admin has their own keychain.
        std::function<bool(const QString &clientId)> secretHere;
        // Recorded with each operation, beside the database role: "login@computer".
        QString computerUser;
        int connectTimeoutSeconds = 5;
    };
    static OpenResult openShared(const PostgresAddress &address, const QString &password);
    static OpenResult openShared(
        const PostgresAddress &address, const QString &password, const SharedOptions &options);
    // The shared list, not connected yet: no network, nothing read, every write refused (Unreachable) until
    // connectShared() succeeds. The window starts with it, so that a server that is down or slow never holds
    // up the window (SharedListLink connects in the background).
    static std::unique_ptr<Registry> sharedUnconnected(
        const PostgresAddress &address, const SharedOptions &options);
    // Connects the shared list now (in this thread; call it once a background probe saw the server answer).
    RegistryError connectShared(const QString &password);
    // False while the shared list is not connected, or after its connection was lost: the list shows what it
    // read last (nothing at first) and refuses writes at once with a sentence. Always true for the file.
    bool isAvailable() const;
    // Unreachable with its sentence while !isAvailable(); no error otherwise.
    RegistryError availability() const;
    ~Registry() override;

    // Whether this is the shared list on PostgreSQL.
    bool isShared() const;
    // Opens read connections of their own to this list, for the list's worker thread and streamed exports
    // (SqliteListStore on the file, PostgresListStore on the shared list). Safe to call from any thread.
    ListStoreFactory listStores() const;
    QString path() const;
    // The name of this Registry's own QSqlDatabase connection. For tests and the benchmark only (e.g. to set
    // PRAGMA max_page_count); the window and cronofyctl never run SQL themselves.
    QString connectionName() const;
    // The schema version this code writes (PRAGMA user_version after open()).
    static int currentSchemaVersion();
    // The schema version of the file at `path`, read from its header without opening it (0: no file, empty,
    // or not SQLite). open() upgrades a file whose version is lower, which may take a while.
    static int schemaVersionOf(const QString &path);

    // Applications. Upsert by client_id.
    RegistryError upsertApplication(const ApplicationRecord &application);
    RegistryError setSecretState(const QString &clientId, ApplicationRecord::SecretState state);
    // An account was renamed: the applications it created name it by its new name.
    RegistryError renameAccount(const QString &oldName, const QString &newName);
    std::optional<ApplicationRecord> application(const QString &clientId) const;
    QList<ApplicationRecord> applications() const;
    // client_id -> name: what the exports write beside each client_id (read here, before a streamed export).
    QHash<QString, QString> applicationNames() const;

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

    // Writes store a space in place of U+001F (never typed), so a reader may join fields with it.
    static constexpr char rowSeparator = '\x1f';

    // The operation log. Never a secret or a token.
    RegistryError logOperation(const OperationRecord &operation);
    // Several entries in one transaction (a bulk run's failures and the run), in this order.
    RegistryError logOperations(const QList<OperationRecord> &operations);
    QList<OperationRecord> operations(int limit = 1000) const;

    // PRAGMA integrity_check == "ok"
    bool integrityOk() const;

    // The shared list only (docs/shared-list.md).
    struct SharedInfo
    {
        QString serverVersion; // "15.18"
        int schemaVersion = 0;
        QString loginRole; // who logged in (recorded with each operation)
        QString actingRole; // the team's role the tables belong to, when the login role acts as it
        bool trigramSearch = false; // pg_trgm's index serves substring searches
        qint64 applications = 0;
        qint64 calendars = 0;
    };
    // std::nullopt for the file, or when the server cannot answer.
    std::optional<SharedInfo> sharedInfo() const;
    // What a copy added, and what was there already (and left as it was).
    struct CopyCounts
    {
        qint64 applicationsAdded = 0, applicationsKept = 0;
        qint64 calendarsAdded = 0, calendarsKept = 0;
        qint64 operationsAdded = 0, operationsKept = 0;
    };
    // The shared list only: adds the rows of `local` (the file) that it does not have yet, in groups of 1,000
    // rows per transaction. A row already there is left as it is (it may be a colleague's newer state), so a
    // second copy adds nothing. Activity keeps its original time and says whose file it came from.
    RegistryError copyMissingFrom(
        const Registry &local, CopyCounts *counts, const std::function<void(qint64 done)> &progress = {});

signals:
    // Another console or cronofyctl run wrote to the shared list: "applications", "calendars" or
    // "operations" (PostgreSQL's NOTIFY, delivered at its commit). Never for the file. rowsAnnounced: the
    // rows written were named, and applicationChanged/calendarChanged/operationLogged were emitted for each
    // just before, as for this program's own writes; false: a large write, read the table again.
    void changedElsewhere(const QString &table, bool rowsAnnounced);
    // The shared list became available (connected) or was lost.
    void availabilityChanged(bool available);
    void applicationChanged(const QString &clientId);
    void calendarChanged(const QString &clientId, const QString &applicationCalendarId);
    void operationLogged();

private:
    Registry();
    struct Private;
    std::unique_ptr<Private> d;
};
