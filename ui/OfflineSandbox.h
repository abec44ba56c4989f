#pragma once

#include "api/DataCenter.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>
#include <memory>

class ProvisioningService;
class SandboxServer;

// "Try it offline": the built-in sandbox, run inside this process on a free loopback port. Its state file
// (AppDataLocation/sandbox-state.json) holds only hashes. Its admin API key is generated once, kept in the
// keychain under the sandbox's data center, and handed to the sandbox at every start, so applications
// created offline keep working after a restart (on another port).
class OfflineSandbox : public QObject
{
    Q_OBJECT

public:
    using StartedCallback = std::function<void(const DataCenter &sandbox, const QString &error)>;

    explicit OfflineSandbox(ProvisioningService *service, QObject *parent = nullptr);
    ~OfflineSandbox() override;

    static QString stateFilePath();
    bool isRunning() const;
    // The running sandbox's data center (DataCenter::sandbox(url)); invalid while stopped.
    DataCenter dataCenter() const { return m_dataCenter; }
    // Starts (or returns the running sandbox). The callback gets the data center, or a sentence.
    void start(StartedCallback done);
    void stop();
    SandboxServer *server() const { return m_server.get(); }

private:
    void listen(const QString &adminKey, const StartedCallback &done);

    ProvisioningService *m_service;
    std::unique_ptr<SandboxServer> m_server;
    DataCenter m_dataCenter;
};
