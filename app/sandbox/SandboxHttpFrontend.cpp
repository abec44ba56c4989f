#include "SandboxHttpFrontend.h"

#include "SandboxHttp.h"
#include "SandboxServer.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#include <QHttpServerResponse>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#endif
#endif

#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return QStringLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QStringLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QStringLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QStringLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QStringLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QStringLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QStringLiteral("PATCH");
    case QHttpServerRequest::Method::Connect:
        return QStringLiteral("CONNECT");
    case QHttpServerRequest::Method::Trace:
        return QStringLiteral("TRACE");
    default:
        return QStringLiteral("UNKNOWN");
    }
}

SandboxRequest toSandboxRequest(const QHttpServerRequest &request)
{
    SandboxRequest r;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    const auto pairs = request.headers().toListOfPairs();
#else
    const auto pairs = request.headers();
#endif
    for (const auto &pair : pairs)
        r.headers.insert(pair.first.toLower(), pair.second);
    r.body = request.body();
    r.peer = request.remoteAddress();
    return r;
}

// The body of a size=N fault: {"padding":"xxxx..."} of exactly N bytes (just x's when N < 14), produced
// piece by piece so a 10 MB answer is never held in memory at once.
class PaddingBody
{
public:
    explicit PaddingBody(qint64 size)
        : m_size(size)
    { }
    qint64 size() const { return m_size; }
    QByteArray chunk(qint64 offset, qint64 length) const
    {
        static const QByteArray prefix = QByteArrayLiteral("{\"padding\":\"");
        static const QByteArray suffix = QByteArrayLiteral("\"}");
        length = qMin(length, m_size - offset);
        QByteArray out(length, 'x');
        if (m_size >= prefix.size() + suffix.size()) {
            for (qint64 i = offset; i < qMin<qint64>(offset + length, prefix.size()); ++i)
                out[i - offset] = prefix.at(i);
            const qint64 suffixStart = m_size - suffix.size();
            for (qint64 i = qMax(offset, suffixStart); i < offset + length; ++i)
                out[i - offset] = suffix.at(i - suffixStart);
        }
        return out;
    }

private:
    qint64 m_size;
};

} // namespace

SandboxHttpFrontend::SandboxHttpFrontend(SandboxServer *server)
    : QAbstractHttpServer(server)
    , m_server(server)
{ }

#if QT_VERSION < QT_VERSION_CHECK(6, 5, 0)

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 307:
        return QByteArrayLiteral("Temporary Redirect");
    case 308:
        return QByteArrayLiteral("Permanent Redirect");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 402:
        return QByteArrayLiteral("Payment Required");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 413:
        return QByteArrayLiteral("Payload Too Large");
    case 422:
        return QByteArrayLiteral("Unprocessable Entity");
    case 423:
        return QByteArrayLiteral("Locked");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 502:
        return QByteArrayLiteral("Bad Gateway");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    case 504:
        return QByteArrayLiteral("Gateway Timeout");
    default:
        return QByteArrayLiteral("Status");
    }
}

// Closes with a TCP RST (SO_LINGER 0) instead of an orderly FIN, as a crashing peer or a middlebox does.
void resetConnection(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const qintptr fd = socket->socketDescriptor();
    if (fd >= 0) {
        struct linger l
        {
        };
        l.l_onoff = 1;
        l.l_linger = 0;
        ::setsockopt(int(fd), SOL_SOCKET, SO_LINGER, &l, sizeof l);
    }
#endif
    socket->abort();
    socket->deleteLater();
}

void finish(QTcpSocket *socket, bool keepAlive)
{
    if (!keepAlive)
        socket->disconnectFromHost();
}

// Writes bytes at a fixed rate, in ten slices a second; lives and dies with its socket.
class Trickler : public QObject
{
public:
    Trickler(QTcpSocket *socket, QByteArray bytes, int bytesPerSecond, bool keepAlive)
        : QObject(socket)
        , m_socket(socket)
        , m_bytes(std::move(bytes))
        , m_slice(qMax(1, bytesPerSecond / 10))
        , m_keepAlive(keepAlive)
    {
        connect(&m_timer, &QTimer::timeout, this, &Trickler::tick);
        m_timer.start(100);
        tick();
    }

private:
    void tick()
    {
        const QByteArray slice = m_bytes.mid(m_offset, m_slice);
        m_socket->write(slice);
        m_offset += slice.size();
        if (m_offset >= m_bytes.size()) {
            m_timer.stop();
            finish(m_socket, m_keepAlive);
            deleteLater();
        }
    }

    QTcpSocket *m_socket;
    QByteArray m_bytes;
    qsizetype m_offset = 0;
    int m_slice;
    bool m_keepAlive;
    QTimer m_timer;
};

// Feeds a PaddingBody to the socket as it drains, so at most a few chunks are buffered.
class BodyStreamer : public QObject
{
public:
    BodyStreamer(QTcpSocket *socket, qint64 size, bool keepAlive)
        : QObject(socket)
        , m_socket(socket)
        , m_body(size)
        , m_keepAlive(keepAlive)
    {
        connect(socket, &QTcpSocket::bytesWritten, this, &BodyStreamer::pump);
        pump();
    }

private:
    static constexpr qint64 kChunk = 64 * 1024;
    void pump()
    {
        while (m_offset < m_body.size() && m_socket->bytesToWrite() < 4 * kChunk) {
            const QByteArray chunk = m_body.chunk(m_offset, kChunk);
            m_socket->write(chunk);
            m_offset += chunk.size();
        }
        if (m_offset >= m_body.size()) {
            disconnect(m_socket, nullptr, this, nullptr);
            finish(m_socket, m_keepAlive);
            deleteLater();
        }
    }

