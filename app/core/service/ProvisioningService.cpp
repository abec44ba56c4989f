#include "service/ProvisioningService.h"

#include "api/CronofyClient.h"
#include "common/LogCategories.h"

#include <QNetworkAccessManager>
#include <QRandomGenerator>

namespace {

// Delivers a result to the caller exactly once, and only if the caller's context object still exists; then
// ends the job. Shared by every step of one operation (and by the job's cancel handler).
template<typename T>
class Completion
{
public:
    Completion(ServiceJob *job, QObject *context, ProvisioningService::Callback<T> done)
        : m_job(job)
        , m_context(context)
        , m_hasContext(context != nullptr)
        , m_done(std::move(done))
    { }

    bool isFinished() const { return m_finished; }
    void finish(const T &result, const ServiceError &error)
    {
        if (m_finished)
            return;
        m_finished = true;
        if (m_done && (!m_hasContext || m_context))
            m_done(result, error);
        m_done = nullptr;
        if (m_job)
            m_job->finish();
    }

private:
    QPointer<ServiceJob> m_job;
    QPointer<QObject> m_context;
    bool m_hasContext;
    ProvisioningService::Callback<T> m_done;
    bool m_finished = false;
};

template<typename T>
std::shared_ptr<Completion<T>> makeCompletion(
    ServiceJob *job, QObject *context, ProvisioningService::Callback<T> done)
{
    auto completion = std::make_shared<Completion<T>>(job, context, std::move(done));
    // Cancelled while no request is in flight (reading the keychain): end now.
    job->setCancelHandler([completion] {
        completion->finish(
            T {}, ServiceError::fromApi(ApiError(ApiError::Kind::Cancelled, ApiOperation::UserInfo)));
    });
    return completion;
}

// Bad input found before anything started: reported from the event loop, once the caller holds the job.
template<typename T>
void finishLater(ServiceJob *job, std::shared_ptr<Completion<T>> completion, const ServiceError &error)
{
    QMetaObject::invokeMethod(
        job, [completion, error] { completion->finish({}, error); }, Qt::QueuedConnection);
}

// The next step of an operation, given what the step before it produced: skipped when the operation has
// ended meanwhile (cancelled), and the operation ends with that step's error instead when it failed.
template<typename Value, typename T, typename Next>
auto thenIfOk(std::shared_ptr<Completion<T>> completion, Next next)
{
    return [completion, next = std::move(next)](const Value &value, const ServiceError &error) {
        if (completion->isFinished())
            return;
        if (!error.ok()) {
            completion->finish({}, error);
            return;
        }
        next(value);
    };
}

ServiceError cancelledError(ApiOperation operation)
{
    return ServiceError::fromApi(ApiError(ApiError::Kind::Cancelled, operation));
}

// A done-callback adapter: the Done-only operations report through Callback<Done>.
ProvisioningService::Callback<Done> adaptDone(ProvisioningService::DoneCallback done)
{
    return [done = std::move(done)](const Done &, const ServiceError &error) {
        if (done)
            done(error);
    };
}

QDateTime nowUtc()
{
    return QDateTime::currentDateTimeUtc();
}

} // namespace

bool CalendarVerification::healthy() const
{
    int writablePrimary = 0;
    for (const CalendarInfo &calendar : calendars) {
        if (calendar.primary && !calendar.readOnly && !calendar.deleted)
            ++writablePrimary;
    }
    return userInfo.authorizationStatus == QLatin1String("active") && writablePrimary == 1;
}

