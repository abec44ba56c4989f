#include "PostgresServer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QVersionNumber>

#include <pwd.h>
#include <unistd.h>

namespace {
const QString superuser = QStringLiteral("console_admin");

QString quotedIdentifier(const QString &name)
{
    QString n = name;
    n.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + n + QLatin1Char('"');
}

QString quotedLiteral(const QString &value)
{
    QString v = value;
    v.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}
} // namespace

PostgresServer::PostgresServer(Tls tls)
    : m_tls(tls)
{ }

PostgresServer::~PostgresServer()
{
    if (isRunning())
        crash(); // a test's server holds nothing worth a clean shutdown
    if (!m_dir.isEmpty())
        QDir(m_dir).removeRecursively();
}

QString PostgresServer::binDir()
{
    const QString fromEnv = qEnvironmentVariable("CONSOLE_PG_BINDIR");
    if (!fromEnv.isEmpty())
        return fromEnv;
    QDir root(QStringLiteral("/usr/lib/postgresql"));
    QString best;
    QVersionNumber bestVersion;
    for (const QString &entry : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QVersionNumber version = QVersionNumber::fromString(entry);
        if (QFile::exists(root.filePath(entry + QStringLiteral("/bin/pg_ctl"))) && version > bestVersion) {
            bestVersion = version;
            best = root.filePath(entry + QStringLiteral("/bin"));
        }
    }
    return best;
}

bool PostgresServer::run(
    const QString &program, const QStringList &args, bool asServerUser, QByteArray *output, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    QStringList command = QStringList {m_bin + QLatin1Char('/') + program} + args;
    if (asServerUser && m_asRoot)
        command = QStringList {QStringLiteral("runuser"), QStringLiteral("-u"), QStringLiteral("postgres"),
                      QStringLiteral("--")}
            + command;
    // The caller's PG* variables (a developer's own server) must not reach the test's server.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("PG")))
            env.remove(key);
    }
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir);
    process.start(command.takeFirst(), command);
    const bool finished = process.waitForFinished(timeoutMs);
    const QByteArray out = process.readAll();
    if (output)
        *output = out;
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (!finished)
            process.kill();
        m_error
            = QStringLiteral("%1 failed (%2): %3")
                  .arg(program, finished ? QString::number(process.exitCode()) : QStringLiteral("timeout"),
                      QString::fromLocal8Bit(out.right(2000)));
        return false;
    }
    return true;
}

bool PostgresServer::makeCertificates()
{
    const QString tls = m_dir + QStringLiteral("/tls");
    QDir().mkpath(tls);
    auto openssl = [&](const QStringList &args) {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(tls);
        p.start(QStringLiteral("openssl"), args);
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            m_error = QStringLiteral("openssl %1 failed: %2")
                          .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll()));
            return false;
        }
        return true;
    };
    QFile ext(tls + QStringLiteral("/server.ext"));
    if (!ext.open(QIODevice::WriteOnly))
        return false;
    ext.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    ext.close();
    const QString days = QStringLiteral("2");
    for (const QString &ca : {QStringLiteral("ca"), QStringLiteral("other-ca")}) {
        if (!openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), days,
                QStringLiteral("-subj"), QStringLiteral("/CN=Cronofy Console test ") + ca,
                QStringLiteral("-keyout"), ca + QStringLiteral(".key"), QStringLiteral("-out"),
                ca + QStringLiteral(".crt")}))
            return false;
    }
    return openssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
               QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
               QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
               QStringLiteral("server.csr")})
        && openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
            QStringLiteral("server.csr"), QStringLiteral("-CA"), QStringLiteral("ca.crt"),
            QStringLiteral("-CAkey"), QStringLiteral("ca.key"), QStringLiteral("-CAcreateserial"),
            QStringLiteral("-days"), days, QStringLiteral("-extfile"), QStringLiteral("server.ext"),
            QStringLiteral("-out"), QStringLiteral("server.crt")});
}

