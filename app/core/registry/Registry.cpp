#include "registry/Registry.h"

#include "common/LogCategories.h"
#include "postgres/PostgresConnection.h"
#include "postgres/PostgresSchema.h"
#include "registry/RecordText.h"
#include "registry/RegistrySchema.h"
#include "store/PostgresListStore.h"
#include "store/SqliteListStore.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <algorithm>
#include <functional>
#include <tuple>

namespace {

QAtomicInt connectionCounter;

// SQLite's primary result codes (sqlite3.h); the QSQLITE driver reports them as nativeErrorCode().
enum SqliteCode {
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADb = 26,
};

RegistryError errorFrom(const QSqlError &sql, const QString &path)
{
    RegistryError e;
    e.path = path;
    e.detail = sql.databaseText().isEmpty() ? sql.text() : sql.databaseText();
    bool numeric = false;
    const int code
        = sql.nativeErrorCode().toInt(&numeric) & 0xff; // extended codes carry the primary in the low byte
    if (!numeric) {
        e.kind = RegistryError::Kind::Other;
        return e;
    }
    switch (code) {
    case SqliteBusy:
    case SqliteLocked:
        e.kind = RegistryError::Kind::Busy;
        break;
    case SqliteReadOnly:
        e.kind = RegistryError::Kind::ReadOnly;
        break;
    case SqliteCorrupt:
    case SqliteNotADb:
        e.kind = RegistryError::Kind::Corrupt;
        break;
    case SqliteFull:
        e.kind = RegistryError::Kind::DiskFull;
        break;
    case SqliteCantOpen:
        e.kind = RegistryError::Kind::CannotOpen;
        break;
    case SqliteIoErr:
    default:
        e.kind = RegistryError::Kind::Other;
        break;
    }
    return e;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL and mean "empty" instead. U+001F (unit
// separator, never typed) becomes a space, so a reader may join fields with it without escaping.
QString text(const QString &s)
{
    if (s.isNull())
        return QString(QLatin1String(""));
    const QChar separator = QLatin1Char(Registry::rowSeparator);
    if (s.contains(separator)) {
        QString cleaned = s;
        cleaned.replace(separator, QLatin1Char(' '));
        return cleaned;
    }
    return s;
}

QVariant toDb(const QDateTime &dt)
{
    return dt.isValid() ? QVariant(dt.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime fromDb(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString originWord(ApplicationRecord::Origin o)
{
    return o == ApplicationRecord::Origin::Imported ? QStringLiteral("imported") : QStringLiteral("created");
}

QString secretWord(ApplicationRecord::SecretState s)
{
    return s == ApplicationRecord::SecretState::NotStored ? QStringLiteral("not-stored")
                                                          : QStringLiteral("stored");
}

QString statusWord(CalendarRecord::Status s)
{
    switch (s) {
    case CalendarRecord::Status::Revoked:
        return QStringLiteral("revoked");
    case CalendarRecord::Status::Failed:
        return QStringLiteral("failed");
    case CalendarRecord::Status::Active:
        break;
    }
    return QStringLiteral("active");
}

CalendarRecord::Status statusFromWord(const QString &w)
{
    if (w == QLatin1String("revoked"))
        return CalendarRecord::Status::Revoked;
    if (w == QLatin1String("failed"))
        return CalendarRecord::Status::Failed;
    return CalendarRecord::Status::Active;
}

const QString calendarColumns = QStringLiteral(
    "id, client_id, application_calendar_id, sub, profile_id, profile_name, provider_name, scope, "
    "provisioned_at, last_seen_at, status, last_error");

CalendarRecord calendarFrom(const QSqlQuery &q)
{
    CalendarRecord c;
    c.id = q.value(0).toLongLong();
    c.clientId = q.value(1).toString();
    c.applicationCalendarId = q.value(2).toString();
    c.sub = q.value(3).toString();
    c.profileId = q.value(4).toString();
    c.profileName = q.value(5).toString();
    c.providerName = q.value(6).toString();
    c.scope = q.value(7).toString();
    c.provisionedAt = fromDb(q.value(8));
    c.lastSeenAt = fromDb(q.value(9));
    c.status = statusFromWord(q.value(10).toString());
    c.lastError = q.value(11).toString();
    return c;
}

const QString applicationColumns
    = QStringLiteral("client_id, name, url, data_center, origin, created_at, secret_state, account");

// The shared list keeps no secret state (the secrets are in each admin's keychain): its column reads as
// unknown, and Private::applicationFrom asks this computer.
const QString sharedApplicationColumns
    = QStringLiteral("client_id, name, url, data_center, origin, created_at, '', account");

ApplicationRecord applicationFrom(const QSqlQuery &q)
{
    ApplicationRecord a;
    a.clientId = q.value(0).toString();
    a.name = q.value(1).toString();
    a.url = q.value(2).toString();
    a.dataCenter = q.value(3).toString();
    a.origin = q.value(4).toString() == QLatin1String("imported") ? ApplicationRecord::Origin::Imported
                                                                  : ApplicationRecord::Origin::Created;
    a.createdAt = fromDb(q.value(5));
    a.secretState = q.value(6).toString() == QLatin1String("not-stored")
        ? ApplicationRecord::SecretState::NotStored
        : ApplicationRecord::SecretState::Stored;
    a.account = q.value(7).toString();
    return a;
}

} // namespace

// Next to the file: "check this file at the next open". Written when SQLite reports a damaged page.
static QString checkMarker(const QString &path)
{
    return path + QStringLiteral(".needs-check");
}

struct Registry::Private
{
    QString path;
    QString connection;
    bool readOnly = false;
    QSqlDatabase db() const { return QSqlDatabase::database(connection, false); }

    // The shared list on PostgreSQL (docs/shared-list.md); else the SQLite file at `path`.
    std::optional<PostgresAddress> shared;
    QString password; // kept in memory to reconnect; never written anywhere
    // The same password for the list's own connections (listStores()), opened in other threads.
    struct Credentials
    {
        QMutex mutex;
        QString password;
    };
    std::shared_ptr<Credentials> credentials = std::make_shared<Credentials>();
    SharedOptions sharedOptions;
    Registry *owner = nullptr;

    RegistryError errorOf(const QSqlError &error) const
    {
        return shared ? PostgresConnection::errorFrom(error, *shared) : errorFrom(error, path);
    }
    const QString &applicationColumnList() const
    {
        return shared ? sharedApplicationColumns : applicationColumns;
    }
    ApplicationRecord applicationOf(const QSqlQuery &q) const
    {
        ApplicationRecord a = applicationFrom(q);
        if (shared) {
            const bool here = sharedOptions.secretHere && sharedOptions.secretHere(a.clientId);
            a.secretState
                = here ? ApplicationRecord::SecretState::Stored : ApplicationRecord::SecretState::NotStored;
        }
        return a;
    }

    // The shared list: a transaction that writes calendars first takes the lock of each application it writes
    // to, in one order. The counts kept by a trigger are one row per application and status, which every such
    // transaction updates; without this, two bulk runs into one application deadlock on it.
    bool lockApplications(QSqlDatabase &database, QStringList clientIds, QSqlError *failed) const
    {
        if (!shared)
            return true;
        clientIds.sort();
        clientIds.removeDuplicates();
        QSqlQuery q(database);
        q.prepare(QStringLiteral("SELECT pg_advisory_xact_lock(hashtext(?))"));
        for (const QString &clientId : std::as_const(clientIds)) {
            q.bindValue(0, clientId);
            if (!q.exec()) {
                *failed = q.lastError();
                return false;
            }
        }
        return true;
    }

    // The shared list: listens for colleagues' writes on this connection.
    bool available = true; // the shared list: connected (false before connectShared(), or once lost)
    QMetaObject::Connection notifications;

    void listen()
    {
        QSqlDriver *driver = db().driver();
        if (!driver || !driver->subscribeToNotification(QString::fromLatin1(PostgresSchema::changeChannel))) {
            qCWarning(lcRegistry) << "cannot listen for changes to the shared list";
            return;
        }
        QObject::disconnect(notifications);
        notifications = QObject::connect(driver, &QSqlDriver::notification, owner,
            [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (source == QSqlDriver::OtherSource)
                    announce(payload.toString());
            });
    }
    // A colleague's commit, as PostgresSchema's triggers announce it: "calendars:" then client_id U+001F
    // application_calendar_id per row, rows separated by U+001E; "applications:" then client_ids; or the
    // table's name alone when the write was too large to name its rows.
    void announce(const QString &payload)
    {
        const QString table = payload.section(QLatin1Char(':'), 0, 0);
        const bool named = payload.contains(QLatin1Char(':'));
        const QStringList rows = payload.section(QLatin1Char(':'), 1).split(QChar(0x1e), Qt::SkipEmptyParts);
        if (table == QLatin1String("calendars")) {
            for (const QString &row : rows)
                emit owner->calendarChanged(row.section(QChar(0x1f), 0, 0), row.section(QChar(0x1f), 1));
        } else if (table == QLatin1String("applications")) {
            for (const QString &clientId : rows)
                emit owner->applicationChanged(clientId);
        } else if (table == QLatin1String("operations")) {
            emit owner->operationLogged();
        }
        emit owner->changedElsewhere(table, named || table == QLatin1String("operations"));
    }
    void setAvailable(bool now)
    {
        if (available == now)
            return;
        available = now;
        emit owner->availabilityChanged(now);
    }
    // The shared list's connection again, after the server was lost. False when it still cannot be reached.
    bool reconnect()
    {
        RegistryError error;
        if (!PostgresConnection::reopen(
                connection, *shared, password, &error, sharedOptions.connectTimeoutSeconds)) {
            setAvailable(false);
            return false;
        }
        qCInfo(lcRegistry) << "reconnected to the shared list";
        listen();
        setAvailable(true);
        return true;
    }

    // A damaged page met while reading or writing: the next open() runs the check and moves the file
    // aside, as RegistryError::Kind::Corrupt's sentence promises.
    void noteError(const QSqlError &error) const
    {
        if (shared || errorFrom(error, path).kind != RegistryError::Kind::Corrupt || readOnly)
            return;
        qCWarning(lcRegistry) << "the registry file is damaged; it will be checked at the next start";
        QFile marker(checkMarker(path));
        if (marker.open(QIODevice::WriteOnly))
            marker.write("SQLite reported a damaged page\n");
    }

    // Runs `body` inside BEGIN IMMEDIATE ... COMMIT. On any failure the transaction is rolled back, so a
    // write is all or nothing. IMMEDIATE takes the write lock up front: a deferred transaction that reads
    // first and writes later can fail with SQLITE_BUSY halfway instead of waiting its turn.
    // The shared list: a plain BEGIN (PostgreSQL locks rows as they are written); a connection lost before
    // the commit is opened again once and the whole transaction run again (every write is an upsert or sets
    // a value, so running it twice changes nothing more).
    RegistryError write(const std::function<bool(QSqlDatabase &, QSqlError *)> &body)
    {
        QSqlError failed;
        if (shared && !available) // not connected (yet): say so at once, never wait on the network here
            return owner->availability();
        QSqlDatabase database = db();
        auto run = [&](const QString &sql) {
            QSqlQuery q(database);
            if (q.exec(sql))
                return true;
            failed = q.lastError();
            return false;
        };
        const QString begin = shared ? QStringLiteral("BEGIN") : QStringLiteral("BEGIN IMMEDIATE");
        // The shared list: a lost connection is opened again (once per write); a deadlock or serialization
        // failure with a colleague's transaction is run again (PostgreSQL rolled it back whole).
        int attempts = shared ? 4 : 1;
        bool reconnected = false;
        for (int attempt = 0; attempt < attempts; ++attempt) {
            if (shared && (!database.isOpen() || PostgresConnection::isConnectionLost(failed))) {
                if (reconnected || !reconnect()) {
                    failed = database.isOpen() ? failed : database.lastError();
                    break;
                }
                reconnected = true;
            }
            if (run(begin) && body(database, &failed) && run(QStringLiteral("COMMIT")))
                return {};
            if (!shared)
                break;
            if (!PostgresConnection::isConnectionLost(failed)) {
                QSqlQuery(database).exec(QStringLiteral("ROLLBACK"));
                if (errorOf(failed).kind != RegistryError::Kind::Busy)
                    break;
            }
        }
        if (shared && (!database.isOpen() || PostgresConnection::isConnectionLost(failed))) {
            setAvailable(false);
            const RegistryError error = PostgresConnection::isConnectionLost(failed)
                ? errorOf(failed)
                : RegistryError {RegistryError::Kind::Unreachable, failed.text(), path, true};
            qCWarning(lcRegistry) << "shared list write not saved:" << error.detail;
            return error;
        }
        const RegistryError error = errorOf(failed);
        noteError(failed);
        qCWarning(lcRegistry) << "registry write rolled back:" << failed.nativeErrorCode() << error.detail;
        QSqlQuery rollback(database);
        rollback.exec(
            QStringLiteral("ROLLBACK")); // may say "no transaction is active": SQLite already rolled back
        return error;
    }
};

Registry::Registry()
    : d(std::make_unique<Private>())
{
    d->owner = this;
}

Registry::~Registry()
{
    {
        QSqlDatabase database = d->db();
        if (database.isOpen())
            database.close();
    }
    QSqlDatabase::removeDatabase(d->connection);
}

QString Registry::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/registry.sqlite");
}

int Registry::currentSchemaVersion()
{
    return RegistrySchema::currentVersion;
}

int Registry::schemaVersionOf(const QString &path)
{
    // The header's user_version: 4 bytes, big-endian, at offset 60 (SQLite's file format).
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray header = file.read(64);
    if (header.size() < 64 || !header.startsWith(QByteArray("SQLite format 3\0", 16)))
        return 0;
    const auto *p = reinterpret_cast<const uchar *>(header.constData() + 60);
    return int((quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]));
}

QString Registry::path() const
{
    return d->path;
}

bool Registry::isShared() const
{
    return d->shared.has_value();
}

Registry::OpenResult Registry::openShared(const PostgresAddress &address, const QString &password)
{
    return openShared(address, password, SharedOptions {});
}

Registry::OpenResult Registry::openShared(
    const PostgresAddress &address, const QString &password, const SharedOptions &options)
{
    OpenResult result;
    std::unique_ptr<Registry> registry = sharedUnconnected(address, options);
    result.error = registry->connectShared(password);
    if (result.error.ok())
        result.registry = std::move(registry);
    return result;
}

std::unique_ptr<Registry> Registry::sharedUnconnected(
    const PostgresAddress &address, const SharedOptions &options)
{
    std::unique_ptr<Registry> registry(new Registry);
    registry->d->path = PostgresConnection::describe(address);
    registry->d->connection
        = QStringLiteral("shared-registry-%1").arg(connectionCounter.fetchAndAddRelaxed(1));
    registry->d->shared = address;
    registry->d->available = false;
    registry->d->sharedOptions = options;
    if (registry->d->sharedOptions.computerUser.isEmpty())
        registry->d->sharedOptions.computerUser = PostgresConnection::computerUser();
    return registry;
}

RegistryError Registry::connectShared(const QString &password)
{
    if (!d->shared)
        return {};
    RegistryError error;
    PostgresConnection::close(d->connection);
    if (!PostgresConnection::openAndMigrate(
            d->connection, *d->shared, password, &error, d->sharedOptions.connectTimeoutSeconds))
        return error; // the connection is removed again
    d->password = password;
    {
        QMutexLocker lock(&d->credentials->mutex);
        d->credentials->password = password;
    }
    d->listen();
    d->setAvailable(true);
    return {};
}

bool Registry::isAvailable() const
{
    return !d->shared || d->available;
}

RegistryError Registry::availability() const
{
    if (isAvailable())
        return {};
    return {RegistryError::Kind::Unreachable, tr("not connected"), d->path, true};
}

ListStoreFactory Registry::listStores() const
{
    if (!d->shared)
        return [path = d->path]() -> std::unique_ptr<ListStore> {
            return std::make_unique<SqliteListStore>(path);
        };
    return [address = *d->shared, credentials = d->credentials,
               timeout = d->sharedOptions.connectTimeoutSeconds]() -> std::unique_ptr<ListStore> {
        QString password;
        {
            QMutexLocker lock(&credentials->mutex);
            password = credentials->password;
        }
        return std::make_unique<PostgresListStore>(address, password, timeout);
    };
}

QString Registry::connectionName() const
{
    return d->connection;
}

Registry::OpenResult Registry::open(const QString &path)
{
    return open(path, OpenOptions {});
}

namespace {

enum class Attempt { Opened, Corrupt, Failed };

// Opens the connection, checks the file and brings its schema up to date.
Attempt tryOpen(const QString &connection, const QString &path, const Registry::OpenOptions &options,
    bool fullCheck, RegistryError *error)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    QString connectOptions = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(options.busyTimeoutMs);
    if (options.readOnly)
        connectOptions += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(connectOptions);
    if (!db.open()) {
        *error = errorFrom(db.lastError(), path);
        if (error->kind == RegistryError::Kind::Other)
            error->kind = RegistryError::Kind::CannotOpen;
        return error->kind == RegistryError::Kind::Corrupt ? Attempt::Corrupt : Attempt::Failed;
    }

    auto pragma = [&](const QString &sql, QString *result = nullptr) {
        QSqlQuery q(db);
        if (!q.exec(sql)) {
            *error = errorFrom(q.lastError(), path);
            return false;
        }
        if (result && q.next())
            *result = q.value(0).toString();
        return true;
    };

    // quick_check reads every page: about 100 ms at 100,000 calendars, a third of the budget for opening
    // the list. So it runs when there is a reason: the last program using the file did not close it (a -wal
    // is left after a crash or kill -9; or another program has it open), or SQLite reported a damaged page
    // last time (checkMarker). Otherwise reading page 1 (schema_version) is the check; "not a database" was
    // caught before opening. integrityOk() runs the full integrity_check on demand.
    QString check = QStringLiteral("ok");
    const QString sql
        = fullCheck ? QStringLiteral("PRAGMA quick_check(1)") : QStringLiteral("PRAGMA schema_version");
    if (!pragma(sql, fullCheck ? &check : nullptr))
        return error->kind == RegistryError::Kind::Corrupt ? Attempt::Corrupt : Attempt::Failed;
    if (check != QLatin1String("ok")) {
        error->kind = RegistryError::Kind::Corrupt;
        error->detail = check;
        error->path = path;
        return Attempt::Corrupt;
    }

    // synchronous=FULL: with WAL, NORMAL survives a crashed program but may drop the last commits on a power
    // cut. This list is the only record of calendars that exist in Cronofy, and writes are paced by the
    // network anyway, so one fsync per commit costs nothing anyone notices.
    QString mode;
    if (!pragma(QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs))
        || !pragma(QStringLiteral("PRAGMA foreign_keys = ON")))
        return Attempt::Failed;
    if (!options.readOnly
        && (!pragma(QStringLiteral("PRAGMA journal_mode = WAL"), &mode)
            || !pragma(QStringLiteral("PRAGMA synchronous = FULL"))))
        return error->kind == RegistryError::Kind::Corrupt ? Attempt::Corrupt : Attempt::Failed;

    QSqlError failed;
    int found = 0;
    if (!RegistrySchema::migrate(db, &failed, &found, options.upgradeProgress)) {
        *error = errorFrom(failed, path);
        if (found > RegistrySchema::currentVersion) {
            error->kind = RegistryError::Kind::Other;
            error->detail = Registry::tr("the list was written by a newer version of Cronofy Console (schema "
                                         "version %1); update Cronofy Console")
                                .arg(found);
        }
        return error->kind == RegistryError::Kind::Corrupt ? Attempt::Corrupt : Attempt::Failed;
    }
    return Attempt::Opened;
}

void closeConnection(const QString &connection)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

// Moves the damaged file and its -wal/-shm aside; never deletes them. Returns the new name, or empty.
QString moveAside(const QString &path)
{
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ"));
    QString target = path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = path + QStringLiteral(".corrupt-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(path, target))
        return {};
    for (const QLatin1String suffix : {QLatin1String("-wal"), QLatin1String("-shm")}) {
        if (QFileInfo::exists(path + suffix) && !QFile::rename(path + suffix, target + suffix))
            qCWarning(lcRegistry) << "could not move" << suffix << "of the damaged registry aside";
    }
    return target;
}

// A file that is not SQLite at all. Checked before SQLite opens it: SQLite would otherwise treat a -wal next
// to it as its own, find nothing valid in it and delete it when the connection closes.
bool isNotADatabase(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() == 0)
        return false;
    return file.read(16) != QByteArray("SQLite format 3\0", 16);
}

} // namespace

Registry::OpenResult Registry::open(const QString &path, const OpenOptions &options)
{
    OpenResult result;
    const QFileInfo info(path);
    if (!options.readOnly && !QDir().mkpath(info.absolutePath())) {
        result.error.kind = RegistryError::Kind::CannotOpen;
        result.error.path = info.absolutePath();
        result.error.detail = QStringLiteral("cannot create the folder");
        return result;
    }

    std::unique_ptr<Registry> registry(new Registry);
    registry->d->path = path;
    registry->d->connection = QStringLiteral("registry-%1-%2")
                                  .arg(reinterpret_cast<quintptr>(registry.get()))
                                  .arg(connectionCounter.fetchAndAddRelaxed(1));

    RegistryError error;
    Attempt attempt = Attempt::Corrupt;
    registry->d->readOnly = options.readOnly;
    const bool fullCheck
        = QFileInfo::exists(path + QStringLiteral("-wal")) || QFileInfo::exists(checkMarker(path));
    if (isNotADatabase(path)) {
        error.kind = RegistryError::Kind::Corrupt;
        error.path = path;
        error.detail = QStringLiteral("file is not a database");
    } else {
        attempt = tryOpen(registry->d->connection, path, options, fullCheck, &error);
    }
    if (attempt == Attempt::Corrupt && !options.readOnly) {
        closeConnection(registry->d->connection);
        qCWarning(lcRegistry) << "registry file is damaged:" << error.detail;
        const QString moved = moveAside(path);
        if (moved.isEmpty()) {
            result.error = error;
            return result;
        }
        qCWarning(lcRegistry) << "damaged registry moved aside to" << moved;
        result.movedAsideTo = moved;
        error = {};
        attempt = tryOpen(registry->d->connection, path, options, false, &error);
    }
    if (attempt == Attempt::Opened && !options.readOnly)
        QFile::remove(checkMarker(path)); // checked, or a fresh file
    if (attempt != Attempt::Opened) {
        qCWarning(lcRegistry) << "cannot open the registry:" << error.detail;
        result.error = error;
        return result; // the destructor of `registry` removes the connection
    }
    result.registry = std::move(registry);
    return result;
}

RegistryError Registry::upsertApplication(const ApplicationRecord &application)
{
    const RegistryError e = d->write([&](QSqlDatabase &db, QSqlError *failed) {
        QSqlQuery q(db);
        // The shared list has no secret_state (Private::applicationOf).
        q.prepare(
            d->shared ? QStringLiteral(
                "INSERT INTO applications (client_id, name, url, data_center, origin, created_at, account)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (client_id) DO UPDATE SET name = excluded.name, url = excluded.url,"
                " data_center = excluded.data_center, account = excluded.account")
                      : QStringLiteral(
                          "INSERT INTO applications (client_id, name, url, data_center, origin, created_at, "
                          "account, secret_state)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                          " ON CONFLICT (client_id) DO UPDATE SET name = excluded.name, url = excluded.url,"
                          " data_center = excluded.data_center, account = excluded.account,"
                          " secret_state = excluded.secret_state"));
        q.addBindValue(text(application.clientId));
        q.addBindValue(text(application.name));
        q.addBindValue(text(application.url));
        q.addBindValue(text(application.dataCenter));
        q.addBindValue(originWord(application.origin));
        const QDateTime created
            = application.createdAt.isValid() ? application.createdAt : QDateTime::currentDateTimeUtc();
        q.addBindValue(created.toMSecsSinceEpoch());
        q.addBindValue(text(application.account));
        if (!d->shared)
            q.addBindValue(secretWord(application.secretState));
        if (!q.exec()) {
            *failed = q.lastError();
            return false;
        }
        return true;
    });
    if (e.ok())
        emit applicationChanged(application.clientId);
    return e;
}

RegistryError Registry::renameAccount(const QString &oldName, const QString &newName)
{
    QStringList renamed;
    const RegistryError e = d->write([&](QSqlDatabase &db, QSqlError *failed) {
        renamed.clear();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT client_id FROM applications WHERE account = ?"));
        q.addBindValue(text(oldName));
        if (!q.exec()) {
            *failed = q.lastError();
            return false;
        }
        while (q.next())
            renamed.append(q.value(0).toString());
        QSqlQuery update(db);
        update.prepare(QStringLiteral("UPDATE applications SET account = ? WHERE account = ?"));
        update.addBindValue(text(newName));
        update.addBindValue(text(oldName));
        if (!update.exec()) {
            *failed = update.lastError();
            return false;
        }
        return true;
    });
    if (e.ok()) {
        for (const QString &clientId : std::as_const(renamed))
            emit applicationChanged(clientId);
    }
    return e;
}

RegistryError Registry::setSecretState(const QString &clientId, ApplicationRecord::SecretState state)
{
    if (d->shared) { // asked of this computer's keychain, not kept in the database
        emit applicationChanged(clientId);
        return {};
    }
    const RegistryError e = d->write([&](QSqlDatabase &db, QSqlError *failed) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE applications SET secret_state = ? WHERE client_id = ?"));
        q.addBindValue(secretWord(state));
        q.addBindValue(text(clientId));
        if (!q.exec()) {
            *failed = q.lastError();
            return false;
        }
        return true;
    });
    if (e.ok())
        emit applicationChanged(clientId);
    return e;
}

