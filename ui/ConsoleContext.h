#pragma once

#include "api/DataCenter.h"

#include <QObject>
#include <QPointer>

class ApplicationsModel;
class CalendarsModel;
class MessageBanner;
class ProvisioningService;
class Registry;

// The objects every page needs, handed to each page at construction. It owns none of them: the window's
// bootstrap (ConsoleSession) does. Pages read the data center in use from here and follow
// dataCenterChanged().
class ConsoleContext : public QObject
{
    Q_OBJECT

public:
    ConsoleContext(ProvisioningService *service, ApplicationsModel *applications, CalendarsModel *calendars,
        QObject *parent = nullptr);
    ~ConsoleContext() override;

    ProvisioningService *service() const { return m_service; }
    Registry *registry() const;
    ApplicationsModel *applicationsModel() const { return m_applications; }
    CalendarsModel *calendarsModel() const { return m_calendars; }

    // The data center new applications are created in: a real one, a custom base URL, or the offline sandbox.
    DataCenter dataCenter() const { return m_dataCenter; }
    // "Try it offline": the built-in sandbox answers every request; nothing is sent to Cronofy.
    bool isSandbox() const { return m_dataCenter.isSandbox(); }
    // False before the first run is finished (no data center chosen yet).
    bool isConfigured() const { return m_dataCenter.isValid(); }
    void setDataCenter(const DataCenter &dataCenter);

    // The window's banner, for errors that are not about one field. Null until the window exists.
    MessageBanner *banner() const;
    void setBanner(MessageBanner *banner);

signals:
    void dataCenterChanged();

private:
    ProvisioningService *m_service;
    ApplicationsModel *m_applications;
    CalendarsModel *m_calendars;
    DataCenter m_dataCenter;
    QPointer<MessageBanner> m_banner;
};
