#include "registry/RecordText.h"

#include "api/DataCenter.h"

#include <QLocale>

QString RecordText::status(CalendarRecord::Status status)
{
    switch (status) {
    case CalendarRecord::Status::Active:
        return tr("Active");
    case CalendarRecord::Status::Revoked:
        return tr("Revoked");
    case CalendarRecord::Status::Failed:
        return tr("Failed");
    }
    return {};
}

QString RecordText::dataCenter(const QString &storageKey)
{
    if (storageKey == QLatin1String("sandbox"))
        return tr("Offline sandbox");
    const std::optional<DataCenter> dc = DataCenter::parse(storageKey);
    return dc ? dc->displayName() : storageKey;
}

QString RecordText::origin(ApplicationRecord::Origin origin)
{
    return origin == ApplicationRecord::Origin::Imported ? tr("Imported") : tr("Created");
}

QString RecordText::secretState(ApplicationRecord::SecretState state)
{
    return state == ApplicationRecord::SecretState::Stored ? tr("In the keychain") : tr("Not stored");
}

QString RecordText::outcome(OperationRecord::Outcome outcome)
{
    return outcome == OperationRecord::Outcome::Succeeded ? tr("Succeeded") : tr("Failed");
}

QString RecordText::dateTime(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

QString RecordText::statusKey(CalendarRecord::Status status)
{
    switch (status) {
    case CalendarRecord::Status::Revoked:
        return QStringLiteral("revoked");
    case CalendarRecord::Status::Failed:
        return QStringLiteral("failed");
    case CalendarRecord::Status::Active:
        break;
    }
    return QStringLiteral("active");
}

QString RecordText::outcomeKey(OperationRecord::Outcome outcome)
{
    return outcome == OperationRecord::Outcome::Failed ? QStringLiteral("failed")
                                                       : QStringLiteral("succeeded");
}