std::optional<ApplicationRecord> Registry::application(const QString &clientId) const
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT ") + d->applicationColumnList()
        + QStringLiteral(" FROM applications WHERE client_id = ?"));
    q.addBindValue(text(clientId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return d->applicationOf(q);
}

QList<ApplicationRecord> Registry::applications() const
{
    QList<ApplicationRecord> out;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT ") + d->applicationColumnList()
            + QStringLiteral(" FROM applications ORDER BY name, client_id"))) {
        d->noteError(q.lastError());
        qCWarning(lcRegistry) << "cannot read applications:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(d->applicationOf(q));
    return out;
}

QHash<QString, QString> Registry::applicationNames() const
{
    QHash<QString, QString> names;
    const QList<ApplicationRecord> all = applications();
    for (const ApplicationRecord &a : all)
        names.insert(a.clientId, a.name);
    return names;
}

RegistryError Registry::upsertCalendar(const CalendarRecord &calendar)
{
    return upsertCalendars({calendar});
}

RegistryError Registry::upsertCalendars(const QList<CalendarRecord> &calendars, Sync sync)
{
    if (calendars.isEmpty())
        return {};
    // synchronous = NORMAL in WAL mode: the commit is in the WAL file (safe from a process crash) without
    // waiting for fsync. Set only around this write, outside the transaction; FULL again right after.
    const bool deferSync = sync == Sync::ProcessCrashSafe && !d->shared; // the server syncs its own way
    // The shared list: rows are locked in one order by every console, so two runs writing the same ids at
    // once wait for each other instead of deadlocking.
    QList<CalendarRecord> ordered = calendars;
    if (d->shared) {
        std::sort(ordered.begin(), ordered.end(), [](const CalendarRecord &a, const CalendarRecord &b) {
            return std::tie(a.clientId, a.applicationCalendarId)
                < std::tie(b.clientId, b.applicationCalendarId);
        });
    }
    if (deferSync)
        QSqlQuery(d->db()).exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    const RegistryError e = d->write([&](QSqlDatabase &db, QSqlError *failed) {
        QStringList clientIds;
        for (const CalendarRecord &calendar : ordered)
            clientIds.append(calendar.clientId);
        if (!d->lockApplications(db, clientIds, failed))
            return false;
        QSqlQuery q(db);
        // provisioned_at keeps the first success; an empty sub never overwrites a known one.
        q.prepare(QStringLiteral(
            "INSERT INTO calendars (client_id, application_calendar_id, sub, profile_id, profile_name,"
            " provider_name, scope, provisioned_at, last_seen_at, status, last_error)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (client_id, application_calendar_id) DO UPDATE SET"
            " sub = CASE WHEN excluded.sub <> '' THEN excluded.sub ELSE calendars.sub END,"
            " profile_id = excluded.profile_id, profile_name = excluded.profile_name,"
            " provider_name = excluded.provider_name, scope = excluded.scope,"
            " provisioned_at = COALESCE(calendars.provisioned_at, excluded.provisioned_at),"
            " last_seen_at = COALESCE(excluded.last_seen_at, calendars.last_seen_at),"
            " status = excluded.status, last_error = excluded.last_error"));
        for (const CalendarRecord &calendar : ordered) {
            int column = 0; // explicit positions: the statement is executed again for each calendar
            q.bindValue(column++, text(calendar.clientId));
            q.bindValue(column++, text(calendar.applicationCalendarId));
            q.bindValue(column++, text(calendar.sub));
            q.bindValue(column++, text(calendar.profileId));
            q.bindValue(column++, text(calendar.profileName));
            q.bindValue(column++, text(calendar.providerName));
            q.bindValue(column++, text(calendar.scope));
            q.bindValue(column++, toDb(calendar.provisionedAt));
            q.bindValue(column++, toDb(calendar.lastSeenAt));
            q.bindValue(column++, statusWord(calendar.status));
            q.bindValue(column++, text(calendar.lastError));
            if (!q.exec()) {
                *failed = q.lastError();
                return false;
            }
        }
        return true;
    });
    if (deferSync)
        QSqlQuery(d->db()).exec(QStringLiteral("PRAGMA synchronous = FULL"));
    if (e.ok()) {
        for (const CalendarRecord &calendar : calendars)
            emit calendarChanged(calendar.clientId, calendar.applicationCalendarId);
    }
    return e;
}