bool PostgresServer::start()
{
    if (isRunning())
        return true;
    if (!m_initialised) {
        m_bin = binDir();
        if (m_bin.isEmpty() || !QFile::exists(m_bin + QStringLiteral("/initdb"))) {
            m_error = QStringLiteral(
                "PostgreSQL's server programs are not installed (no /usr/lib/postgresql/*/bin/"
                "initdb): install the postgresql package (.ci/deps.sh lists it).");
            return false;
        }
        m_asRoot = ::geteuid() == 0;
        QString base = QDir::tempPath() + QStringLiteral("/console-pg-XXXXXX");
        QByteArray templ = base.toLocal8Bit();
        if (!::mkdtemp(templ.data())) {
            m_error = QStringLiteral("cannot create a folder for the server in ") + QDir::tempPath();
            return false;
        }
        m_dir = QString::fromLocal8Bit(templ);
        QDir().mkpath(m_dir + QStringLiteral("/socket"));
        if (m_tls == Tls::On && !makeCertificates())
            return false;
        QFile pw(m_dir + QStringLiteral("/pw"));
        if (!pw.open(QIODevice::WriteOnly))
            return false;
        pw.write(QByteArray::number(QRandomGenerator::system()->generate64(), 36));
        pw.close();
        if (m_asRoot) {
            // The server runs as "postgres": it owns the folder (and the key, which it insists be private).
            const passwd *pg = ::getpwnam("postgres");
            if (!pg) {
                m_error = QStringLiteral("there is no \"postgres\" user: install the postgresql package");
                return false;
            }
            QProcess chown;
            chown.start(
                QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:postgres"), m_dir});
            if (!chown.waitForFinished(10000) || chown.exitCode() != 0) {
                m_error = QStringLiteral("cannot give the server's folder to the postgres user");
                return false;
            }
        }
        if (m_tls == Tls::On)
            QFile::setPermissions(
                m_dir + QStringLiteral("/tls/server.key"), QFile::ReadOwner | QFile::WriteOwner);
        // Local (socket) connections need no password: only this test can reach the private socket folder.
        if (!run(QStringLiteral("initdb"),
                {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-U"), superuser,
                    QStringLiteral("--pwfile=") + m_dir + QStringLiteral("/pw"),
                    QStringLiteral("--auth-local=trust"), QStringLiteral("--auth-host=scram-sha-256"),
                    QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C"),
                    QStringLiteral("--no-sync")},
                true))
            return false;
        QFile::remove(m_dir + QStringLiteral("/pw"));
        m_initialised = true;

        // Stops the server and removes its folder once this test process is gone, however it ended.
        const QString watchdog
            = QStringLiteral("exec </dev/null >/dev/null 2>&1; while kill -0 %1; do sleep 1; done; %2 "
                             "'%3/pg_ctl' -D '%4/data' stop -m immediate -w; "
                             "rm -rf '%4'")
                  .arg(QCoreApplication::applicationPid())
                  .arg(m_asRoot ? QStringLiteral("runuser -u postgres --") : QString(), m_bin, m_dir);
        QProcess::startDetached(
            QStringLiteral("setsid"), {QStringLiteral("bash"), QStringLiteral("-c"), watchdog});
    }
    if (m_port == 0) {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            m_error = QStringLiteral("no free port on 127.0.0.1");
            return false;
        }
        m_port = probe.serverPort();
    }
    QStringList options
        = {QStringLiteral("-p %1").arg(m_port), QStringLiteral("-c listen_addresses=127.0.0.1"),
            QStringLiteral("-c unix_socket_directories=") + m_dir + QStringLiteral("/socket"),
            // A test server: nothing it holds must survive a power cut, and fsyncs cost CI time. (Commits
            // still reach the WAL before they return, so a crash() loses none: synchronous_commit stays on.)
            QStringLiteral("-c fsync=off"), QStringLiteral("-c full_page_writes=off"),
            QStringLiteral("-c max_connections=40")};
    if (m_tls == Tls::On)
        options += {QStringLiteral("-c ssl=on"),
            QStringLiteral("-c ssl_cert_file=") + m_dir + QStringLiteral("/tls/server.crt"),
            QStringLiteral("-c ssl_key_file=") + m_dir + QStringLiteral("/tls/server.key")};
    return run(QStringLiteral("pg_ctl"),
        {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-l"),
            m_dir + QStringLiteral("/server.log"), QStringLiteral("-w"), QStringLiteral("-t"),
            QStringLiteral("60"), QStringLiteral("-o"), options.join(QLatin1Char(' ')),
            QStringLiteral("start")},
        true);
}

bool PostgresServer::stop()
{
    return !isRunning()
        || run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-w"),
                QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("fast")},
            true);
}

bool PostgresServer::crash()
{
    return !isRunning()
        || run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), m_dir + QStringLiteral("/data"), QStringLiteral("-w"),
                QStringLiteral("stop"), QStringLiteral("-m"), QStringLiteral("immediate")},
            true);
}

bool PostgresServer::isRunning() const
{
    return m_initialised && QFile::exists(m_dir + QStringLiteral("/data/postmaster.pid"));
}

QString PostgresServer::url(const QString &user, const QString &database, bool tls) const
{
    QString u = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(database);
    if (tls)
        u += QStringLiteral("?sslmode=verify-full&sslrootcert=") + caCertificate();
    return u;
}

PostgresAddress PostgresServer::address(const QString &user, const QString &database, bool tls) const
{
    QString error;
    const std::optional<PostgresAddress> parsed = PostgresAddress::parse(url(user, database, tls), &error);
    if (!parsed)
        qFatal("PostgresServer: the test server's own address is refused: %s", qPrintable(error));
    return *parsed;
}

QString PostgresServer::caCertificate() const
{
    return m_dir + QStringLiteral("/tls/ca.crt");
}

QString PostgresServer::otherCaCertificate() const
{
    return m_dir + QStringLiteral("/tls/other-ca.crt");
}

bool PostgresServer::psql(const QString &database, const QString &sql, QString *output, int timeoutMs)
{
    QByteArray out;
    const bool ok = run(QStringLiteral("psql"),
        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-At"), QStringLiteral("-v"),
            QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), m_dir + QStringLiteral("/socket"),
            QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"), superuser,
            QStringLiteral("-d"), database, QStringLiteral("-c"), sql},
        false, &out, timeoutMs);
    if (output)
        *output = QString::fromUtf8(out).trimmed();
    return ok;
}

bool PostgresServer::createRole(const QString &name, const QString &password)
{
    return psql(QStringLiteral("postgres"),
        QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2")
            .arg(quotedIdentifier(name), quotedLiteral(password)));
}

bool PostgresServer::createDatabase(const QString &name, const QString &owner)
{
    return psql(QStringLiteral("postgres"),
        QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(quotedIdentifier(name), quotedIdentifier(owner)));
}

QByteArray PostgresServer::dump(const QString &database)
{
    QByteArray out;
    if (!run(QStringLiteral("pg_dump"),
            {QStringLiteral("-h"), m_dir + QStringLiteral("/socket"), QStringLiteral("-p"),
                QString::number(m_port), QStringLiteral("-U"), superuser, QStringLiteral("-d"), database},
            false, &out))
        return {};
    return out;
}

QByteArray PostgresServer::log() const
{
    QFile file(m_dir + QStringLiteral("/server.log"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
