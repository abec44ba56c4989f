#include "CliContext.h"

#include "ExitCodes.h"
#include "common/LogCategories.h"
#include "postgres/PostgresConnection.h"
#include "postgres/SharedListChoice.h"
#include "registry/Registry.h"
#include "secrets/KeychainSecretStore.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <io.h>
#endif

namespace {
bool isTerminal(int fd)
{
#ifdef Q_OS_WIN
    return _isatty(fd) != 0;
#else
    return ::isatty(fd) != 0;
#endif
}

void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}
} // namespace

CliContext::CliContext(QObject *parent)
    : QObject(parent)
{
    const QByteArray timeout = qgetenv("CRONOFYCTL_TIMEOUT_MS");
    bool ok = false;
    const qint64 ms = timeout.toLongLong(&ok);
    if (ok && ms > 0)
        m_timeout = std::chrono::milliseconds(ms);
}

CliContext::~CliContext()
{
    // The service and the store are children of this object; the list goes last.
    delete m_service;
    m_service = nullptr;
}

SecretStore *CliContext::secrets()
{
    if (!m_secrets)
        m_secrets = new KeychainSecretStore(this);
    return m_secrets;
}

bool CliContext::secretHere(SecretStore *secrets, const QString &clientId)
{
    return secrets->knownKeys().contains(SecretKeys::clientSecret(clientId));
}

bool CliContext::listIsShared()
{
    return SharedListChoice::current().has_value();
}

void CliContext::prepareList(const std::function<void(int code)> &then)
{
    m_shared = SharedListChoice::current();
    if (!m_shared) {
        then(ExitCode::Ok);
        return;
    }
    const PostgresAddress address = *m_shared;
    secrets()->read(SecretKeys::sharedListPassword(address.toString()), this,
        [this, address, then](const QString &password, const SecretError &error) {
            if (!error.ok()) {
                err(Cli::tr("The password of the shared list %1 could not be read from your keychain: %2")
                        .arg(PostgresConnection::describe(address), error.message()));
                err(Cli::tr("Run \"cronofyctl team connect %1\" again, or \"cronofyctl team disconnect\" to "
                            "work on this computer's own list.")
                        .arg(address.toString()));
                then(ExitCode::Storage);
                return;
            }
            m_sharedPassword = password;
            then(ExitCode::Ok);
        });
}

int CliContext::open()
{
    if (m_service)
        return ExitCode::Ok;
    SecretStore *store = secrets();
    Registry::OpenResult opened;
    // An upgrade of a large file (indexes built over millions of rows) says what it does after a second.
    QElapsedTimer upgrading;
    upgrading.start();
    if (m_shared) {
        Registry::SharedOptions options;
        options.secretHere = [store](const QString &clientId) { return secretHere(store, clientId); };
        opened = Registry::openShared(*m_shared, m_sharedPassword, options);
    } else {
        Registry::OpenOptions options;
        options.upgradeProgress = [&upgrading](int version, int statement, int statements) {
            if (upgrading.elapsed() >= 1000 && stderrIsTerminal())
                errRaw(QStringLiteral("\r")
                    + Cli::tr("Upgrading the list to version %1 (%2 of %3)…")
                          .arg(version)
                          .arg(statement + 1)
                          .arg(statements));
        };
        opened = Registry::open(Registry::defaultPath(), options);
    }
    if (upgrading.elapsed() >= 1000 && stderrIsTerminal())
        errRaw(QStringLiteral("\r\x1b[2K"));
    if (!opened.registry) {
        err(opened.error.message());
        return ExitCode::Storage;
    }
    if (!opened.movedAsideTo.isEmpty())
        err(Cli::tr("The list of applications and calendars was damaged; it was moved to %1 and a new, empty "
                    "one was started.")
                .arg(opened.movedAsideTo));
    m_registry = std::move(opened.registry);
    m_nam = new QNetworkAccessManager(this);
    m_service = new ProvisioningService(m_registry.get(), store, m_nam, this);
    if (m_timeout.count() > 0)
        m_service->setTimeout(m_timeout);
    return ExitCode::Ok;
}

void CliContext::out(const QString &line)
{
    write(stdout, line + QLatin1Char('\n'));
}

void CliContext::err(const QString &line)
{
    write(stderr, line + QLatin1Char('\n'));
}

void CliContext::errRaw(const QString &text)
{
    write(stderr, text);
}

bool CliContext::stdoutIsTerminal()
{
    return isTerminal(1);
}

bool CliContext::stderrIsTerminal()
{
    return isTerminal(2);
}

bool CliContext::stdinIsTerminal()
{
    return isTerminal(0);
}

int CliContext::exitCodeFor(const ServiceError &error)
{
    switch (error.source) {
    case ServiceError::Source::None:
        return ExitCode::Ok;
    case ServiceError::Source::Input:
        return ExitCode::Usage;
    case ServiceError::Source::Api:
        return ExitCode::Api;
    case ServiceError::Source::Secrets:
        return ExitCode::Keychain;
    case ServiceError::Source::Registry:
        return ExitCode::Storage;
    }
    return ExitCode::Api;
}

void CliContext::fail(const ServiceError &error)
{
    err(error.message());
    exit(exitCodeFor(error));
}

void CliContext::exit(int code)
{
    QTimer::singleShot(0, QCoreApplication::instance(), [code] { QCoreApplication::exit(code); });
}