RegistryError Registry::recordCalendarFailure(
    const QString &clientId, const QString &applicationCalendarId, const QString &error)
{
    const RegistryError e = d->write([&](QSqlDatabase &db, QSqlError *failed) {
        if (!d->lockApplications(db, {clientId}, failed))
            return false;
        QSqlQuery q(db);
        q.prepare(
            QStringLiteral("INSERT INTO calendars (client_id, application_calendar_id, status, last_error)"
                           " VALUES (?, ?, 'failed', ?)"
                           " ON CONFLICT (client_id, application_calendar_id) DO UPDATE SET"
                           " last_error = excluded.last_error"));
        q.addBindValue(text(clientId));
        q.addBindValue(text(applicationCalendarId));
        q.addBindValue(text(error));
        if (!q.exec()) {
            *failed = q.lastError();
            return false;
        }
        return true;
    });
    if (e.ok())
        emit calendarChanged(clientId, applicationCalendarId);
    return e;
}

RegistryError Registry::markRevoked(const QString &clientId, const QString &sub)
{
    QStringList changed;
    const RegistryError e = d->write([&](QSqlDatabase &db, QSqlError *failed) {
        changed.clear(); // a run again after a deadlock starts afresh
        if (!d->lockApplications(db, {clientId}, failed))
            return false;
        QSqlQuery find(db);
        find.prepare(
            QStringLiteral("SELECT application_calendar_id FROM calendars WHERE client_id = ? AND sub = ?"));
        find.addBindValue(text(clientId));
        find.addBindValue(text(sub));
        if (!find.exec()) {
            *failed = find.lastError();
            return false;
        }
        while (find.next())
            changed.append(find.value(0).toString());
        find.finish();
        QSqlQuery q(db);
        q.prepare(QStringLiteral("UPDATE calendars SET status = 'revoked' WHERE client_id = ? AND sub = ?"));
        q.addBindValue(text(clientId));
        q.addBindValue(text(sub));
        if (!q.exec()) {
            *failed = q.lastError();
            return false;
        }
        return true;
    });
    if (e.ok()) {
        for (const QString &id : std::as_const(changed))
            emit calendarChanged(clientId, id);
    }
    return e;
}

