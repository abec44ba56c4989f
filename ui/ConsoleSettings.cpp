#include "ConsoleSettings.h"

#include <QSettings>

namespace {
const QString kDataCenter = QStringLiteral("connection/dataCenter");
const QString kLastReal = QStringLiteral("connection/lastRealDataCenter");
const QString kTimeout = QStringLiteral("network/timeoutSeconds");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kSandbox = QStringLiteral("sandbox");
} // namespace

namespace ConsoleSettings {

QString dataCenterKey()
{
    return QSettings().value(kDataCenter).toString();
}

void setDataCenterKey(const QString &key)
{
    QSettings settings;
    settings.setValue(kDataCenter, key);
    if (!key.isEmpty() && key != kSandbox)
        settings.setValue(kLastReal, key);
}

QString lastRealDataCenterKey()
{
    return QSettings().value(kLastReal).toString();
}

std::optional<DataCenter> realDataCenter(const QString &key)
{
    if (key.isEmpty() || key == kSandbox)
        return std::nullopt;
    return DataCenter::parse(key);
}

std::chrono::seconds requestTimeout()
{
    bool ok = false;
    const int seconds = QSettings().value(kTimeout, kDefaultTimeoutSeconds).toInt(&ok);
    if (!ok || seconds < kMinTimeoutSeconds || seconds > kMaxTimeoutSeconds)
        return std::chrono::seconds(kDefaultTimeoutSeconds);
    return std::chrono::seconds(seconds);
}

void setRequestTimeout(std::chrono::seconds timeout)
{
    QSettings().setValue(kTimeout, qlonglong(timeout.count()));
}

QByteArray windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

QByteArray windowState()
{
    return QSettings().value(kState).toByteArray();
}

void setWindow(const QByteArray &geometry, const QByteArray &state)
{
    QSettings settings;
    settings.setValue(kGeometry, geometry);
    settings.setValue(kState, state);
}

} // namespace ConsoleSettings
