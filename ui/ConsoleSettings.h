#pragma once

#include "api/DataCenter.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <optional>

// The window's settings in QSettings (never a secret): which data center is in use, the request timeout, the
// window's geometry. One place for the key names, so the pages and the session agree.
namespace ConsoleSettings {
// "de", a custom base URL, "sandbox" (offline), or empty before the first run is finished.
QString dataCenterKey();
void setDataCenterKey(const QString &key);
// The last real (not sandbox) data center, offered again when the person leaves offline mode.
QString lastRealDataCenterKey();
// The data center a stored key names; nullopt for "sandbox" and for anything unreadable.
std::optional<DataCenter> realDataCenter(const QString &key);

std::chrono::seconds requestTimeout();
void setRequestTimeout(std::chrono::seconds timeout);
constexpr int kDefaultTimeoutSeconds = 30;
constexpr int kMinTimeoutSeconds = 1;
constexpr int kMaxTimeoutSeconds = 300;

QByteArray windowGeometry();
QByteArray windowState();
void setWindow(const QByteArray &geometry, const QByteArray &state);
} // namespace ConsoleSettings
