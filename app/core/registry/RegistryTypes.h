#pragma once

#include <QDateTime>
#include <QString>

// The rows of the kept list. Nothing here is a secret or a token.

struct ApplicationRecord
{
    enum class Origin { Created, Imported };
    enum class SecretState { Stored, NotStored };

    QString clientId; // primary key
    QString name;
    QString url;
    QString dataCenter; // DataCenter::storageKey(): "us".."uk" or the custom base URL
    Origin origin = Origin::Created;
    QDateTime createdAt; // UTC: when created or imported here
    SecretState secretState = SecretState::Stored;
    // The account (AccountList) whose admin API key created it; empty for one imported from the dashboard.
    // It may name an account removed since: the row stays.
    QString account;
};

struct CalendarRecord
{
    enum class Status { Active, Revoked, Failed };

    qint64 id = 0; // row id
    QString clientId; // the application
    QString applicationCalendarId; // unique per application
    QString sub; // "apc_..."; empty until provisioned
    QString profileId;
    QString profileName;
    QString providerName;
    QString scope;
    QDateTime provisionedAt; // UTC, first success
    QDateTime lastSeenAt; // UTC, last success (provision, verify)
    Status status = Status::Active;
    QString lastError; // the sentence of the last failure; empty after a success
};

struct OperationRecord
{
    enum class Outcome { Succeeded, Failed };

    qint64 id = 0;
    QDateTime at; // UTC
    QString action; // "create-application", "provision-calendar", "revoke", ...
    QString target; // client_id, application_calendar_id or sub; never a secret
    Outcome outcome = Outcome::Succeeded;
    int httpStatus = 0;
    QString message;
    // On what, as columns the Activity list filters by (empty when the operation has none).
    QString clientId; // the application
    QString calendar; // the application calendar id, or its sub when only that is known
    QString dataCenter; // DataCenter::storageKey()
    QString account; // the admin account used; for now named after its data center
    // A bulk run: its entry has a runId; each calendar that failed in it is an entry whose parentRun is
    // that runId (shown when the run is opened). Counts are the run's.
    QString runId;
    QString parentRun;
    int succeededCount = 0;
    int failedCount = 0;
    int skippedCount = 0;
    int notStartedCount = 0;
    // Who, in a team's shared list (empty in the file): the database role, and "login@computer".
    QString databaseRole;
    QString computerUser;
};
