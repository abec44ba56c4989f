#include "common/SingleInstance.h"

#include "common/LogCategories.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>

namespace {

const QByteArray activateMessage = QByteArrayLiteral("activate\n");
const QByteArray answer = QByteArrayLiteral("ok\n");

QString userName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user;
}

} // namespace

SingleInstance::SingleInstance(const QString &key, QObject *parent)
    : QObject(parent)
{
    // RuntimeLocation is private to the user (0700) and cleared at logout; TempLocation is the fallback
    // where it does not exist, so the name carries the user as well. A short hash keeps the socket path
    // under the 108 bytes a Unix socket name may have.
    QString folder = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (folder.isEmpty() || !QDir().mkpath(folder))
        folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
    const QByteArray hash = QCryptographicHash::hash(
        (key + QLatin1Char('\n') + userName()).toUtf8(), QCryptographicHash::Sha256)
                                .toHex()
                                .left(16);
    const QString name = QStringLiteral("cronofy-console-") + QString::fromLatin1(hash);
    m_lockPath = folder + QLatin1Char('/') + name + QStringLiteral(".lock");
#ifdef Q_OS_WIN
    m_serverName = name; // a named pipe, not a path
#else
    m_serverName = folder + QLatin1Char('/') + name + QStringLiteral(".sock");
#endif
}

SingleInstance::~SingleInstance()
{
    if (m_server)
        m_server->close();
    if (m_lock)
        m_lock->unlock();
}

void SingleInstance::start()
{
    if (m_decided || m_lock)
        return;
    m_lock = std::make_unique<QLockFile>(m_lockPath);
    // 0: never treat a lock as stale because of its age (a window may run for weeks). QLockFile still
    // detects a lock whose process is gone (kill -9, crash) and takes it over in tryLock().
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0)) {
        becomePrimary();
        return;
    }
    if (m_lock->error() != QLockFile::LockFailedError) {
        // Cannot even write the lock file: run anyway rather than refuse to start.
        qCWarning(lcUi) << "single instance: cannot create the lock file" << m_lockPath;
        becomePrimary();
        return;
    }
    m_attemptTimer = new QTimer(this);
    m_attemptTimer->setSingleShot(true);
    connect(m_attemptTimer, &QTimer::timeout, this, &SingleInstance::onAttemptFailed);
    askPrimary();
}

void SingleInstance::becomePrimary()
{
    m_primary = true;
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (!m_server->listen(m_serverName)) {
        // A socket file left by a crashed instance: we hold the lock, so it is not anyone's.
        QLocalServer::removeServer(m_serverName);
        if (!m_server->listen(m_serverName))
            qCWarning(lcUi) << "single instance: cannot listen:" << m_server->errorString();
    }
    decide(Role::Primary);
}

// One attempt: connect, send the message, wait for the answer; the answer proves a live primary read it
// (a dead one's socket would not answer). Three attempts, as KeePassXC makes, before calling the lock stale.
void SingleInstance::askPrimary()
{
    ++m_attempts;
    m_asking = new QLocalSocket(this);
    QLocalSocket *socket = m_asking;
    connect(socket, &QLocalSocket::connected, socket, [socket]() { socket->write(activateMessage); });
    connect(socket, &QLocalSocket::readyRead, this, &SingleInstance::onAnswerRead);
    connect(socket, &QLocalSocket::errorOccurred, this, &SingleInstance::onAttemptFailed);
    m_attemptTimer->start(m_attemptTimeoutMs);
    socket->connectToServer(m_serverName);
}

void SingleInstance::onAnswerRead()
{
    if (!m_asking || m_asking->bytesAvailable() < answer.size())
        return;
    const bool answered = m_asking->read(answer.size()) == answer;
    if (!answered) {
        onAttemptFailed();
        return;
    }
    m_attemptTimer->stop();
    m_asking->disconnect(this);
    m_asking->deleteLater();
    m_asking = nullptr;
    decide(Role::Secondary);
}

void SingleInstance::onAttemptFailed()
{
    if (!m_asking || m_decided)
        return; // a late signal of an attempt already given up
    m_attemptTimer->stop();
    m_asking->disconnect(this);
    m_asking->abort();
    m_asking->deleteLater();
    m_asking = nullptr;
    if (m_attempts < 3) {
        // A primary that has just taken the lock may not listen yet: give it a moment.
        QTimer::singleShot(100, this, &SingleInstance::askPrimary);
        return;
    }
    takeOverStaleLock();
}

void SingleInstance::takeOverStaleLock()
{
    // The lock's process exists but nobody answers on its socket: a hung or half-dead instance, or a pid
    // reused by another program after a crash. KeePassXC starts anyway in this case; so do we. A holder that
    // is still alive keeps its native lock, so the file cannot be taken: run all the same (SQLite serialises
    // the two writers) rather than refuse to start; our socket then answers later launches.
    qCWarning(lcUi) << "single instance: the lock holder does not answer; taking over its lock";
    m_lock->removeStaleLockFile();
    if (!m_lock->tryLock(0))
        qCWarning(lcUi) << "single instance: the lock is still held; running as a second instance";
    becomePrimary();
}

void SingleInstance::decide(Role role)
{
    if (m_decided)
        return;
    m_decided = true;
    emit decided(role);
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket]() {
            if (!socket->canReadLine())
                return;
            const QByteArray line = socket->readLine(64);
            if (line == activateMessage) {
                socket->write(answer);
                socket->flush();
                emit activationRequested();
            }
            socket->disconnectFromServer();
        });
    }
}