ProvisioningService::ProvisioningService(
    Registry *registry, SecretStore *secrets, QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_registry(registry)
    , m_secrets(secrets)
    , m_nam(nam)
{
    // v0.1 kept one key per data center: each becomes the account named after its data center.
    for (const QString &adopted : AccountList::adoptDataCenterKeys(m_secrets->knownKeys()))
        qCInfo(lcSecrets) << "the admin API key of a data center is now the account" << adopted;
}

ProvisioningService::~ProvisioningService() = default;

CronofyClient *ProvisioningService::createClient(const DataCenter &dataCenter, QObject *parent) const
{
    auto *client = new CronofyClient(m_nam, dataCenter, parent);
    client->setTimeout(m_timeout);
    return client;
}

DataCenter ProvisioningService::dataCenterOf(const QString &clientId, ServiceError *error) const
{
    // A shared list that is not connected: nothing is sent to Cronofy whose result could not be kept.
    if (const RegistryError unavailable = m_registry->availability(); !unavailable.ok()) {
        if (error)
            *error = ServiceError::fromRegistry(unavailable);
        return {};
    }
    const auto application = m_registry->application(clientId);
    if (!application) {
        if (error)
            *error = ServiceError::input(tr("The application %1 is not in the list. Create or import it "
                                            "first.")
                                             .arg(clientId.left(100)),
                QStringLiteral("client_id"));
        return {};
    }
    if (application->dataCenter == QLatin1String("sandbox")) {
        if (!m_sandbox.isValid() && error)
            *error = ServiceError::input(tr("The application %1 was created in the offline sandbox, which is "
                                            "not running. Switch to offline mode in Settings to use it.")
                                             .arg(application->name));
        return m_sandbox;
    }
    QString problem;
    const auto dataCenter = DataCenter::parse(application->dataCenter, &problem);
    if (!dataCenter) {
        if (error)
            *error = ServiceError::input(problem);
        return {};
    }
    return *dataCenter;
}

RegistryError ProvisioningService::logOperations(QList<OperationRecord> entries)
{
    for (OperationRecord &entry : entries) {
        if (!entry.at.isValid())
            entry.at = nowUtc();
        if (entry.account.isEmpty())
            entry.account = accountOf(entry);
    }
    return m_registry->logOperations(entries);
}

QString ProvisioningService::accountOf(const OperationRecord &entry) const
{
    if (!entry.clientId.isEmpty()) {
        if (const auto application = m_registry->application(entry.clientId);
            application && !application->account.isEmpty())
            return application->account;
    }
    // The sandbox's key is not an account a person made; a custom URL parses as itself.
    const std::optional<DataCenter> dataCenter = DataCenter::parse(entry.dataCenter);
    if (!dataCenter || entry.dataCenter == QLatin1String("sandbox"))
        return entry.dataCenter;
    if (const std::optional<Account> account = AccountList::ofDataCenter(*dataCenter))
        return account->name;
    return entry.dataCenter;
}

void ProvisioningService::log(
    const QString &action, const LogSubject &subject, const ServiceError &error, const QString &account)
{
    if (error.isCancelled())
        return;
    OperationRecord record;
    record.action = action;
    record.target = subject.target;
    record.clientId = subject.clientId;
    record.calendar = subject.calendar;
    record.dataCenter = subject.dataCenter;
    record.account = account;
    if (record.dataCenter.isEmpty() && !subject.clientId.isEmpty()) {
        if (const auto application = m_registry->application(subject.clientId))
            record.dataCenter = application->dataCenter;
    }
    record.outcome = error.ok() ? OperationRecord::Outcome::Succeeded : OperationRecord::Outcome::Failed;
    record.httpStatus = error.source == ServiceError::Source::Api ? error.api.httpStatus : 0;
    // The error's sentence: errors are made into sentences without the request's secrets (ApiError).
    record.message = error.message();
    const RegistryError logged = logOperations({record});
    if (!logged.ok())
        qCWarning(lcRegistry) << "could not log operation" << action << logged.detail;
    if (error.ok())
        qCInfo(lcApi) << action << "succeeded for" << subject.target;
    else
        qCInfo(lcApi) << action << "failed for" << subject.target << "-" << error.message();
}

// ---- admin API keys ------------------------------------------------------------------------------------

void ProvisioningService::storeAdminKey(
    const DataCenter &dataCenter, const QString &key, QObject *context, DoneCallback done)
{
    storeAccountKey(AccountList::forDataCenter(dataCenter), key, QStringLiteral("store-admin-key"), context,
        std::move(done));
}

void ProvisioningService::storeAccountKey(
    const Account &account, const QString &key, const QString &action, QObject *context, DoneCallback done)
{
    const QString trimmed = key.trimmed();
    if (const ServiceError invalid = validateCredentialText(trimmed, QStringLiteral("admin_api_key"));
        !invalid.ok()) {
        done(invalid);
        return;
    }
    // The key first: an account is listed only once its key is kept.
    m_secrets->write(
        account.keyEntry, trimmed, context, [this, account, action, done](const SecretError &secretError) {
            const ServiceError error = ServiceError::fromSecrets(secretError);
            if (error.ok())
                AccountList::put(account);
            log(action, {account.name, {}, {}, account.dataCenter.storageKey()}, error, account.name);
            done(error);
        });
}

void ProvisioningService::removeAdminKey(const DataCenter &dataCenter, QObject *context, DoneCallback done)
{
    const Account account = AccountList::forDataCenter(dataCenter);
    m_secrets->remove(account.keyEntry, context, [this, account, done](const SecretError &secretError) {
        // Removing what is not there leaves the wanted state.
        const ServiceError error = secretError.kind == SecretError::Kind::NotFound
            ? ServiceError()
            : ServiceError::fromSecrets(secretError);
        log(QStringLiteral("remove-admin-key"), {account.name, {}, {}, account.dataCenter.storageKey()},
            error, account.name);
        done(error);
    });
}

void ProvisioningService::hasAdminKey(const DataCenter &dataCenter, QObject *context, Callback<bool> done)
{
    hasAccountKey(AccountList::forDataCenter(dataCenter), context, std::move(done));
}

void ProvisioningService::hasAccountKey(const Account &account, QObject *context, Callback<bool> done)
{
    m_secrets->read(account.keyEntry, context, [done](const QString &value, const SecretError &error) {
        if (error.kind == SecretError::Kind::NotFound)
            done(false, {});
        else
            done(error.ok() && !value.isEmpty(), ServiceError::fromSecrets(error));
    });
}

// ---- applications --------------------------------------------------------------------------------------

ServiceJob *ProvisioningService::createApplication(const DataCenter &dataCenter,
    const NewApplication &application, QObject *context, Callback<CreatedApplication> done)
{
    return createApplication(AccountList::forDataCenter(dataCenter), application, context, std::move(done));
}

ServiceJob *ProvisioningService::createApplication(const Account &account, const NewApplication &application,
    QObject *context, Callback<CreatedApplication> done)
{
    const DataCenter dataCenter = account.dataCenter;
    auto *job = new ServiceJob(this);
    auto completion = makeCompletion<CreatedApplication>(job, context, std::move(done));
    NewApplication clean {application.name.trimmed(), application.url.trimmed()};
    ServiceError invalid = validateApplication(clean);
    if (invalid.ok() && !m_registry->isAvailable())
        invalid = ServiceError::fromRegistry(m_registry->availability());
    if (!invalid.ok()) {
        finishLater(job, completion, invalid);
        return job;
    }

    m_secrets->read(account.keyEntry, job,
        [this, job, completion, account, dataCenter, clean](
            const QString &adminKey, const SecretError &secretError) {
            if (completion->isFinished())
                return;
            if (secretError.kind == SecretError::Kind::NotFound || (secretError.ok() && adminKey.isEmpty())) {
                completion->finish({},
                    ServiceError::input(tr("No admin API key is stored for the account “%1” (%2) yet. "
                                           "Enter it in Settings (you find it in the Cronofy dashboard "
                                           "under Admin API), then try again.")
                                            .arg(account.name, dataCenter.displayName()),
                        QStringLiteral("admin_api_key")));
                return;
            }
            if (!secretError.ok()) {
                completion->finish({}, ServiceError::fromSecrets(secretError));
                return;
            }
            CronofyClient *client = createClient(dataCenter, this);
            auto callerGone = std::make_shared<bool>(false);
            // Once the request is on its way Cronofy may create the application whatever we do, and it shows
            // the secret only in this answer: a cancel stops the caller waiting but the answer is still kept.
            job->setCancelHandler([completion, callerGone] {
                *callerGone = true;
                completion->finish({}, cancelledError(ApiOperation::CreateApplication));
            });
            client->createApplication(adminKey, clean, this,
                [this, client, completion, callerGone, account, clean](
                    const ApplicationCredentials &credentials, const ApiError &apiError) {
                    client->deleteLater();
                    if (!apiError.ok()) {
                        ApiError named = apiError;
                        named.accountName = account.name;
                        const ServiceError error = ServiceError::fromApi(named);
                        log(QStringLiteral("create-application"),
                            {clean.name, {}, {}, account.dataCenter.storageKey()}, error, account.name);
                        completion->finish({}, error);
                        return;
                    }
                    AccountList::setLastUsed(account.name);
                    storeCreatedApplication(account, clean, credentials,
                        [this, completion, callerGone](const CreatedApplication &created) {
                            if (*callerGone)
                                emit applicationCreatedAfterCancel(created);
                            else
                                completion->finish(created, {});
                        });
                });
        });
    return job;
}

void ProvisioningService::storeCreatedApplication(const Account &account, const NewApplication &application,
    const ApplicationCredentials &credentials, std::function<void(const CreatedApplication &)> done)
{
    // The secret first: it exists nowhere else. Only then the row, which records whether that worked.
    m_secrets->write(SecretKeys::clientSecret(credentials.clientId), credentials.clientSecret, this,
        [this, account, application, credentials, done](const SecretError &secretError) {
            CreatedApplication created;
            created.credentials = credentials;
            created.secretError = secretError;
            ApplicationRecord record;
            record.clientId = credentials.clientId;
            record.name = application.name;
            record.url = application.url;
            record.dataCenter = account.dataCenter.storageKey();
            record.account = account.name;
            record.origin = ApplicationRecord::Origin::Created;
            record.createdAt = nowUtc();
            record.secretState = secretError.ok() ? ApplicationRecord::SecretState::Stored
                                                  : ApplicationRecord::SecretState::NotStored;
            created.registryError = m_registry->upsertApplication(record);
            if (!secretError.ok())
                qCWarning(lcSecrets) << "client secret of" << credentials.clientId
                                     << "could not be stored:" << secretError.backendMessage;
            log(QStringLiteral("create-application"),
                {credentials.clientId, credentials.clientId, {}, account.dataCenter.storageKey()},
                secretError.ok() ? ServiceError::fromRegistry(created.registryError)
                                 : ServiceError::fromSecrets(secretError),
                account.name);
            done(created);
        });
}

void ProvisioningService::storeClientSecret(
    const QString &clientId, const QString &clientSecret, QObject *context, DoneCallback done)
{
    const QString secret = clientSecret.trimmed();
    if (const ServiceError invalid = validateCredentialText(secret, QStringLiteral("client_secret"));
        !invalid.ok()) {
        done(invalid);
        return;
    }
    m_secrets->write(SecretKeys::clientSecret(clientId), secret, context,
        [this, clientId, done](const SecretError &secretError) {
            ServiceError error = ServiceError::fromSecrets(secretError);
            if (error.ok() && m_registry->application(clientId))
                error = ServiceError::fromRegistry(
                    m_registry->setSecretState(clientId, ApplicationRecord::SecretState::Stored));
            log(QStringLiteral("store-client-secret"), {clientId, clientId, {}, {}}, error);
            done(error);
        });
}

ServiceJob *ProvisioningService::importApplication(const DataCenter &dataCenter,
    const ClientCredentials &client, const QString &name, QObject *context, DoneCallback done)
{
    auto *job = new ServiceJob(this);
    auto completion = makeCompletion<Done>(job, context, adaptDone(std::move(done)));
    const ClientCredentials clean {client.clientId.trimmed(), client.clientSecret.trimmed()};
    ServiceError invalid = validateCredentialText(clean.clientId, QStringLiteral("client_id"));
    if (invalid.ok())
        invalid = validateCredentialText(clean.clientSecret, QStringLiteral("client_secret"));
    const QString displayName = name.trimmed().isEmpty() ? clean.clientId : name.trimmed();
    if (invalid.ok() && displayName.size() > 200)
        invalid = ServiceError::input(
            tr("The name is too long. Use at most 200 characters."), QStringLiteral("name"));
    if (invalid.ok() && !m_registry->isAvailable())
        invalid = ServiceError::fromRegistry(m_registry->availability());
    if (invalid.ok() && m_registry->application(clean.clientId))
        invalid = ServiceError::input(tr("This application is already in the list. To enter a new client "
                                         "secret for it, use Replace client secret."),
            QStringLiteral("client_id"));
    if (!invalid.ok()) {
        finishLater(job, completion, invalid);
        return job;
    }

    // Revoking a random token changes nothing (RFC 7009 answers 200 for unknown tokens) but proves the
    // credentials: wrong ones get 401.
    QByteArray probe(32, Qt::Uninitialized);
    for (char &c : probe)
        c = "abcdefghijklmnopqrstuvwxyz0123456789"[QRandomGenerator::global()->bounded(36)];
    CronofyClient *api = createClient(dataCenter, job);
    ApiCall *call = api->revokeToken(clean, QString::fromLatin1(probe), job,
        [this, completion, dataCenter, clean, displayName](const Done &, const ApiError &apiError) {
            if (!apiError.ok()) {
                const ServiceError error = ServiceError::fromApi(apiError);
                log(QStringLiteral("import-application"),
                    {clean.clientId, clean.clientId, {}, dataCenter.storageKey()}, error);
                completion->finish({}, error);
                return;
            }
            m_secrets->write(SecretKeys::clientSecret(clean.clientId), clean.clientSecret, this,
                [this, completion, dataCenter, clean, displayName](const SecretError &secretError) {
                    ServiceError error = ServiceError::fromSecrets(secretError);
                    if (error.ok()) {
                        ApplicationRecord record;
                        record.clientId = clean.clientId;
                        record.name = displayName;
                        record.dataCenter = dataCenter.storageKey();
                        record.origin = ApplicationRecord::Origin::Imported;
                        record.createdAt = nowUtc();
                        record.secretState = ApplicationRecord::SecretState::Stored;
                        error = ServiceError::fromRegistry(m_registry->upsertApplication(record));
                    }
                    log(QStringLiteral("import-application"),
                        {clean.clientId, clean.clientId, {}, dataCenter.storageKey()}, error);
                    completion->finish({}, error);
                });
        });
    job->setCurrentCall(call);
    return job;
}

void ProvisioningService::clientCredentials(
    const QString &clientId, QObject *context, Callback<ClientCredentials> done)
{
    const auto application = m_registry->application(clientId);
    if (!application) {
        done({},
            ServiceError::input(tr("The application %1 is not in the list. Create or import it first.")
                                    .arg(clientId.left(100)),
                QStringLiteral("client_id")));
        return;
    }
    const QString name = application->name;
    m_secrets->read(SecretKeys::clientSecret(clientId), context,
        [clientId, name, done](const QString &secret, const SecretError &error) {
            if (error.kind == SecretError::Kind::NotFound || (error.ok() && secret.isEmpty())) {
                done({},
                    ServiceError::input(tr("The client secret of %1 is not in the keychain. Find it in the "
                                           "Cronofy dashboard and enter it with Replace client secret.")
                                            .arg(name),
                        QStringLiteral("client_secret")));
                return;
            }
            if (!error.ok()) {
                done({}, ServiceError::fromSecrets(error));
                return;
            }
            done(ClientCredentials {clientId, secret}, {});
        });
}

// ---- calendars -----------------------------------------------------------------------------------------

ServiceJob *ProvisioningService::provisionCalendar(const QString &clientId,
    const QString &applicationCalendarId, QObject *context, Callback<CalendarCredentials> done)
{
    auto *job = new ServiceJob(this);
    auto completion = makeCompletion<CalendarCredentials>(job, context, std::move(done));
    const QString calendarId = applicationCalendarId.trimmed();
    ServiceError invalid = validateCalendarId(calendarId);
    DataCenter dataCenter;
    if (invalid.ok())
        dataCenter = dataCenterOf(clientId, &invalid);
    if (!invalid.ok()) {
        finishLater(job, completion, invalid);
        return job;
    }

    clientCredentials(clientId, job,
        thenIfOk<ClientCredentials>(
            completion, [this, job, completion, dataCenter, calendarId](const ClientCredentials &client) {
                CronofyClient *api = createClient(dataCenter, job);
                ApiCall *call = api->provisionCalendar(client, calendarId, job,
                    [this, completion, client, calendarId](
                        const CalendarCredentials &credentials, const ApiError &apiError) {
                        ServiceError error = ServiceError::fromApi(apiError);
                        if (error.ok()) {
                            CalendarRecord record;
                            record.clientId = client.clientId;
                            record.applicationCalendarId = calendarId;
                            record.sub = credentials.sub;
                            record.profileId = credentials.profile.profileId;
                            record.profileName = credentials.profile.profileName;
                            record.providerName = credentials.profile.providerName;
                            record.scope = credentials.scope;
                            record.provisionedAt = nowUtc();
                            record.lastSeenAt = record.provisionedAt;
                            record.status = CalendarRecord::Status::Active;
                            error = ServiceError::fromRegistry(m_registry->upsertCalendar(record));
                        } else if (!error.isCancelled()) {
                            m_registry->recordCalendarFailure(client.clientId, calendarId, error.message());
                        }
                        log(QStringLiteral("provision-calendar"),
                            {calendarId, client.clientId, calendarId, {}}, error);
                        completion->finish(error.ok() ? credentials : CalendarCredentials {}, error);
                    });
                job->setCurrentCall(call);
            }));
    return job;
}

ServiceJob *ProvisioningService::verifyCalendar(const QString &clientId, const QString &applicationCalendarId,
    QObject *context, Callback<CalendarVerification> done)
{
    auto *job = new ServiceJob(this);
    auto completion = makeCompletion<CalendarVerification>(job, context, std::move(done));
    ServiceError invalid;
    const DataCenter dataCenter = dataCenterOf(clientId, &invalid);
    if (!invalid.ok()) {
        finishLater(job, completion, invalid);
        return job;
    }
    // Tokens are never kept: provisioning again is idempotent and hands out fresh ones.
    ServiceJob *provision = provisionCalendar(clientId, applicationCalendarId, job,
        thenIfOk<CalendarCredentials>(completion,
            [this, job, completion, dataCenter, clientId, applicationCalendarId](
                const CalendarCredentials &credentials) {
                auto result = std::make_shared<CalendarVerification>();
                result->credentials = credentials;
                CronofyClient *api = createClient(dataCenter, job);
                ApiCall *call = api->userInfo(credentials.accessToken, job,
                    [this, job, api, completion, result, clientId, applicationCalendarId](
                        const UserInfo &info, const ApiError &apiError) {
                        if (!apiError.ok()) {
                            const ServiceError error = ServiceError::fromApi(apiError);
                            log(QStringLiteral("verify-calendar"),
                                {applicationCalendarId, clientId, applicationCalendarId, {}}, error);
                            completion->finish({}, error);
                            return;
                        }
                        result->userInfo = info;
                        ApiCall *next = api->listCalendars(result->credentials.accessToken, job,
                            [this, completion, result, clientId, applicationCalendarId](
                                const QList<CalendarInfo> &calendars, const ApiError &listError) {
                                const ServiceError error = ServiceError::fromApi(listError);
                                result->calendars = calendars;
                                log(QStringLiteral("verify-calendar"),
                                    {applicationCalendarId, clientId, applicationCalendarId, {}}, error);
                                completion->finish(error.ok() ? *result : CalendarVerification {}, error);
                            });
                        job->setCurrentCall(next);
                    });
                job->setCurrentCall(call);
            }));
    job->setCancelHandler([provision = QPointer<ServiceJob>(provision)] {
        if (provision)
            provision->cancel();
    });
    return job;
}

ServiceJob *ProvisioningService::revokeCalendar(
    const QString &clientId, const QString &sub, QObject *context, DoneCallback done)
{
    auto *job = new ServiceJob(this);
    auto completion = makeCompletion<Done>(job, context, adaptDone(std::move(done)));
    ServiceError invalid = validateCredentialText(sub.trimmed(), QStringLiteral("sub"));
    DataCenter dataCenter;
    if (invalid.ok())
        dataCenter = dataCenterOf(clientId, &invalid);
    if (!invalid.ok()) {
        finishLater(job, completion, invalid);
        return job;
    }
    const QString cleanSub = sub.trimmed();
    clientCredentials(clientId, job,
        thenIfOk<ClientCredentials>(
            completion, [this, job, completion, dataCenter, cleanSub](const ClientCredentials &client) {
                CronofyClient *api = createClient(dataCenter, job);
                ApiCall *call = api->revokeBySub(client, cleanSub, job,
                    [this, completion, client, cleanSub](const Done &, const ApiError &apiError) {
                        ServiceError error = ServiceError::fromApi(apiError);
                        if (error.ok())
                            error = ServiceError::fromRegistry(
                                m_registry->markRevoked(client.clientId, cleanSub));
                        log(QStringLiteral("revoke-calendar"), {cleanSub, client.clientId, cleanSub, {}},
                            error);
                        completion->finish({}, error);
                    });
                job->setCurrentCall(call);
            }));
    return job;
}

ServiceJob *ProvisioningService::submitVerification(
    const QString &clientId, const VerificationRequest &request, QObject *context, DoneCallback done)
{
    auto *job = new ServiceJob(this);
    auto completion = makeCompletion<Done>(job, context, adaptDone(std::move(done)));
    VerificationRequest clean;
    for (const QString &uri : request.redirectUris) {
        if (!uri.trimmed().isEmpty())
            clean.redirectUris << uri.trimmed();
    }
    clean.contactEmail = request.contactEmail.trimmed();
    clean.contactName = request.contactName.trimmed();
    ServiceError invalid = validateVerification(clean);
    DataCenter dataCenter;
    if (invalid.ok())
        dataCenter = dataCenterOf(clientId, &invalid);
    if (!invalid.ok()) {
        finishLater(job, completion, invalid);
        return job;
    }
    clientCredentials(clientId, job,
        thenIfOk<ClientCredentials>(
            completion, [this, job, completion, dataCenter, clean](const ClientCredentials &client) {
                CronofyClient *api = createClient(dataCenter, job);
                ApiCall *call = api->submitVerification(
                    client, clean, job, [this, completion, client](const Done &, const ApiError &apiError) {
                        const ServiceError error = ServiceError::fromApi(apiError);
                        log(QStringLiteral("submit-verification"), {client.clientId, client.clientId, {}, {}},
                            error);
                        completion->finish({}, error);
                    });
                job->setCurrentCall(call);
            }));
    return job;
}
