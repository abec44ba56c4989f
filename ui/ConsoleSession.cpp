#include "ConsoleSession.h"

#include "ConsoleContext.h"
#include "ConsoleSettings.h"
#include "OfflineSandbox.h"
#include "common/LogCategories.h"
#include "postgres/SharedListChoice.h"
#include "postgres/SharedListLink.h"
#include "registry/ApplicationsModel.h"
#include "registry/CalendarsModel.h"
#include "registry/Registry.h"
#include "secrets/KeychainSecretStore.h"
#include "service/ProvisioningService.h"

#include <QNetworkAccessManager>

ConsoleSession::ConsoleSession(QObject *parent)
    : QObject(parent)
{ }

ConsoleSession::~ConsoleSession()
{
    // The objects that point at the registry and the store go first.
    delete m_link;
    delete m_context;
    delete m_offline;
    delete m_applications;
    delete m_calendars;
    delete m_service;
}

bool ConsoleSession::open(QString *error, SecretStore *secrets, const QString &registryPath)
{
    if (!secrets) {
        m_ownSecrets = std::make_unique<KeychainSecretStore>();
        secrets = m_ownSecrets.get();
    }
    const std::optional<PostgresAddress> shared
        = registryPath.isEmpty() ? SharedListChoice::current() : std::nullopt;
    Registry::OpenResult opened;
    if (shared) {
        Registry::SharedOptions options;
        options.secretHere = [secrets](const QString &clientId) {
            return secrets->knownKeys().contains(SecretKeys::clientSecret(clientId));
        };
        opened.registry = Registry::sharedUnconnected(*shared, options);
    } else {
        opened = Registry::open(registryPath.isEmpty() ? Registry::defaultPath() : registryPath);
    }
    if (!opened.registry) {
        if (error)
            *error = opened.error.message();
        return false;
    }
    m_registry = std::move(opened.registry);
    if (!opened.movedAsideTo.isEmpty()) {
        m_openWarning
            = tr("The list of applications and calendars was damaged. It was moved aside to %1 and a "
                 "new, empty list was started. Nothing in Cronofy was changed.")
                  .arg(opened.movedAsideTo);
    }
    m_secrets = secrets;
    m_nam = new QNetworkAccessManager(this);
    m_service = new ProvisioningService(m_registry.get(), secrets, m_nam, this);
    m_applications = new ApplicationsModel(m_registry.get(), this);
    m_calendars = new CalendarsModel(m_registry.get(), this);
    m_context = new ConsoleContext(m_service, m_applications, m_calendars, this);
    m_offline = new OfflineSandbox(m_service, this);
    applySettings();
    if (shared) {
        // What the list shows once connected, and after a colleague's write too large to name its rows (the
        // rows of smaller writes come as the registry's per-row signals, which update them in place).
        auto readAgain = [this](const QString &table) {
            if (table == QLatin1String("applications"))
                m_applications->reload();
            else if (table == QLatin1String("calendars"))
                m_calendars->reload();
        };
        connect(m_registry.get(), &Registry::changedElsewhere, this,
            [readAgain](const QString &table, bool rowsAnnounced) {
                if (!rowsAnnounced)
                    readAgain(table);
            });
        connect(m_registry.get(), &Registry::availabilityChanged, this, [readAgain](bool available) {
            if (available) {
                readAgain(QStringLiteral("applications"));
                readAgain(QStringLiteral("calendars"));
            }
        });
        m_link = new SharedListLink(m_registry.get(), *shared, secrets, this);
        m_link->start();
    }
    return true;
}

void ConsoleSession::switchList()
{
    QMetaObject::invokeMethod(this, &ConsoleSession::listChoiceChanged, Qt::QueuedConnection);
}

void ConsoleSession::applySettings()
{
    m_service->setTimeout(ConsoleSettings::requestTimeout());
}

void ConsoleSession::useDataCenter(const DataCenter &dataCenter)
{
    ConsoleSettings::setDataCenterKey(dataCenter.storageKey());
    m_context->setDataCenter(dataCenter);
}

void ConsoleSession::goOffline()
{
    emit offlineStarting();
    m_offline->start([this](const DataCenter &sandbox, const QString &error) {
        if (!error.isEmpty()) {
            emit offlineFailed(error);
            return;
        }
        ConsoleSettings::setDataCenterKey(sandbox.storageKey());
        m_context->setDataCenter(sandbox);
        emit offlineReady();
    });
}

void ConsoleSession::restore()
{
    const QString key = ConsoleSettings::dataCenterKey();
    if (key == QLatin1String("sandbox")) {
        goOffline();
        return;
    }
    if (const auto dataCenter = ConsoleSettings::realDataCenter(key))
        m_context->setDataCenter(*dataCenter);
}