std::optional<CalendarRecord> Registry::calendar(
    const QString &clientId, const QString &applicationCalendarId) const
{
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT ") + calendarColumns
        + QStringLiteral(" FROM calendars WHERE client_id = ? AND application_calendar_id = ?"));
    q.addBindValue(text(clientId));
    q.addBindValue(text(applicationCalendarId));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return calendarFrom(q);
}

std::optional<CalendarRecord> Registry::calendarBySub(const QString &sub) const
{
    if (sub.isEmpty())
        return std::nullopt;
    QSqlQuery q(d->db());
    q.prepare(QStringLiteral("SELECT ") + calendarColumns
        + QStringLiteral(" FROM calendars WHERE sub = ? ORDER BY id LIMIT 1"));
    q.addBindValue(text(sub));
    if (!q.exec() || !q.next())
        return std::nullopt;
    return calendarFrom(q);
}

QList<CalendarRecord> Registry::calendars(const QString &clientId) const
{
    QList<CalendarRecord> out;
    QSqlQuery q(d->db());
    q.setForwardOnly(true); // no client-side cache of every row: half the memory and time at 100k rows
    bool ok;
    if (clientId.isEmpty()) {
        ok = q.exec(
            QStringLiteral("SELECT ") + calendarColumns + QStringLiteral(" FROM calendars ORDER BY id"));
        if (ok) {
            QSqlQuery count(d->db());
            if (count.exec(QStringLiteral("SELECT count(*) FROM calendars")) && count.next())
                out.reserve(count.value(0).toLongLong());
        }
    } else {
        q.prepare(QStringLiteral("SELECT ") + calendarColumns
            + QStringLiteral(" FROM calendars WHERE client_id = ? ORDER BY id"));
        q.addBindValue(text(clientId));
        ok = q.exec();
    }
    if (!ok) {
        d->noteError(q.lastError());
        qCWarning(lcRegistry) << "cannot read calendars:" << q.lastError().text();
        return out;
    }
    while (q.next())
        out.append(calendarFrom(q));
    if (q.lastError().isValid())
        d->noteError(q.lastError());
    return out;
}

