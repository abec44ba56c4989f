#include "OfflineSandbox.h"

#include "SandboxServer.h"
#include "SandboxState.h"
#include "common/LogCategories.h"
#include "service/ProvisioningService.h"

#include <QDir>
#include <QStandardPaths>

namespace {
// The keychain entry of the sandbox's admin key: the storage key "sandbox" does not depend on the port.
DataCenter keyOwner()
{
    return DataCenter::sandbox(QUrl(QStringLiteral("http://127.0.0.1:1")));
}
} // namespace

OfflineSandbox::OfflineSandbox(ProvisioningService *service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

OfflineSandbox::~OfflineSandbox() = default;

QString OfflineSandbox::stateFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/sandbox-state.json");
}

bool OfflineSandbox::isRunning() const
{
    return m_server && m_server->isListening();
}

void OfflineSandbox::start(StartedCallback done)
{
    if (isRunning()) {
        done(m_dataCenter, {});
        return;
    }
    SecretStore *secrets = m_service->secrets();
    const QString key = SecretKeys::adminApiKey(keyOwner());
    secrets->read(key, this, [this, secrets, key, done](const QString &value, const SecretError &error) {
        if (error.ok() && !value.isEmpty()) {
            listen(value, done);
            return;
        }
        if (error.kind != SecretError::Kind::NotFound && !error.ok()) {
            done({}, tr("The offline sandbox needs the keychain for its admin key. %1").arg(error.message()));
            return;
        }
        // First start: a fresh key, kept before the sandbox is told about it.
        const QString generated = QStringLiteral("sandbox_admin_") + SandboxState::randomAlphanumeric(40);
        secrets->write(key, generated, this, [this, generated, done](const SecretError &writeError) {
            if (!writeError.ok()) {
                done({},
                    tr("The offline sandbox needs the keychain for its admin key. %1")
                        .arg(writeError.message()));
                return;
            }
            listen(generated, done);
        });
    });
}

void OfflineSandbox::listen(const QString &adminKey, const StartedCallback &done)
{
    QDir().mkpath(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    SandboxOptions options;
    options.port = 0;
    options.adminKeys = {adminKey};
    options.stateFile = stateFilePath();
    options.logRequests = false;
    auto server = std::make_unique<SandboxServer>(options);
    QString error;
    if (!server->start(&error)) {
        qCWarning(lcUi) << "offline sandbox did not start:" << error;
        done({}, tr("The offline sandbox could not start: %1").arg(error));
        return;
    }
    m_server = std::move(server);
    m_dataCenter = DataCenter::sandbox(m_server->baseUrl());
    m_service->setSandbox(m_dataCenter);
    qCInfo(lcUi) << "offline sandbox listening at" << m_server->baseUrl().toString();
    done(m_dataCenter, {});
}

void OfflineSandbox::stop()
{
    m_server.reset();
    m_dataCenter = {};
}
