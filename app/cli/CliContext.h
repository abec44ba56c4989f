#pragma once

#include "postgres/PostgresAddress.h"
#include "service/ProvisioningService.h"

#include <QCoreApplication>
#include <QObject>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class Registry;
class SecretStore;

// What every cronofyctl command needs: the same list (registry.sqlite in the same data folder as the window),
// the same keychain, one network manager and the ProvisioningService; plus output and how the program ends.
class CliContext : public QObject
{
    Q_OBJECT

public:
    explicit CliContext(QObject *parent = nullptr);
    ~CliContext() override;

    // When this computer's user works on a team's shared list (SharedListChoice), reads its password from
    // the keychain first (asynchronously) and then calls `then` with Ok, or prints why not and calls it with
    // the exit code. With the local file, calls `then` at once.
    void prepareList(const std::function<void(int code)> &then);
    // Whether this computer's user works on a team's shared list (SharedListChoice).
    static bool listIsShared();
    // Opens the list (the local file, or the shared list prepareList() read the password of) and the
    // keychain. On failure prints the sentence and returns the exit code (else Ok).
    int open();
    // The keychain, created on first use.
    SecretStore *secrets();
    // Whether this client_secret is in this computer's keychain (by the names the keychain store keeps).
    static bool secretHere(SecretStore *secrets, const QString &clientId);
    ProvisioningService *service() const { return m_service; }
    Registry *registry() const { return m_registry.get(); }
    // The answer timeout comes from CRONOFYCTL_TIMEOUT_MS (milliseconds), else the service's default.

    static void out(const QString &line); // one line to stdout
    static void err(const QString &line); // one line to stderr
    static void errRaw(const QString &text); // stderr without a newline (progress line)
    static bool stdoutIsTerminal();
    static bool stderrIsTerminal();
    static bool stdinIsTerminal();

    // The exit code a failure maps to: Input -> 1, Api -> 2, Secrets and Registry -> 3.
    static int exitCodeFor(const ServiceError &error);
    // Prints the sentence to stderr (one line per sentence) and ends with its exit code.
    void fail(const ServiceError &error);
    // Ends the program with `code` once the event loop runs (safe to call before exec()).
    void exit(int code);

private:
    std::optional<PostgresAddress> m_shared;
    QString m_sharedPassword;
    std::unique_ptr<Registry> m_registry;
    SecretStore *m_secrets = nullptr;
    QNetworkAccessManager *m_nam = nullptr;
    ProvisioningService *m_service = nullptr;
    std::chrono::milliseconds m_timeout {0};
};

// The translation context of cronofyctl's own texts.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