QSet<QString> Registry::calendarIds(const QString &clientId, CalendarRecord::Status status) const
{
    QSet<QString> out;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT application_calendar_id FROM calendars WHERE client_id = ? AND status = ?"));
    q.addBindValue(text(clientId));
    q.addBindValue(statusWord(status));
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString());
    return out;
}

qint64 Registry::calendarCount() const
{
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM calendars")) || !q.next()) {
        d->noteError(q.lastError());
        return 0;
    }
    return q.value(0).toLongLong();
}

RegistryError Registry::logOperation(const OperationRecord &operation)
{
    return logOperations({operation});
}

RegistryError Registry::logOperations(const QList<OperationRecord> &operations)
{
    if (operations.isEmpty())
        return {};
    const RegistryError e = d->write([&](QSqlDatabase &db, QSqlError *failed) {
        QSqlQuery q(db);
        // The shared list records who: the database role (the column's default, current_user, set by the
        // server) and the computer's user.
        q.prepare(QStringLiteral("INSERT INTO operations (at, action, target, outcome, http_status, message,"
                                 " client_id, calendar, data_center, account, run_id, parent_run,"
                                 " succeeded_count, failed_count, skipped_count, not_started_count%1)"
                                 " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?%2)")
                      .arg(d->shared ? QStringLiteral(", computer_user") : QString(),
                          d->shared ? QStringLiteral(", ?") : QString()));
        for (const OperationRecord &operation : operations) {
            const QDateTime at = operation.at.isValid() ? operation.at : QDateTime::currentDateTimeUtc();
            int column = 0;
            q.bindValue(column++, at.toMSecsSinceEpoch());
            for (const QString &value :
                {operation.action, operation.target, RecordText::outcomeKey(operation.outcome)})
                q.bindValue(column++, text(value));
            q.bindValue(column++, operation.httpStatus);
            for (const QString &value : {operation.message, operation.clientId, operation.calendar,
                     operation.dataCenter, operation.account, operation.runId, operation.parentRun})
                q.bindValue(column++, text(value));
            for (const int count : {operation.succeededCount, operation.failedCount, operation.skippedCount,
                     operation.notStartedCount})
                q.bindValue(column++, count);
            if (d->shared)
                q.bindValue(column++, text(d->sharedOptions.computerUser));
            if (!q.exec()) {
                *failed = q.lastError();
                return false;
            }
        }
        return true;
    });
    if (e.ok())
        emit operationLogged();
    return e;
}

