#pragma once

#include "postgres/PostgresAddress.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

// Test-only: a real, private PostgreSQL server (Debian's postgresql package) for the shared-list tests. It
// blocks (QProcess::waitFor*), which only test code may do.
//
// - its own data directory under the system's temporary folder (never the test's home, which the leak scans
//   read), created by initdb and removed when this object goes;
// - a free port on 127.0.0.1 only (and a Unix socket in its private folder, for the admin's psql);
// - PostgreSQL refuses to run as root: as root (CI), initdb and pg_ctl run as the "postgres" user (runuser);
// - with Tls::On, a throwaway certificate authority and a server certificate for localhost/127.0.0.1:
//   caCertificate() is the root certificate a client names in sslrootcert;
// - cleaned up even when the test crashes: a detached watchdog stops the server and removes its folder once
//   the test process is gone.
//
//   PostgresServer server;
//   QVERIFY2(server.start(), qPrintable(server.errorString()));
//   QVERIFY(server.createRole("alice", "pw") && server.createDatabase("team", "alice"));
//   const QString url = server.url("alice", "team");   // postgresql://alice@127.0.0.1:PORT/team
class PostgresServer
{
public:
    enum class Tls { Off, On };
    explicit PostgresServer(Tls tls = Tls::Off);
    ~PostgresServer();
    PostgresServer(const PostgresServer &) = delete;
    PostgresServer &operator=(const PostgresServer &) = delete;

    // initdb (once) and start. False + errorString() on failure (a missing package says which).
    bool start();
    // A clean stop (pg_ctl stop -m fast).
    bool stop();
    // As if the server crashed: every server process stops at once (pg_ctl stop -m immediate).
    bool crash();
    bool isRunning() const;
    QString errorString() const { return m_error; }

    int port() const { return m_port; }
    // postgresql://USER@127.0.0.1:PORT/DB (+ "?sslmode=verify-full&sslrootcert=CA" with Tls::On and tls).
    QString url(const QString &user, const QString &database, bool tls = false) const;
    // The same, parsed (as cronofyctl and the window would).
    PostgresAddress address(const QString &user, const QString &database, bool tls = false) const;
    QString caCertificate() const;
    // A second authority's certificate, which did not sign the server's (for "TLS refused" tests).
    QString otherCaCertificate() const;

    // SQL as the server's superuser, through the private socket (psql -At). False + errorString() on failure.
    bool psql(const QString &database, const QString &sql, QString *output = nullptr, int timeoutMs = 60000);
    bool createRole(const QString &name, const QString &password);
    bool createDatabase(const QString &name, const QString &owner);
    // pg_dump of a database as plain SQL (schema and rows).
    QByteArray dump(const QString &database);
    // The server's log so far.
    QByteArray log() const;

    // Where Debian's server binaries are (CONSOLE_PG_BINDIR, else the newest /usr/lib/postgresql/*/bin).
    static QString binDir();

private:
    bool run(const QString &program, const QStringList &args, bool asServerUser, QByteArray *output = nullptr,
        int timeoutMs = 60000);
    bool makeCertificates();

    Tls m_tls;
    QString m_dir; // private folder: data/, socket/, tls/, server.log
    QString m_bin;
    int m_port = 0;
    bool m_initialised = false;
    bool m_asRoot = false;
    QString m_error;
};
