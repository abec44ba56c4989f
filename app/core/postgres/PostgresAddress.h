#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// Where a team's shared list lives: postgresql://USER@HOST:PORT/DATABASE, with TLS options in the query
// (?sslmode=verify-full&sslrootcert=/path/ca.crt). Never a password: it is read from standard input or the
// Settings page and kept in the keychain (SecretKeys::sharedListPassword).
//
// A host that is not this computer (not localhost, 127.0.0.0/8 or ::1) must use sslmode=verify-full: the
// connection is encrypted and the server's certificate is checked against the root certificate (sslrootcert,
// else libpq's ~/.postgresql/root.crt) and its name against the host. On this computer TLS is optional.
class PostgresAddress
{
    Q_DECLARE_TR_FUNCTIONS(PostgresAddress)

public:
    // libpq's sslmode values offered. Prefer (libpq's own default) is what an address without sslmode means.
    enum class Tls { Prefer, Off, Require, VerifyCa, VerifyFull };

    // The address, or std::nullopt and a sentence in *error that says what to change.
    static std::optional<PostgresAddress> parse(const QString &text, QString *error);

    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    Tls tls() const { return m_tls; }
    QString rootCertificate() const { return m_rootCertificate; }
    bool isLoopback() const;

    // The canonical form: the same address always gives the same text (the keychain entry is named by it).
    QString toString() const;
    // Qt's QPSQL connect options (libpq keywords): TLS, a connect timeout, the program's name.
    QString connectOptions(int connectTimeoutSeconds = 5) const;

    bool operator==(const PostgresAddress &other) const = default;

private:
    QString m_user;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    Tls m_tls = Tls::Prefer;
    QString m_rootCertificate;
};
