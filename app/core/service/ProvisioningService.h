#pragma once

#include "accounts/AccountList.h"
#include "api/ApiError.h"
#include "api/ApiTypes.h"
#include "api/DataCenter.h"
#include "registry/Registry.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

class ApiCall;
class CronofyClient;
class QNetworkAccessManager;

// How a service operation ended: nothing wrong, bad input, or a failure of Cronofy, the keychain or the list.
class ServiceError
{
    Q_DECLARE_TR_FUNCTIONS(ServiceError)

public:
    enum class Source { None, Input, Api, Secrets, Registry };

    static ServiceError input(const QString &sentence, const QString &field = {});
    static ServiceError fromApi(const ApiError &error);
    static ServiceError fromSecrets(const SecretError &error);
    static ServiceError fromRegistry(const RegistryError &error);

    Source source = Source::None;
    ApiError api;
    SecretError secret;
    RegistryError registry;
    QString inputMessage; // Source::Input
    QString inputField; // the form field it is about, when there is one

    bool ok() const { return source == Source::None; }
    bool isCancelled() const { return source == Source::Api && api.kind == ApiError::Kind::Cancelled; }
    // The sentence for a person: what happened and what to do next.
    QString message() const;
};

// A running service operation; cancel() ends it (the callback then gets a cancelled ApiError). Deletes itself
// after finished().
class ServiceJob : public QObject
{
    Q_OBJECT

public:
    explicit ServiceJob(QObject *parent = nullptr);
    void cancel();
    bool isCancelled() const { return m_cancelled; }
    // Used by the service: the API call currently in flight for this job, and what cancel() does when no call
    // is in flight (e.g. while the keychain is being read).
    void setCurrentCall(ApiCall *call);
    void setCancelHandler(std::function<void()> handler) { m_cancelHandler = std::move(handler); }
    void finish();

signals:
    void finished();

private:
    QPointer<ApiCall> m_call;
    std::function<void()> m_cancelHandler;
    bool m_cancelled = false;
    bool m_finished = false;
};

// The result of creating an application. The client_secret is in `credentials` whatever happened: Cronofy
// shows it only once, so when secretError is not ok the caller MUST keep showing it (or print it) until the
// person confirms they stored it elsewhere, and offer storeClientSecret() again.
struct CreatedApplication
{
    ApplicationCredentials credentials;
    SecretError secretError; // the keychain write of the client_secret
    RegistryError registryError; // the row in the kept list
    bool secretStored() const { return secretError.ok(); }
};

struct CalendarVerification
{
    CalendarCredentials credentials; // fresh tokens from re-provisioning (idempotent)
    UserInfo userInfo;
    QList<CalendarInfo> calendars;
    // True when userinfo is active and exactly one writable primary calendar is listed.
    bool healthy() const;
};

