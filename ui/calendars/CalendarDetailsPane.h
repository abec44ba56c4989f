#pragma once

#include "registry/RegistryTypes.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class ValueField;

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
    // Wide enough for a sub (apc_ and 24 characters) and a profile ID on one line beside their labels.
    QSize sizeHint() const override;

private:
    ValueField *addValue(const QString &objectName, const QString &label, const QString &accessibleName,
        QPushButton *copyButton = nullptr);
    QPushButton *makeCopyButton(const QString &objectName, const QString &accessibleName);
    void copy(const ValueField *value);

    std::optional<CalendarRecord> m_calendar;
    QStackedWidget *m_stack;
    class QFormLayout *m_form;
    ValueField *m_heading;
    QLabel *m_activity;
    ValueField *m_application;
    ValueField *m_clientId;
    ValueField *m_calendarId;
    ValueField *m_sub;
    ValueField *m_profile;
    ValueField *m_profileId;
    ValueField *m_provider;
    ValueField *m_scope;
    ValueField *m_provisioned;
    ValueField *m_lastSeen;
    ValueField *m_status;
    QLabel *m_lastError;
    QPushButton *m_copyClientId;
    QPushButton *m_copyCalendarId;
    QPushButton *m_copySub;
    QPushButton *m_copyProfileId;
};
