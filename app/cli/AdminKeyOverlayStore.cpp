#include "AdminKeyOverlayStore.h"

AdminKeyOverlayStore::AdminKeyOverlayStore(
    SecretStore *inner, const QString &key, const QString &value, QObject *parent)
    : SecretStore(parent)
    , m_inner(inner)
    , m_key(key)
    , m_value(value)
{
    m_inner->setParent(this);
}

AdminKeyOverlayStore::~AdminKeyOverlayStore()
{
    m_value.fill(QLatin1Char('\0'));
}

void AdminKeyOverlayStore::read(const QString &key, QObject *context, ReadCallback done)
{
    if (key != m_key) {
        m_inner->read(key, context, std::move(done));
        return;
    }
    // Asynchronous like every SecretStore: the callback comes from the event loop.
    QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    QMetaObject::invokeMethod(
        this,
        [this, guard, hadContext, done = std::move(done)] {
            if (!hadContext || guard)
                done(m_value, SecretError());
        },
        Qt::QueuedConnection);
}

void AdminKeyOverlayStore::write(
    const QString &key, const QString &value, QObject *context, DoneCallback done)
{
    m_inner->write(key, value, context, std::move(done));
}

void AdminKeyOverlayStore::remove(const QString &key, QObject *context, DoneCallback done)
{
    m_inner->remove(key, context, std::move(done));
}

QStringList AdminKeyOverlayStore::knownKeys() const
{
    return m_inner->knownKeys();
}
