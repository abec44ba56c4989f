#pragma once

#include "registry/RegistryTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>

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
    bool ok() const { return kind == Kind::None; }
    QString message() const;
};

// The kept list: applications, calendars and an operation log, in SQLite (WAL, foreign keys, every write in a
// transaction, schema version with migrations). The only record of what was provisioned: Cronofy cannot list
// application calendars. Shared by the window and cronofyctl (one file, several processes).
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
    // The default file: QStandardPaths::AppDataLocation + "/registry.sqlite".
    static QString defaultPath();
    static OpenResult open(const QString &path = defaultPath());
    ~Registry() override;

    QString path() const;

    // Applications. Upsert by client_id.
    RegistryError upsertApplication(const ApplicationRecord &application);
    RegistryError setSecretState(const QString &clientId, ApplicationRecord::SecretState state);
    std::optional<ApplicationRecord> application(const QString &clientId) const;
    QList<ApplicationRecord> applications() const;

    // Calendars. Upsert by (client_id, application_calendar_id): provisioning the same id again updates its row.
    RegistryError upsertCalendar(const CalendarRecord &calendar);
    // Marks a failure: a new row gets status Failed; an existing active row keeps its status and gets lastError.
    RegistryError recordCalendarFailure(const QString &clientId, const QString &applicationCalendarId,
                                        const QString &error);
    RegistryError markRevoked(const QString &clientId, const QString &sub);
    std::optional<CalendarRecord> calendar(const QString &clientId, const QString &applicationCalendarId) const;
    std::optional<CalendarRecord> calendarBySub(const QString &sub) const;
    // All calendars, or one application's. Ordered by id.
    QList<CalendarRecord> calendars(const QString &clientId = {}) const;
    // The application_calendar_ids of one application whose status is Active (resume of bulk runs).
    QSet<QString> activeCalendarIds(const QString &clientId) const;
    qint64 calendarCount() const;

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
