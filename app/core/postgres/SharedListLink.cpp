#include "postgres/SharedListLink.h"

#include "common/LogCategories.h"
#include "postgres/PostgresConnection.h"
#include "registry/Registry.h"
#include "secrets/SecretStore.h"

#include <QAtomicInt>
#include <QPointer>
#include <QThread>

namespace {
QAtomicInt probeCounter;
}

SharedListLink::SharedListLink(
    Registry *registry, const PostgresAddress &address, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_address(address)
    , m_secrets(secrets)
{
    m_retry.setSingleShot(true);
    m_retry.setInterval(std::chrono::seconds(10));
    connect(&m_retry, &QTimer::timeout, this, &SharedListLink::probe);
    connect(m_registry, &Registry::availabilityChanged, this, [this](bool available) {
        if (!available && m_state == State::Connected) {
            setState(State::Retrying, m_registry->availability().message());
            m_retry.start();
        }
    });
}

SharedListLink::~SharedListLink()
{
    // A probe ends within the connect timeout; its answer is then dropped with this object.
    if (m_probe) {
        m_probe->wait();
        delete m_probe;
    }
}

void SharedListLink::start()
{
    setState(State::Connecting, {});
    m_secrets->read(SecretKeys::sharedListPassword(m_address.toString()), this,
        [this](const QString &password, const SecretError &error) {
            if (!error.ok()) {
                setState(State::Stopped,
                    tr("The password of the shared list %1 could not be read from your keychain: %2 Connect "
                       "again "
                       "in Settings.")
                        .arg(PostgresConnection::describe(m_address), error.message()));
                return;
            }
            m_password = password;
            probe();
        });
}

void SharedListLink::probe()
{
    if (m_probe)
        return;
    if (m_state != State::Retrying)
        setState(State::Connecting, {});
    const QString connection = QStringLiteral("shared-probe-%1").arg(probeCounter.fetchAndAddRelaxed(1));
    const PostgresAddress address = m_address;
    const QString password = m_password;
    QPointer<SharedListLink> self(this);
    m_probe = QThread::create([self, connection, address, password] {
        RegistryError error;
        const bool ok = PostgresConnection::openAndMigrate(connection, address, password, &error);
        if (ok)
            PostgresConnection::close(connection);
        // Queued to this object's thread; dropped if it is gone by then.
        QMetaObject::invokeMethod(
            self.data(),
            [self, password, kind = int(error.kind), sentence = error.message()] {
                if (self)
                    self->probed(password, kind, sentence);
            },
            Qt::QueuedConnection);
    });
    m_probe->start();
}

void SharedListLink::probed(const QString &password, int kind, const QString &sentence)
{
    if (m_probe) {
        m_probe->wait();
        delete m_probe;
        m_probe = nullptr;
    }
    RegistryError::Kind failure = RegistryError::Kind(kind);
    QString problem = sentence;
    if (failure == RegistryError::Kind::None) {
        // The server answered a moment ago and its schema is current: connecting here is quick.
        const RegistryError connected = m_registry->connectShared(password);
        failure = connected.kind;
        problem = connected.message();
        if (connected.ok()) {
            setState(State::Connected, {});
            return;
        }
    }
    if (failure == RegistryError::Kind::Unreachable) {
        setState(State::Retrying,
            tr("%1 The list stays empty and read-only until then; Cronofy Console tries again every %n "
               "second(s).",
                nullptr,
                int(std::chrono::duration_cast<std::chrono::seconds>(m_retry.intervalAsDuration()).count()))
                .arg(problem));
        m_retry.start();
        return;
    }
    setState(State::Stopped, problem);
}

void SharedListLink::setState(State state, const QString &sentence)
{
    if (state == m_state && sentence == m_sentence)
        return;
    m_state = state;
    m_sentence = sentence;
    qCInfo(lcRegistry) << "shared list:" << int(state) << sentence;
    emit stateChanged(state, sentence);
}
