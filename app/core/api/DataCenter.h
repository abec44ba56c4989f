#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUrl>

// Where requests go: one of Cronofy's six data centers, or a custom base URL (the local sandbox, a proxy).
// Every request's URL starts from apiBaseUrl(); nothing else in the project builds a host name.
class DataCenter
{
    Q_DECLARE_TR_FUNCTIONS(DataCenter)

public:
    DataCenter() = default;

    // The SDK identifiers, in the order a person picks from: us au ca de sg uk.
    static QList<DataCenter> all();
    // "us" (or empty), "au", "ca", "de", "sg", "uk", any case; nullopt for anything else.
    static std::optional<DataCenter> fromId(const QString &id);
    // A base URL such as "http://127.0.0.1:8080". https for any host, plain http only for loopback hosts.
    // On failure returns nullopt and, if error is given, a sentence that says what to fix.
    static std::optional<DataCenter> fromBaseUrl(const QString &url, QString *error = nullptr);
    // An id or a base URL, as typed on the command line or kept in settings.
    static std::optional<DataCenter> parse(const QString &idOrUrl, QString *error = nullptr);
    // The window's built-in offline sandbox at a loopback URL. Its storageKey() is "sandbox" whatever the
    // port, so applications created offline stay usable after a restart on another port.
    static DataCenter sandbox(const QUrl &loopbackBaseUrl);

    bool isValid() const { return m_apiBase.isValid(); }
    bool isCustom() const { return m_id.isEmpty(); }
    bool isSandbox() const { return m_id == QLatin1String("sandbox"); }
    bool isLoopback() const;
    // "us".."uk", "sandbox", or empty for a custom base URL.
    QString id() const { return m_id; }
    // What settings and the keychain key names store: the id, or the normalised base URL.
    QString storageKey() const;
    // "United States", "Germany", "Offline sandbox", or the custom URL itself.
    QString displayName() const;
    // https://api.cronofy.com, https://api-de.cronofy.com, or the custom URL with no trailing slash.
    QUrl apiBaseUrl() const { return m_apiBase; }
    // apiBaseUrl() + path, where path starts with '/'.
    QUrl endpoint(const QString &path) const;

    friend bool operator==(const DataCenter &a, const DataCenter &b)
    {
        return a.m_id == b.m_id && a.m_apiBase == b.m_apiBase;
    }

private:
    QString m_id;
    QUrl m_apiBase;
};

// True for 127.0.0.0/8, ::1 and "localhost": the only hosts plain http may be used with.
bool isLoopbackHost(const QString &host);