QList<OperationRecord> Registry::operations(int limit) const
{
    QList<OperationRecord> out;
    QSqlQuery q(d->db());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, at, action, target, outcome, http_status, message, client_id, calendar,"
                       " data_center, account, run_id, parent_run, succeeded_count, failed_count,"
                       " skipped_count, not_started_count, %1 FROM operations ORDER BY id DESC LIMIT ?")
            .arg(d->shared ? QStringLiteral("database_role, computer_user") : QStringLiteral("'', ''")));
    q.addBindValue(limit);
    if (!q.exec())
        return out;
    while (q.next()) {
        OperationRecord o;
        o.id = q.value(0).toLongLong();
        o.at = fromDb(q.value(1));
        o.action = q.value(2).toString();
        o.target = q.value(3).toString();
        o.outcome = q.value(4).toString() == QLatin1String("failed") ? OperationRecord::Outcome::Failed
                                                                     : OperationRecord::Outcome::Succeeded;
        o.httpStatus = q.value(5).toInt();
        o.message = q.value(6).toString();
        o.clientId = q.value(7).toString();
        o.calendar = q.value(8).toString();
        o.dataCenter = q.value(9).toString();
        o.account = q.value(10).toString();
        o.runId = q.value(11).toString();
        o.parentRun = q.value(12).toString();
        o.succeededCount = q.value(13).toInt();
        o.failedCount = q.value(14).toInt();
        o.skippedCount = q.value(15).toInt();
        o.notStartedCount = q.value(16).toInt();
        o.databaseRole = q.value(17).toString();
        o.computerUser = q.value(18).toString();
        out.append(o);
    }
    return out;
}