// The operations of the console and cronofyctl, each in the same order every time:
// read secrets from the keychain -> call Cronofy -> keep any new secret in the keychain first -> write the
// row -> log the operation. The window and the command line call only this (and BulkProvisioner for bulk
// work).
class ProvisioningService : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const T &result, const ServiceError &error)>;
    using DoneCallback = std::function<void(const ServiceError &error)>;

    ProvisioningService(
        Registry *registry, SecretStore *secrets, QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ProvisioningService() override;

    Registry *registry() const { return m_registry; }
    SecretStore *secrets() const { return m_secrets; }
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    // A client for one data center, with this service's settings (for BulkProvisioner).
    CronofyClient *createClient(const DataCenter &dataCenter, QObject *parent) const;
    // The window's offline sandbox at its current URL: rows kept under the storage key "sandbox" go there.
    void setSandbox(const DataCenter &sandbox) { m_sandbox = sandbox; }
    // The data center an application's row names ("us".."uk", "sandbox", a base URL).
    DataCenter dataCenterOf(const QString &clientId, ServiceError *error) const;

    // The admin API key of the account named after a data center (AccountList::forDataCenter()), as v0.1 kept
    // one key per data center; storing it lists that account.
    void storeAdminKey(const DataCenter &dataCenter, const QString &key, QObject *context, DoneCallback done);
    void removeAdminKey(const DataCenter &dataCenter, QObject *context, DoneCallback done);
    void hasAdminKey(const DataCenter &dataCenter, QObject *context, Callback<bool> done);

    // Accounts (AccountOperations.cpp): any number of admin API keys, each named by the person, each in its
    // own keychain entry. Every one checks its input first and changes nothing when it fails.
    // Adds an account and stores its key.
    void addAccount(const QString &name, const DataCenter &dataCenter, const QString &key, QObject *context,
        DoneCallback done);
    // Renames it: its key moves to the new name's entry (written first, the old one removed after), and the
    // applications it created name it by the new name.
    void renameAccount(const QString &oldName, const QString &newName, QObject *context, DoneCallback done);
    // Replaces its key (after a rotation in the dashboard, or a key that Cronofy refused).
    void replaceAccountKey(const QString &name, const QString &key, QObject *context, DoneCallback done);
    // Removes its key and the account; the applications it created stay listed.
    void removeAccount(const QString &name, QObject *context, DoneCallback done);
    void hasAccountKey(const Account &account, QObject *context, Callback<bool> done);
    // The account to create an application with: the one named (when `name` is not empty; it must be in
    // `dataCenter` when both are given), else the only account of `dataCenter` (or the one it would have).
    // An error of Source::Input when there is no such account, or several in that data center.
    static ServiceError chooseAccount(
        const QString &name, const std::optional<DataCenter> &dataCenter, Account *account);
    // Whether `name` may name a new account (or, with `renaming`, that account's new name).
    static ServiceError validateAccountName(const QString &name, const QString &renaming = {});

    // Validates the input, reads the account's admin key, POST /v1/applications, writes the client_secret to
    // the keychain, then the row (secret state Stored or NotStored, and the account), then the log.
    ServiceJob *createApplication(const Account &account, const NewApplication &application, QObject *context,
        Callback<CreatedApplication> done);
    // With the account named after the data center (AccountList::forDataCenter()).
    ServiceJob *createApplication(const DataCenter &dataCenter, const NewApplication &application,
        QObject *context, Callback<CreatedApplication> done);
    // Stores (or replaces, after a rotation in Cronofy's dashboard) an application's client_secret and marks
    // the row Stored.
    void storeClientSecret(
        const QString &clientId, const QString &clientSecret, QObject *context, DoneCallback done);
    // Adds an application made in Cronofy's dashboard. The credentials are checked with a harmless revoke of
    // a random token (401 means they are wrong); then the secret is stored, then the row.
    ServiceJob *importApplication(const DataCenter &dataCenter, const ClientCredentials &client,
        const QString &name, QObject *context, DoneCallback done);
    // The application's client_id and client_secret (from the keychain).
    void clientCredentials(const QString &clientId, QObject *context, Callback<ClientCredentials> done);

    // POST /v1/application_calendars; the row is added or updated. The tokens are returned, never stored.
    ServiceJob *provisionCalendar(const QString &clientId, const QString &applicationCalendarId,
        QObject *context, Callback<CalendarCredentials> done);
    // Fresh tokens (provision again), then GET /v1/userinfo and GET /v1/calendars.
    ServiceJob *verifyCalendar(const QString &clientId, const QString &applicationCalendarId,
        QObject *context, Callback<CalendarVerification> done);
    // POST /oauth/token/revoke by sub; the row is marked revoked.
    ServiceJob *revokeCalendar(
        const QString &clientId, const QString &sub, QObject *context, DoneCallback done);
    // POST /v1/application_verification.
    ServiceJob *submitVerification(
        const QString &clientId, const VerificationRequest &request, QObject *context, DoneCallback done);

    // The operation log. Fills each entry's time and account when unset (accountOf()) and writes them in one
    // transaction. Entries never hold a secret or a token.
    RegistryError logOperations(QList<OperationRecord> entries);
    // The one place an entry's account is named when its caller did not: the account that created its
    // application, else the account named after its data center.
    QString accountOf(const OperationRecord &entry) const;

    // Input checks shared by the window and the command line (empty, too long, control characters...).
    // Return an error of Source::Input naming the field, or ok.
    static ServiceError validateApplication(const NewApplication &application);
    static ServiceError validateCalendarId(const QString &applicationCalendarId);
    static ServiceError validateVerification(const VerificationRequest &request);
    // An admin API key, client_id or client_secret as pasted (trimmed by the caller first).
    static ServiceError validateCredentialText(const QString &value, const QString &field);

signals:
    // An application was created although its caller cancelled while Cronofy was answering (the request had
    // already been sent). Its secret went to the keychain like any other; when that failed, the window must
    // show it now, because Cronofy will not show it again.
    void applicationCreatedAfterCancel(const CreatedApplication &created);

private:
    // What a log entry is on. An empty data center is the application's.
    struct LogSubject
    {
        QString target;
        QString clientId;
        QString calendar;
        QString dataCenter;
    };
    // `account`: the account the operation used; empty: accountOf() names it.
    void log(const QString &action, const LogSubject &subject, const ServiceError &error,
        const QString &account = {});
    void storeAccountKey(const Account &account, const QString &key, const QString &action, QObject *context,
        DoneCallback done);
    void storeCreatedApplication(const Account &account, const NewApplication &application,
        const ApplicationCredentials &credentials, std::function<void(const CreatedApplication &)> done);

    Registry *m_registry;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_nam;
    DataCenter m_sandbox;
    std::chrono::milliseconds m_timeout {30000};
};
