#pragma once

#include "postgres/PostgresAddress.h"

#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>

class QThread;
class Registry;
class SecretStore;

// Keeps the window's shared list connected without ever making the window wait on the network: reads the
// database password from the keychain, tries the server on a thread of its own (a throwaway connection that
// also creates or upgrades the schema), and only once the server answered connects the Registry (which then
// takes a moment on the GUI thread). While the server cannot be reached it tries again every retryInterval,
// and when the Registry loses its connection later it starts over. A wrong password, a refused TLS connection
// or a newer schema need the person, so it stops and says so.
class SharedListLink : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Connecting, // reading the password or trying the server
        Connected,
        Retrying, // the server cannot be reached; trying again
        Stopped, // needs the person (password, TLS, newer schema, keychain): see sentence()
    };
    SharedListLink(
        Registry *registry, const PostgresAddress &address, SecretStore *secrets, QObject *parent = nullptr);
    ~SharedListLink() override;

    void start();
    State state() const { return m_state; }
    // What a person reads about the state: empty when connected.
    QString sentence() const { return m_sentence; }
    PostgresAddress address() const { return m_address; }

    void setRetryInterval(std::chrono::milliseconds interval) { m_retry.setInterval(interval); }

signals:
    void stateChanged(SharedListLink::State state, const QString &sentence);

private:
    void probe();
    void probed(const QString &password, int kind, const QString &sentence);
    void setState(State state, const QString &sentence);

    Registry *m_registry;
    PostgresAddress m_address;
    SecretStore *m_secrets;
    QString m_password; // from the keychain, in memory while the window runs
    State m_state = State::Connecting;
    QString m_sentence;
    QTimer m_retry;
    QThread *m_probe = nullptr;
};
