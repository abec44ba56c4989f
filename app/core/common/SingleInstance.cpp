#include "common/SingleInstance.h"

#include "common/LogCategories.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QStandardPaths>

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

bool SingleInstance::tryToBecomePrimary()
{
    if (m_primary)
        return true;
    m_lock = std::make_unique<QLockFile>(m_lockPath);
    // 0: never treat a lock as stale because of its age (a window may run for weeks). QLockFile still
    // detects a lock whose process is gone (kill -9, crash) and takes it over in tryLock().
    m_lock->setStaleLockTime(0);
    if (m_lock->tryLock(0))
        return listen();

    if (m_lock->error() != QLockFile::LockFailedError) {
        // Cannot even write the lock file: run anyway rather than refuse to start.
        qCWarning(lcUi) << "single instance: cannot create the lock file" << m_lockPath;
        return listen();
    }
    if (askPrimaryToActivate())
        return false;

    // The lock's process exists but nobody answers on its socket: a hung or half-dead instance, or a pid
    // reused by another program after a crash. KeePassXC takes over in this case; so do we.
    qCWarning(lcUi) << "single instance: the lock holder does not answer; taking over the stale lock";
    m_lock->removeStaleLockFile();
    if (m_lock->tryLock(0))
        return listen();
    return askPrimaryToActivate() ? false : listen();
}

bool SingleInstance::listen()
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
    return true;
}

bool SingleInstance::askPrimaryToActivate()
{
    // The secondary exits right after this, so it may block briefly: waitFor* here never runs inside the
    // primary's event loop. Three short tries, as KeePassXC does, before calling the lock stale.
    for (int attempt = 0; attempt < 3; ++attempt) {
        QLocalSocket socket;
        socket.connectToServer(m_serverName);
        if (!socket.waitForConnected(500))
            continue;
        socket.write(activateMessage);
        if (!socket.waitForBytesWritten(500))
            continue;
        // The answer proves a live primary read the message (a dead one's socket would not answer).
        while (socket.bytesAvailable() < answer.size() && socket.waitForReadyRead(1000)) { }
        if (socket.readAll().startsWith(answer))
            return true;
    }
    return false;
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
