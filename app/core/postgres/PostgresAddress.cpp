#include "postgres/PostgresAddress.h"

#include <QDir>
#include <QHostAddress>
#include <QUrl>
#include <QUrlQuery>

#include <algorithm>
#include <utility>

namespace {

constexpr std::pair<PostgresAddress::Tls, const char *> tlsWords[] = {
    {PostgresAddress::Tls::Prefer, "prefer"},
    {PostgresAddress::Tls::Off, "disable"},
    {PostgresAddress::Tls::Require, "require"},
    {PostgresAddress::Tls::VerifyCa, "verify-ca"},
    {PostgresAddress::Tls::VerifyFull, "verify-full"},
};

const char *tlsWord(PostgresAddress::Tls tls)
{
    for (const auto &[value, word] : tlsWords) {
        if (value == tls)
            return word;
    }
    return "prefer";
}

// libpq's own quoting of a keyword value: single quotes, with \ and ' escaped.
QString quoted(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    v.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

} // namespace

bool PostgresAddress::isLoopback() const
{
    if (m_host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(m_host);
    return !address.isNull() && address.isLoopback();
}

std::optional<PostgresAddress> PostgresAddress::parse(const QString &text, QString *error)
{
    const QString example
        = QStringLiteral("postgresql://alice@db.example.com:5432/cronofy?sslmode=verify-full");
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::TolerantMode); // a root certificate's path may hold a space
    if (trimmed.isEmpty() || !url.isValid()
        || (url.scheme() != QLatin1String("postgresql") && url.scheme() != QLatin1String("postgres"))) {
        *error = tr("\"%1\" is not a PostgreSQL address. Write it as %2.").arg(trimmed.left(200), example);
        return std::nullopt;
    }
    if (!url.password().isEmpty() || trimmed.section(QLatin1Char('@'), 0, 0).count(QLatin1Char(':')) > 1) {
        *error = tr("Leave the password out of the address: it is asked for separately and kept in your "
                    "keychain. Write the address as %1.")
                     .arg(example);
        return std::nullopt;
    }
    PostgresAddress a;
    a.m_user = url.userName();
    a.m_host = url.host();
    a.m_port = url.port(5432);
    a.m_database = url.path().mid(1);
    if (a.m_user.isEmpty()) {
        *error = tr("The address names no user: write the database user before the host, as in %1.")
                     .arg(example);
        return std::nullopt;
    }
    if (a.m_host.isEmpty()) {
        *error
            = tr("The address names no server: write its host name after the user, as in %1.").arg(example);
        return std::nullopt;
    }
    if (a.m_port <= 0 || a.m_port > 65535) {
        *error = tr("The port must be a number from 1 to 65535 (PostgreSQL's usual port is 5432).");
        return std::nullopt;
    }
    if (a.m_database.isEmpty() || a.m_database.contains(QLatin1Char('/'))) {
        *error = tr("The address names no database: write its name after the port, as in %1.").arg(example);
        return std::nullopt;
    }

    const QUrlQuery query(url);
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        // Named copies, not a structured binding: clang 14 does not let a lambda capture one.
        const QString &key = item.first;
        const QString &value = item.second;
        if (key == QLatin1String("sslmode")) {
            const auto known = std::find_if(std::begin(tlsWords), std::end(tlsWords),
                [&](const auto &entry) { return value == QLatin1String(entry.second); });
            if (known == std::end(tlsWords)) {
                *error
                    = tr("sslmode=%1 is not offered: use sslmode=verify-full (TLS, the server's certificate "
                         "and name checked), or leave it out for a server on this computer.")
                          .arg(value.left(50));
                return std::nullopt;
            }
            a.m_tls = known->first;
        } else if (key == QLatin1String("sslrootcert")) {
            if (!QDir::isAbsolutePath(value) || value.contains(QLatin1Char(';'))) {
                *error = tr("sslrootcert must be the full path of the root certificate file (for example "
                            "/etc/ssl/certs/team-ca.crt), not \"%1\".")
                             .arg(value.left(200));
                return std::nullopt;
            }
            a.m_rootCertificate = QDir::cleanPath(value);
        } else {
            *error
                = tr("The address option \"%1\" is not offered: only sslmode and sslrootcert may follow the "
                     "database name.")
                      .arg(key.left(50));
            return std::nullopt;
        }
    }
    if (!a.isLoopback() && a.m_tls != Tls::VerifyFull) {
        *error
            = tr("The server %1 is on another computer, so the connection must be encrypted and the server "
                 "checked: add ?sslmode=verify-full to the address (and &sslrootcert=/path/to/ca.crt if your "
                 "team's server certificate is signed by its own authority).")
                  .arg(a.m_host);
        return std::nullopt;
    }
    if (!a.m_rootCertificate.isEmpty() && a.m_tls != Tls::VerifyCa && a.m_tls != Tls::VerifyFull) {
        *error = tr("sslrootcert is only used with TLS: add sslmode=verify-full to the address.");
        return std::nullopt;
    }
    return a;
}

QString PostgresAddress::toString() const
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(QLatin1Char('/') + m_database);
    QUrlQuery query;
    if (m_tls != Tls::Prefer)
        query.addQueryItem(QStringLiteral("sslmode"), QString::fromLatin1(tlsWord(m_tls)));
    if (!m_rootCertificate.isEmpty())
        query.addQueryItem(QStringLiteral("sslrootcert"), m_rootCertificate);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString PostgresAddress::connectOptions(int connectTimeoutSeconds) const
{
    QStringList options = {
        QStringLiteral("sslmode=") + QString::fromLatin1(tlsWord(m_tls)),
        QStringLiteral("connect_timeout=") + QString::number(connectTimeoutSeconds),
        QStringLiteral("application_name=cronofy-console"),
    };
    if (!m_rootCertificate.isEmpty())
        options.append(QStringLiteral("sslrootcert=") + quoted(m_rootCertificate));
    return options.join(QLatin1Char(';'));
}
