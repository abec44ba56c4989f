// ServiceError and ServiceJob: how a service operation ends, and how it is cancelled.
#include "api/CronofyClient.h"
#include "service/ProvisioningService.h"

ServiceError ServiceError::input(const QString &sentence, const QString &field)
{
    ServiceError error;
    error.source = Source::Input;
    error.inputMessage = sentence;
    error.inputField = field;
    return error;
}

ServiceError ServiceError::fromApi(const ApiError &api)
{
    ServiceError error;
    if (!api.ok()) {
        error.source = Source::Api;
        error.api = api;
    }
    return error;
}

ServiceError ServiceError::fromSecrets(const SecretError &secret)
{
    ServiceError error;
    if (!secret.ok()) {
        error.source = Source::Secrets;
        error.secret = secret;
    }
    return error;
}

ServiceError ServiceError::fromRegistry(const RegistryError &registry)
{
    ServiceError error;
    if (!registry.ok()) {
        error.source = Source::Registry;
        error.registry = registry;
    }
    return error;
}

QString ServiceError::message() const
{
    switch (source) {
    case Source::None:
        return {};
    case Source::Input:
        return inputMessage;
    case Source::Api:
        return api.message();
    case Source::Secrets:
        return secret.message();
    case Source::Registry:
        return registry.message();
    }
    return {};
}

ServiceJob::ServiceJob(QObject *parent)
    : QObject(parent)
{ }

void ServiceJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (m_call && !m_call->isFinished())
        m_call->cancel(); // its callback reports Cancelled and finishes this job
    else if (m_cancelHandler)
        m_cancelHandler();
}

void ServiceJob::setCurrentCall(ApiCall *call)
{
    m_call = call;
}

void ServiceJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_cancelHandler = nullptr;
    emit finished();
    deleteLater();
}
