// Every fault the sandbox can inject, through the real ProvisioningService over a loopback socket: each one
// ends in its own sentence that says what to do next (no raw JSON or HTML, no secret), nothing half-written
// in the registry or the keychain, and a redirect never carries credentials to another origin.
#include "MemorySecretStore.h"
#include "PlaintextScan.h"
#include "SandboxProcess.h"
#include "TestEnvironment.h"
#include "api/CronofyClient.h"
#include "registry/Registry.h"
#include "service/ProvisioningService.h"

#include <QHash>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

template<typename T>
struct Outcome
{
    bool done = false;
    T result {};
    ServiceError error;
    auto callback()
    {
        return [this](const T &r, const ServiceError &e) {
            done = true;
            result = r;
            error = e;
        };
    }
};

// Another origin (127.0.0.1 on another port) that records every byte anyone sends it and never answers.
class OtherOrigin : public QObject
{
public:
    OtherOrigin()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++connections;
                connect(
                    socket, &QTcpSocket::readyRead, this, [this, socket] { received += socket->readAll(); });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString url(const QString &path) const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path);
    }
    int connections = 0;
    QByteArray received;

private:
    QTcpServer m_server;
};

// Streams an endless-looking JSON body with no Content-Length, a chunk at a time as the client drains it,
// and records how much it managed to hand over before the client hung up.
class EndlessBodyServer : public QObject
{
public:
    // Far more than the kernel's loopback buffers hold (a few MB), so only a client that hangs up early
    // keeps the server from handing it all over.
    static constexpr qint64 kTotal = 64 * 1000 * 1000;
    static constexpr qint64 kChunk = 64 * 1024;

    EndlessBodyServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_answering && m_request.contains("\r\n\r\n")) {
                        m_answering = true;
                        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: "
                                      "close\r\n\r\n{\"padding\":\"");
                        feed(socket);
                    }
                });
                connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { feed(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this] { clientGone = true; });
            }
        });
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }
    qint64 handedOver = 0;
    bool clientGone = false;

private:
    void feed(QTcpSocket *socket)
    {
        if (!m_answering || socket->state() != QAbstractSocket::ConnectedState)
            return;
        while (socket->bytesToWrite() < 2 * kChunk && handedOver < kTotal) {
            socket->write(QByteArray(kChunk, 'x'));
            handedOver += kChunk;
        }
    }
    QTcpServer m_server;
    QByteArray m_request;
    bool m_answering = false;
};

} // namespace

class TstFaultMatrix final : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    OtherOrigin m_other;
    QTemporaryDir m_dir;
    std::unique_ptr<Registry> m_registry;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ProvisioningService> m_service;
    QString m_clientId;
    QString m_clientSecret;
    // sentence -> the row that produced it, per operation: no two faults may read the same.
    QHash<QString, QHash<QString, QString>> m_seen;
    int m_row = 0;

    DataCenter dc() const { return m_sandbox.dataCenter(); }
    QMap<QString, QString> secrets() const
    {
        return {{QStringLiteral("admin API key"), m_sandbox.adminKey()},
            {QStringLiteral("client secret"), m_clientSecret}};
    }

