#pragma once

#include "registry/RegistryTypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

// The details of the calendar selected in the list: every kept field in words, with Copy buttons for the ids
// (none of them is a secret, so the clipboard keeps them). Shows a hint when nothing is selected.
class CalendarDetailsPane : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarDetailsPane(QWidget *parent = nullptr);

    // applicationName is how the person knows the application (its name, or its client_id).
    void setCalendar(const std::optional<CalendarRecord> &calendar, const QString &applicationName);
    std::optional<CalendarRecord> calendar() const { return m_calendar; }
    // What is running on this calendar now ("Verifying…"), or empty.
    void setActivity(const QString &activity);

private:
    QLineEdit *addValue(const QString &objectName, const QString &label, const QString &accessibleName,
        QPushButton *copyButton = nullptr);
    QPushButton *makeCopyButton(const QString &objectName, const QString &accessibleName);
    void copy(QLineEdit *value);

    std::optional<CalendarRecord> m_calendar;
    QStackedWidget *m_stack;
    class QFormLayout *m_form;
    QLabel *m_heading;
    QLabel *m_activity;
    QLineEdit *m_application;
    QLineEdit *m_clientId;
    QLineEdit *m_calendarId;
    QLineEdit *m_sub;
    QLineEdit *m_profile;
    QLineEdit *m_profileId;
    QLineEdit *m_provider;
    QLineEdit *m_scope;
    QLineEdit *m_provisioned;
    QLineEdit *m_lastSeen;
    QLineEdit *m_status;
    QLabel *m_lastError;
    QPushButton *m_copyClientId;
    QPushButton *m_copyCalendarId;
    QPushButton *m_copySub;
    QPushButton *m_copyProfileId;
};
