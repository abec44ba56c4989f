#pragma once

#include <QAbstractHttpServer>
#include <QtGlobal>

class SandboxServer;
class QTcpSocket;
struct SandboxReply;

// The QtHttpServer side: turns each QHttpServerRequest into a SandboxRequest, asks SandboxServer for the
// answer and delivers it, with the delivery faults (delay, reset, trickle, streamed body).
//
// Qt 6.4 hands handleRequest() the QTcpSocket, so answers are written on the socket directly and every
// fault works. From Qt 6.5 the API gives a QHttpServerResponder instead and no socket: there, delay still
// works (the responder is kept and used later), a streamed body is built in memory, trickle is sent late
// instead of slowly, and reset cannot be done: it answers 502 with Connection: close.
class SandboxHttpFrontend : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit SandboxHttpFrontend(SandboxServer *server);

protected:
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    bool handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &responder) override;
#else
    void missingHandler(const QHttpServerRequest &request, QHttpServerResponder &&responder) override;
#endif
#else
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;
#endif

private:
#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)
    static void deliver(QTcpSocket *socket, const SandboxReply &reply, bool keepAlive);
#endif
    SandboxServer *m_server;
};