bool Registry::integrityOk() const
{
    QSqlQuery q(d->db());
    if (d->shared) // the server checks its own pages; this says it answers
        return q.exec(QStringLiteral("SELECT 1")) && q.next();
    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()
        && q.value(0).toString() == QLatin1String("ok");
}

std::optional<Registry::SharedInfo> Registry::sharedInfo() const
{
    if (!d->shared)
        return std::nullopt;
    QSqlQuery q(d->db());
    if (!q.exec(QStringLiteral(
            "SELECT current_setting('server_version'), (SELECT version FROM console_schema), session_user,"
            " current_user, EXISTS (SELECT 1 FROM pg_indexes WHERE indexname = 'calendars_search'),"
            " (SELECT count(*) FROM applications), (SELECT coalesce(sum(n), 0) FROM calendar_counts)"))
        || !q.next())
        return std::nullopt;
    SharedInfo info;
    info.serverVersion = q.value(0).toString().section(QLatin1Char(' '), 0, 0);
    info.schemaVersion = q.value(1).toInt();
    info.loginRole = q.value(2).toString();
    if (q.value(3).toString() != info.loginRole)
        info.actingRole = q.value(3).toString();
    info.trigramSearch = q.value(4).toBool();
    info.applications = q.value(5).toLongLong();
    info.calendars = q.value(6).toLongLong();
    return info;
}

