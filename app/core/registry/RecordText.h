#pragma once

#include "registry/RegistryTypes.h"

#include <QCoreApplication>
#include <QString>

// The words and dates a person reads for the kept list's values, shared by the models and the exports.
class RecordText
{
    Q_DECLARE_TR_FUNCTIONS(RecordText)

public:
    static QString status(CalendarRecord::Status status);
    static QString origin(ApplicationRecord::Origin origin);
    static QString secretState(ApplicationRecord::SecretState state);
    static QString outcome(OperationRecord::Outcome outcome);
    // A stored data-center key ("de", "sandbox", a base URL) as a person reads it: "Germany", "Offline
    // sandbox".
    static QString dataCenter(const QString &storageKey);
    // The locale's short date and time in local time; empty for an unknown date.
    static QString dateTime(const QDateTime &utc);
    // Stable machine words for exports (not translated): "active", "revoked", "failed".
    static QString statusKey(CalendarRecord::Status status);
    // "succeeded", "failed": as the log stores them and exports write them.
    static QString outcomeKey(OperationRecord::Outcome outcome);
};