private slots:
    void initTestCase()
    {
        TestEnvironment::prepare();
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
        QVERIFY(m_other.listen());
        QVERIFY(m_dir.isValid());
        auto opened = Registry::open(m_dir.filePath(QStringLiteral("registry.sqlite")));
        QVERIFY2(opened.registry, qPrintable(opened.error.message()));
        m_registry = std::move(opened.registry);
        m_secrets = std::make_unique<MemorySecretStore>();
        m_nam = std::make_unique<QNetworkAccessManager>();
        m_service = std::make_unique<ProvisioningService>(m_registry.get(), m_secrets.get(), m_nam.get());
        m_service->setTimeout(std::chrono::seconds(10));

        bool stored = false;
        m_service->storeAdminKey(dc(), m_sandbox.adminKey(), this, [&](const ServiceError &e) {
            QVERIFY2(e.ok(), qPrintable(e.message()));
            stored = true;
        });
        QTRY_VERIFY(stored);
        Outcome<CreatedApplication> created;
        m_service->createApplication(dc(),
            {QStringLiteral("Fault matrix"), QStringLiteral("https://faults.example")}, this,
            created.callback());
        QTRY_VERIFY_WITH_TIMEOUT(created.done, 15000);
        QVERIFY2(created.error.ok(), qPrintable(created.error.message()));
        QVERIFY(created.result.secretStored());
        m_clientId = created.result.credentials.clientId;
        m_clientSecret = created.result.credentials.clientSecret;
    }

    void cleanup()
    {
        QVERIFY(m_sandbox.clearFaults());
        m_service->setTimeout(std::chrono::seconds(10));
    }

    void fault_data()
    {
        QTest::addColumn<QString>("operation"); // "create" (application) or "calendar" (provision)
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<int>("kind"); // ApiError::Kind
        QTest::addColumn<int>("status"); // expected httpStatus, -1 = any

        using K = ApiError::Kind;
        const QString error422
            = QStringLiteral(R"({"errors":{"%1":[{"key":"errors.required","description":"required"}]}})");
        for (const QString &op : {QStringLiteral("create"), QStringLiteral("calendar")}) {
            auto row
                = [&](const char *name, const QJsonObject &fault, K kind, int status, int timeoutMs = 10000) {
                      QTest::addRow("%s/%s", qPrintable(op), name)
                          << op << fault << timeoutMs << int(kind) << status;
                  };
            const QString field = op == QLatin1String("create") ? QStringLiteral("name")
                                                                : QStringLiteral("application_calendar_id");
            row("hanging server", {{QStringLiteral("delay"), 600000}}, K::Timeout, 0, 1000);
            row("connection reset", {{QStringLiteral("reset"), true}}, K::Network, 0);
            row("500", {{QStringLiteral("status"), 500}}, K::HttpServerError, 500);
            row("502 html", {{QStringLiteral("status"), 502}, {QStringLiteral("html"), true}},
                K::HttpServerError, 502);
            row("malformed json", {{QStringLiteral("malformed"), true}}, K::MalformedResponse, 200);
            row("wrong types", {{QStringLiteral("wrong-types"), true}}, K::MalformedResponse, 200);
            row("missing fields", {{QStringLiteral("missing-fields"), true}}, K::MalformedResponse, 200);
            row("10 MB body", {{QStringLiteral("size"), 10 * 1000 * 1000}}, K::TooLarge, 0);
            // The status line arrives within about a second, the body would take 20 s.
            row("slow trickle", {{QStringLiteral("size"), 2000}, {QStringLiteral("trickle"), 100}},
                K::Timeout, 0, 3000);
            for (int status : {401, 402, 403, 404, 423})
                row(qPrintable(QString::number(status)), {{QStringLiteral("status"), status}},
                    K::HttpClientError, status);
            row("422 field messages",
                {{QStringLiteral("status"), 422}, {QStringLiteral("body"), error422.arg(field)}},
                K::HttpClientError, 422);
            row("429 with Retry-After",
                {{QStringLiteral("status"), 429}, {QStringLiteral("retry-after"), 30}}, K::HttpClientError,
                429);
            row("429 without Retry-After", {{QStringLiteral("status"), 429}}, K::HttpClientError, 429);
            row("redirect to another origin", {{QStringLiteral("redirect"), QStringLiteral("other")}},
                K::Redirect, -1);
        }
    }

    void fault()
    {
        QFETCH(QString, operation);
        QFETCH(QJsonObject, fault);
        QFETCH(int, timeoutMs);
        QFETCH(int, kind);
        QFETCH(int, status);
        const bool create = operation == QLatin1String("create");
        const QString path
            = create ? QStringLiteral("/v1/applications") : QStringLiteral("/v1/application_calendars");
        fault.insert(QStringLiteral("path"), path);
        if (fault.contains(QStringLiteral("redirect")))
            fault.insert(QStringLiteral("redirect"), m_other.url(path));
        QVERIFY(m_sandbox.addFault(fault));
        m_service->setTimeout(std::chrono::milliseconds(timeoutMs));

        const QList<ApplicationRecord> appsBefore = m_registry->applications();
        const QStringList keysBefore = m_secrets->knownKeys();
        const int activeBefore = int(m_registry->activeCalendarIds(m_clientId).size());
        const QString calendarId = QStringLiteral("fault-row-%1").arg(++m_row);

        ServiceError error;
        bool done = false;
        if (create) {
            m_service->createApplication(dc(),
                {QStringLiteral("Faulty %1").arg(m_row), QStringLiteral("https://faulty.example")}, this,
                [&](const CreatedApplication &, const ServiceError &e) {
                    error = e;
                    done = true;
                });
        } else {
            m_service->provisionCalendar(
                m_clientId, calendarId, this, [&](const CalendarCredentials &, const ServiceError &e) {
                    error = e;
                    done = true;
                });
        }
        QTRY_VERIFY_WITH_TIMEOUT(done, timeoutMs + 20000);

        // The failure, classified.
        QVERIFY2(!error.ok(), "the fault was not noticed");
        QCOMPARE(error.source, ServiceError::Source::Api);
        QCOMPARE(int(error.api.kind), kind);
        if (status >= 0)
            QCOMPARE(error.api.httpStatus, status);

        // Its own sentence, in words, that says what to do next.
        const QString message = error.message();
        QVERIFY(!message.trimmed().isEmpty());
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        const QString earlier = m_seen[operation].value(message);
        QVERIFY2(
            earlier.isEmpty(), qPrintable(QStringLiteral("same sentence as %1: %2").arg(earlier, message)));
        m_seen[operation].insert(message, row);
        static const QRegularExpression nextStep(
            QStringLiteral(
                "\\b(check|try|wait|enter|provision|upgrade|ask|correct|start|copy|contact|refresh)\\b"),
            QRegularExpression::CaseInsensitiveOption);
        QVERIFY2(message.contains(nextStep), qPrintable(message));
        for (const char *raw : {"{", "}", "<", ">", "injected", "nginx", "padding", "unprocessable_entity",
                 "too_many_requests", "\\n"})
            QVERIFY2(!message.contains(QLatin1String(raw)), qPrintable(message));

        // No secret in the sentence or the technical details.
        const auto findings = PlaintextScan::scanBytes(QStringLiteral("sentence and details"),
            (message + QLatin1Char('\n') + error.api.detail).toUtf8(), secrets());
        QVERIFY2(findings.isEmpty(), qPrintable(PlaintextScan::describe(findings)));

        // The specifics some rows promise.
        if (status == 422) {
            const QString field = create ? QStringLiteral("name") : QStringLiteral("application_calendar_id");
            QCOMPARE(error.api.fieldErrors.value(field), QStringList {QStringLiteral("required")});
            QVERIFY2(message.contains(
                         create ? QStringLiteral("Name: required") : QStringLiteral("Calendar ID: required")),
                qPrintable(message));
        }
        if (status == 429) {
            if (row.contains(QLatin1String("with Retry")))
                QCOMPARE(error.api.retryAfter.value_or(std::chrono::seconds(-1)), std::chrono::seconds(30));
            else
                QVERIFY(!error.api.retryAfter);
            QVERIFY(error.api.isTransient());
        }
        if (kind == int(ApiError::Kind::Timeout))
            QCOMPARE(error.api.answerStarted, row.contains(QLatin1String("trickle")));
        if (status == 423 && create) // the application call has no calendar to blame
            QVERIFY2(!message.contains(QLatin1String("calendar")), qPrintable(message));
        if (kind == int(ApiError::Kind::Redirect)) {
            // Qt refused to follow before connecting: not one byte (no Authorization, no body) went there.
            QCOMPARE(m_other.connections, 0);
            QVERIFY(!m_other.received.toLower().contains("authorization"));
            const auto leaked
                = PlaintextScan::scanBytes(QStringLiteral("other origin"), m_other.received, secrets());
            QVERIFY2(leaked.isEmpty(), qPrintable(PlaintextScan::describe(leaked)));
            QCOMPARE(m_other.received.size(), qsizetype(0));
        }

        // Nothing half-written: no new application, no new secret, no calendar row that looks provisioned.
        if (create) {
            QCOMPARE(m_registry->applications().size(), appsBefore.size());
            QCOMPARE(m_secrets->knownKeys(), keysBefore);
        } else {
            const auto calendar = m_registry->calendar(m_clientId, calendarId);
            if (calendar) {
                QCOMPARE(calendar->status, CalendarRecord::Status::Failed);
                QVERIFY(calendar->sub.isEmpty());
                QCOMPARE(calendar->lastError, message);
            }
            QCOMPARE(int(m_registry->activeCalendarIds(m_clientId).size()), activeBefore);
        }
        QVERIFY(m_sandbox.isRunning());
    }

    // The rows above leave the service and the sandbox working.
    void stillWorksAfterEveryFault()
    {
        Outcome<CalendarCredentials> provisioned;
        m_service->provisionCalendar(
            m_clientId, QStringLiteral("after-the-faults"), this, provisioned.callback());
        QTRY_VERIFY_WITH_TIMEOUT(provisioned.done, 15000);
        QVERIFY2(provisioned.error.ok(), qPrintable(provisioned.error.message()));
        QVERIFY(provisioned.result.sub.startsWith(QLatin1String("apc_")));
        const auto row = m_registry->calendar(m_clientId, QStringLiteral("after-the-faults"));
        QVERIFY(row);
        QCOMPARE(row->status, CalendarRecord::Status::Active);
    }

    // A body without Content-Length cannot be refused up front: the client must count while reading and hang
    // up at the limit, long before the server has handed over its 64 MB.
    void bodyWithoutLengthIsRefusedWhileReading()
    {
        EndlessBodyServer server;
        QVERIFY(server.listen());
        QString problem;
        const auto local
            = DataCenter::fromBaseUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()), &problem);
        QVERIFY2(local, qPrintable(problem));
        CronofyClient client(m_nam.get(), *local);
        client.setTimeout(std::chrono::seconds(20));
        QCOMPARE(client.maxResponseBytes(), qint64(1024 * 1024));
        ApiError error;
        bool done = false;
        client.listCalendars(
            QStringLiteral("tok"), this, [&](const QList<CalendarInfo> &, const ApiError &e) {
                error = e;
                done = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(done, 25000);
        QCOMPARE(error.kind, ApiError::Kind::TooLarge);
        QVERIFY(!error.message().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(server.clientGone, 10000);
        QVERIFY2(server.handedOver < EndlessBodyServer::kTotal / 2,
            qPrintable(QStringLiteral("the server handed over %1 bytes").arg(server.handedOver)));
    }
};

QTEST_MAIN(TstFaultMatrix)
#include "tst_fault_matrix.moc"
