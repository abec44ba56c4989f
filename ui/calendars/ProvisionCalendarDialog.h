#pragma once

#include "api/ApiTypes.h"

#include <QDialog>
#include <QPointer>

class ConsoleContext;
class MessageBanner;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class ServiceError;
class ServiceJob;

// Provisions one application calendar: pick the application, type an application_calendar_id, press Enter.
// The input is checked before anything is sent; the request runs without blocking the window and can be
// cancelled; the result shows the calendar's sub and profile. The tokens Cronofy returns are dropped here:
// this dialog never shows or keeps them. Open it with open() or show().
class ProvisionCalendarDialog : public QDialog
{
    Q_OBJECT

public:
    ProvisionCalendarDialog(
        ConsoleContext *context, const QString &preselectedClientId, QWidget *parent = nullptr);
    ~ProvisionCalendarDialog() override;

    bool isBusy() const { return !m_job.isNull(); }
    // Pre-fills the calendar ID (e.g. to provision a revoked calendar again).
    void setCalendarId(const QString &applicationCalendarId);

signals:
    // A calendar was provisioned (added or updated in the kept list).
    void calendarProvisioned(const QString &clientId, const QString &applicationCalendarId);

public slots:
    void reject() override;

private:
    void submit();
    void finished(const QString &clientId, const QString &calendarId, const CalendarCredentials &credentials,
        const ServiceError &error);
    void setBusy(bool busy);
    void showFieldError(const QString &sentence);
    void clearFieldError();
    void updateSubmitState();
    void reloadApplications();

    ConsoleContext *m_context;
    QPointer<ServiceJob> m_job;
    MessageBanner *m_banner;
    QComboBox *m_applicationCombo;
    QLineEdit *m_calendarIdEdit;
    QLabel *m_calendarIdError;
    QLabel *m_noApplicationsLabel;
    QProgressBar *m_busyBar;
    QLabel *m_busyLabel;
    QGroupBox *m_resultBox;
    QLabel *m_resultHeadline;
    QLineEdit *m_subValue;
    QLineEdit *m_profileValue;
    QPushButton *m_copySubButton;
    QPushButton *m_copyProfileButton;
    QDialogButtonBox *m_buttons;
    QPushButton *m_submitButton;
    QPushButton *m_cancelButton;
};
