#pragma once

#include "api/DataCenter.h"

#include <QObject>

#include <memory>

class ApplicationsModel;
class CalendarsModel;
class ConsoleContext;
class OfflineSandbox;
class ProvisioningService;
class QNetworkAccessManager;
class Registry;
class SecretStore;
class SharedListLink;

// Builds and owns what the window works with: the kept list, the keychain, the network, the service, the
// models, the offline sandbox and the ConsoleContext the pages receive. main.cpp, the tests, the screenshot
// mode and the start-up benchmark all build the window through it.
class ConsoleSession : public QObject
{
    Q_OBJECT

public:
    explicit ConsoleSession(QObject *parent = nullptr);
    ~ConsoleSession() override;

    // Opens the kept list and builds everything. `secrets` replaces the keychain (tests); the session does
    // not own it. On failure returns false with a sentence in *error. With a team's shared list chosen
    // (SharedListChoice) and no registryPath, the list starts empty and read-only and sharedLink() connects
    // it in the background (docs/shared-list.md).
    bool open(QString *error, SecretStore *secrets = nullptr, const QString &registryPath = {});
    // The shared list's connection; null when the list is the file.
    SharedListLink *sharedLink() const { return m_link; }
    SecretStore *secrets() const { return m_secrets; }
    // The person chose another list (Settings): listChoiceChanged() follows, once control is back in the
    // event loop, and whoever built this session builds it again.
    void switchList();
    // A sentence to show once (e.g. a damaged list was moved aside); empty when all is well.
    QString openWarning() const { return m_openWarning; }

    ConsoleContext *context() const { return m_context; }
    ProvisioningService *service() const { return m_service; }
    OfflineSandbox *offlineSandbox() const { return m_offline; }

    // Uses a real (or custom) data center from now on, and remembers it.
    void useDataCenter(const DataCenter &dataCenter);
    // Starts the built-in sandbox and uses it; offlineReady() or offlineFailed() follow.
    void goOffline();
    // Applies the data center remembered in the settings (starting the sandbox when it was offline).
    void restore();
    // Applies the timeout from the settings to the service.
    void applySettings();

signals:
    void listChoiceChanged();
    void offlineStarting();
    void offlineReady();
    void offlineFailed(const QString &sentence);

private:
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<SecretStore> m_ownSecrets;
    QNetworkAccessManager *m_nam = nullptr;
    ProvisioningService *m_service = nullptr;
    ApplicationsModel *m_applications = nullptr;
    CalendarsModel *m_calendars = nullptr;
    ConsoleContext *m_context = nullptr;
    OfflineSandbox *m_offline = nullptr;
    SharedListLink *m_link = nullptr;
    SecretStore *m_secrets = nullptr;
    QString m_openWarning;
};
