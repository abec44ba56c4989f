#pragma once

#include "service/ProvisioningService.h"

#include <QCoreApplication>
#include <QObject>

#include <chrono>
#include <memory>

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

    // Opens the list and the keychain. On failure prints the sentence and returns the exit code (else Ok).
    int open();
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