RegistryError Registry::copyMissingFrom(
    const Registry &local, CopyCounts *counts, const std::function<void(qint64 done)> &progress)
{
    if (!d->shared)
        return RegistryError {
            RegistryError::Kind::Other, QStringLiteral("copying is only into a shared list"), d->path, false};
    *counts = {};
    qint64 done = 0;
    // Runs `sql` once per row of `rows` (binding each with `bind`) in transactions of 1,000 rows; adds to
    // *added the rows it inserted and to *kept the others.
    auto insertAll
        = [&](const QString &sql, qsizetype size, const std::function<void(QSqlQuery &, qsizetype)> &bind,
              qint64 *added, qint64 *kept) {
              constexpr qsizetype group = 1000;
              for (qsizetype start = 0; start < size; start += group) {
                  qint64 inserted = 0;
                  const RegistryError e = d->write([&](QSqlDatabase &db, QSqlError *failed) {
                      inserted = 0;
                      QSqlQuery q(db);
                      q.prepare(sql);
                      for (qsizetype i = start; i < std::min(size, start + group); ++i) {
                          bind(q, i);
                          if (!q.exec()) {
                              *failed = q.lastError();
                              return false;
                          }
                          inserted += q.numRowsAffected();
                      }
                      return true;
                  });
                  if (!e.ok())
                      return e;
                  const qint64 rows = std::min(size, start + group) - start;
                  *added += inserted;
                  *kept += rows - inserted;
                  done += rows;
                  if (progress)
                      progress(done);
              }
              return RegistryError {};
          };
    RegistryError e;
    const QList<ApplicationRecord> applications = local.applications();
    e = insertAll(
        QStringLiteral("INSERT INTO applications (client_id, name, url, data_center, origin, created_at,"
                       " account) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (client_id) DO NOTHING"),
        applications.size(),
        [&](QSqlQuery &q, qsizetype i) {
            const ApplicationRecord &a = applications.at(i);
            q.bindValue(0, text(a.clientId));
            q.bindValue(1, text(a.name));
            q.bindValue(2, text(a.url));
            q.bindValue(3, text(a.dataCenter));
            q.bindValue(4, originWord(a.origin));
            q.bindValue(5,
                (a.createdAt.isValid() ? a.createdAt : QDateTime::currentDateTimeUtc()).toMSecsSinceEpoch());
            q.bindValue(6, text(a.account));
        },
        &counts->applicationsAdded, &counts->applicationsKept);
    if (!e.ok())
        return e;
    for (const ApplicationRecord &application : applications) {
        const QList<CalendarRecord> calendars = local.calendars(application.clientId);
        e = insertAll(
            QStringLiteral("INSERT INTO calendars (client_id, application_calendar_id, sub, profile_id,"
                           " profile_name, provider_name, scope, provisioned_at, last_seen_at, status,"
                           " last_error) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                           " ON CONFLICT (client_id, application_calendar_id) DO NOTHING"),
            calendars.size(),
            [&](QSqlQuery &q, qsizetype i) {
                const CalendarRecord &c = calendars.at(i);
                int column = 0;
                for (const QString &value : {c.clientId, c.applicationCalendarId, c.sub, c.profileId,
                         c.profileName, c.providerName, c.scope})
                    q.bindValue(column++, text(value));
                q.bindValue(column++, toDb(c.provisionedAt));
                q.bindValue(column++, toDb(c.lastSeenAt));
                q.bindValue(column++, statusWord(c.status));
                q.bindValue(column++, text(c.lastError));
            },
            &counts->calendarsAdded, &counts->calendarsKept);
        if (!e.ok())
            return e;
    }
    const QList<OperationRecord> operations = local.operations(std::numeric_limits<int>::max());
    const QString from = d->sharedOptions.computerUser;
    e = insertAll(
        QStringLiteral("INSERT INTO operations (at, action, target, outcome, http_status, message,"
                       " computer_user, copied_from, client_id, calendar, data_center, account, run_id,"
                       " parent_run, succeeded_count, failed_count, skipped_count, not_started_count)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (copied_from) DO NOTHING"),
        operations.size(),
        [&](QSqlQuery &q, qsizetype i) {
            // Oldest first, so the shared list's ids keep the file's order.
            const OperationRecord &o = operations.at(operations.size() - 1 - i);
            q.bindValue(0, toDb(o.at.isValid() ? o.at : QDateTime::currentDateTimeUtc()));
            q.bindValue(1, text(o.action));
            q.bindValue(2, text(o.target));
            q.bindValue(3, RecordText::outcomeKey(o.outcome));
            q.bindValue(4, o.httpStatus);
            q.bindValue(5, text(o.message));
            q.bindValue(6, text(from));
            q.bindValue(7, QStringLiteral("%1/%2/%3").arg(from).arg(o.id).arg(toDb(o.at).toLongLong()));
            // A run and its failures keep their tie: run ids are unique words, not row ids.
            int column = 8;
            for (const QString &value :
                {o.clientId, o.calendar, o.dataCenter, o.account, o.runId, o.parentRun})
                q.bindValue(column++, text(value));
            for (const int count : {o.succeededCount, o.failedCount, o.skippedCount, o.notStartedCount})
                q.bindValue(column++, count);
        },
        &counts->operationsAdded, &counts->operationsKept);
    return e;
}
