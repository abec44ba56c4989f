#include "postgres/PostgresConnection.h"

#include "common/LogCategories.h"
#include "postgres/PostgresSchema.h"

#include <QSqlQuery>
#include <QSysInfo>

namespace {

bool mentions(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// A team's database is owned by a group role its admins are members of (docs/shared-list.md). Acting as that
// role, the tables one admin's console creates are the team's, and every member may write them; the
// activity still records the login role (session_user).
bool actAsTeam(QSqlDatabase &db, QSqlError *failed)
{
    QSqlQuery owner(db);
    if (!owner.exec(QStringLiteral("SELECT r.rolname FROM pg_database d JOIN pg_roles r ON r.oid = d.datdba"
                                   " WHERE d.datname = current_database() AND r.rolname <> current_user"
                                   " AND pg_has_role(current_user, r.oid, 'MEMBER')"))) {
        *failed = owner.lastError();
        return false;
    }
    if (!owner.next())
        return true; // the owner itself, or not a member: act as oneself
    QString role = owner.value(0).toString();
    role.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    QSqlQuery set(db);
    if (!set.exec(QStringLiteral("SET ROLE \"%1\"").arg(role))) {
        *failed = set.lastError();
        return false;
    }
    return true;
}

} // namespace

namespace PostgresConnection {

bool driverAvailable()
{
    return QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"));
}

QString describe(const PostgresAddress &address)
{
    return QStringLiteral("%1@%2:%3/%4")
        .arg(address.user(), address.host())
        .arg(address.port())
        .arg(address.database());
}

QString computerUser()
{
    QString login = qEnvironmentVariable("USER");
    if (login.isEmpty())
        login = qEnvironmentVariable("USERNAME"); // Windows
    if (login.isEmpty())
        login = QStringLiteral("?");
    return login + QLatin1Char('@') + QSysInfo::machineHostName();
}

bool isConnectionLost(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    // Class 08: connection exception; 57P01..03: the server is shutting down, crashed, or starting.
    if (code.startsWith(QLatin1String("08")) || code == QLatin1String("57P01")
        || code == QLatin1String("57P02") || code == QLatin1String("57P03"))
        return true;
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    return mentions(text,
        {"server closed the connection", "no connection to the server", "terminating connection",
            "connection to server", "could not send data", "could not receive data", "SSL SYSCALL error",
            "server conn crashed", "Connection refused", "timeout expired"});
}

RegistryError errorFrom(const QSqlError &error, const PostgresAddress &address)
{
    RegistryError e;
    e.path = describe(address);
    e.detail = (error.databaseText().isEmpty() ? error.driverText() : error.databaseText()).trimmed();
    const QString code = error.nativeErrorCode();
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    if (code == QLatin1String("28P01") || code == QLatin1String("28000")
        || mentions(text,
            {"password authentication failed", "no password supplied", "no pg_hba.conf entry", "role \"",
                "authentication failed"})) {
        e.kind = RegistryError::Kind::WrongPassword;
    } else if (mentions(text, {"SSL", "certificate", "root.crt", "does not match host name"})
        && !mentions(text, {"SSL SYSCALL error"})) {
        e.kind = RegistryError::Kind::TlsRefused;
    } else if (isConnectionLost(error)
        || mentions(text, {"could not connect", "could not translate host name"})) {
        e.kind = RegistryError::Kind::Unreachable;
    } else if (code == QLatin1String("25006") || code == QLatin1String("42501")) {
        e.kind = RegistryError::Kind::ReadOnly;
    } else if (code == QLatin1String("53100")) {
        e.kind = RegistryError::Kind::DiskFull;
    } else if (code == QLatin1String("40001") || code == QLatin1String("40P01")
        || code == QLatin1String("55P03")) {
        e.kind = RegistryError::Kind::Busy;
    } else {
        e.kind = RegistryError::Kind::Other;
    }
    e.shared = true;
    return e;
}

// Opens `db` (already set up but for the password) and acts as the team's role.
bool connect(QSqlDatabase &db, const PostgresAddress &address, const QString &password, RegistryError *error)
{
    db.setPassword(password);
    bool opened = db.open();
    // Not kept by the driver: a reconnect is given it again (Registry keeps it in memory for that).
    db.setPassword(QString());
    QSqlError failure = db.lastError();
    if (opened && !actAsTeam(db, &failure)) {
        db.close();
        opened = false;
    }
    if (!opened) {
        *error = errorFrom(failure, address);
        if (error->kind == RegistryError::Kind::Other)
            error->kind = RegistryError::Kind::CannotOpen;
        qCWarning(lcRegistry) << "cannot connect to the shared list" << describe(address) << ":"
                              << error->detail;
    }
    return opened;
}

bool open(const QString &name, const PostgresAddress &address, const QString &password, RegistryError *error,
    int connectTimeoutSeconds)
{
    if (!driverAvailable()) {
        error->kind = RegistryError::Kind::NoDriver;
        error->shared = true;
        error->path = describe(address);
        return false;
    }
    bool opened = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(address.host());
        db.setPort(address.port());
        db.setDatabaseName(address.database());
        db.setUserName(address.user());
        db.setConnectOptions(address.connectOptions(connectTimeoutSeconds));
        opened = connect(db, address, password, error);
    }
    if (!opened)
        close(name);
    return opened;
}

bool reopen(const QString &name, const PostgresAddress &address, const QString &password,
    RegistryError *error, int connectTimeoutSeconds)
{
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isValid())
        return open(name, address, password, error, connectTimeoutSeconds);
    db.close();
    return connect(db, address, password, error);
}

bool openAndMigrate(const QString &name, const PostgresAddress &address, const QString &password,
    RegistryError *error, int connectTimeoutSeconds)
{
    if (!open(name, address, password, error, connectTimeoutSeconds))
        return false;
    QSqlDatabase db = QSqlDatabase::database(name, false);
    QSqlError failed;
    int found = 0;
    if (PostgresSchema::migrate(db, &failed, &found))
        return true;
    if (found > PostgresSchema::currentVersion) {
        error->kind = RegistryError::Kind::NewerSchema;
        error->shared = true;
        error->path = describe(address);
        error->detail = QString::number(found);
    } else {
        *error = errorFrom(failed, address);
    }
    db = QSqlDatabase();
    close(name);
    return false;
}

void close(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace PostgresConnection
