#include "ConsoleContext.h"

#include "service/ProvisioningService.h"
#include "widgets/MessageBanner.h"

ConsoleContext::ConsoleContext(
    ProvisioningService *service, ApplicationsModel *applications, CalendarsModel *calendars, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_applications(applications)
    , m_calendars(calendars)
{ }

ConsoleContext::~ConsoleContext() = default;

Registry *ConsoleContext::registry() const
{
    return m_service ? m_service->registry() : nullptr;
}

void ConsoleContext::setDataCenter(const DataCenter &dataCenter)
{
    if (dataCenter == m_dataCenter)
        return;
    m_dataCenter = dataCenter;
    emit dataCenterChanged();
}

MessageBanner *ConsoleContext::banner() const
{
    return m_banner.data();
}

void ConsoleContext::setBanner(MessageBanner *banner)
{
    m_banner = banner;
}