    QTcpSocket *m_socket;
    PaddingBody m_body;
    qint64 m_offset = 0;
    bool m_keepAlive;
};

} // namespace

bool SandboxHttpFrontend::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const SandboxRequest sandboxRequest = toSandboxRequest(request);
    const bool keepAlive = sandboxRequest.header("connection").toLower() != "close";
    const SandboxReply reply = m_server->dispatch(sandboxRequest);
    if (reply.delayMs > 0) {
        // The socket is the timer's context: if the client gives up, the socket goes and so does the timer.
        QTimer::singleShot(
            reply.delayMs, socket, [socket, reply, keepAlive] { deliver(socket, reply, keepAlive); });
    } else {
        deliver(socket, reply, keepAlive);
    }
    return true;
}

void SandboxHttpFrontend::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // handleRequest() answers everything; this is only here because the base class requires it.
    SandboxReply reply;
    reply.response = SandboxResponse::empty(404);
    deliver(socket, reply, true);
}

void SandboxHttpFrontend::deliver(QTcpSocket *socket, const SandboxReply &reply, bool keepAlive)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (reply.reset) {
        resetConnection(socket);
        return;
    }
    const SandboxResponse &r = reply.response;
    const bool streamed = reply.streamedBodySize >= 0;
    const qint64 bodySize = streamed ? reply.streamedBodySize : r.body.size();
    QByteArray head = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(r.status) + ' '
        + reasonPhrase(r.status) + QByteArrayLiteral("\r\n");
    if (!r.contentType.isEmpty() && bodySize > 0)
        head += QByteArrayLiteral("Content-Type: ") + r.contentType + QByteArrayLiteral("\r\n");
    head += QByteArrayLiteral("Content-Length: ") + QByteArray::number(bodySize) + QByteArrayLiteral("\r\n");
    for (const auto &h : r.headers)
        head += h.first + QByteArrayLiteral(": ") + h.second + QByteArrayLiteral("\r\n");
    head += keepAlive ? QByteArrayLiteral("Connection: keep-alive\r\n\r\n")
                      : QByteArrayLiteral("Connection: close\r\n\r\n");

    if (reply.trickleBytesPerSecond > 0) {
        QByteArray all = head;
        all += streamed ? PaddingBody(bodySize).chunk(0, bodySize) : r.body;
        new Trickler(socket, std::move(all), reply.trickleBytesPerSecond, keepAlive);
        return;
    }
    socket->write(head);
    if (streamed) {
        new BodyStreamer(socket, bodySize, keepAlive);
        return;
    }
    socket->write(r.body);
    finish(socket, keepAlive);
}

#else // Qt >= 6.5: no socket access, answers go through the QHttpServerResponder.

namespace {

QHttpServerResponse toQtResponse(const SandboxResponse &r)
{
    const auto status = QHttpServerResponder::StatusCode(r.status);
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    QHttpServerResponse response(r.body, status);
    QHttpHeaders headers;
    if (!r.contentType.isEmpty() && !r.body.isEmpty())
        headers.append(QHttpHeaders::WellKnownHeader::ContentType, r.contentType);
    for (const auto &h : r.headers)
        headers.append(h.first, h.second);
    response.setHeaders(std::move(headers));
#else
    QHttpServerResponse response
        = r.body.isEmpty() ? QHttpServerResponse(status) : QHttpServerResponse(r.contentType, r.body, status);
    for (const auto &h : r.headers)
        response.addHeader(h.first, h.second);
#endif
    return response;
}

} // namespace

bool SandboxHttpFrontend::handleRequest(const QHttpServerRequest &request, QHttpServerResponder &responder)
{
    SandboxReply reply = m_server->dispatch(toSandboxRequest(request));
    qint64 delay = reply.delayMs;
    if (reply.streamedBodySize >= 0)
        reply.response.body = PaddingBody(reply.streamedBodySize).chunk(0, reply.streamedBodySize);
    if (reply.trickleBytesPerSecond > 0) // cannot send slowly without the socket: send as late instead
        delay += reply.response.body.size() * 1000 / reply.trickleBytesPerSecond;
    if (reply.reset) { // cannot reset without the socket: the closest is a failed answer that closes
        reply.response = SandboxResponse::empty(502);
        reply.response.headers.append({QByteArrayLiteral("Connection"), QByteArrayLiteral("close")});
    }
    if (delay <= 0) {
        responder.sendResponse(toQtResponse(reply.response));
        return true;
    }
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QTimer::singleShot(int(qMin<qint64>(delay, std::numeric_limits<int>::max())), this,
        [held, response = reply.response] { held->sendResponse(toQtResponse(response)); });
    return true;
}

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
void SandboxHttpFrontend::missingHandler(const QHttpServerRequest &, QHttpServerResponder &responder)
#else
void SandboxHttpFrontend::missingHandler(const QHttpServerRequest &, QHttpServerResponder &&responder)
#endif
{
    responder.sendResponse(QHttpServerResponse(QHttpServerResponder::StatusCode::NotFound));
}

#endif
