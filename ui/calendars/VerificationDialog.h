#pragma once

#include "api/ApiTypes.h"

#include <QDialog>

struct CalendarVerification;
class QLabel;

// The result of verifying one calendar, in words: healthy or not (and why), what Cronofy says about the
// account (userinfo) and the calendars it lists. Non-modal; it never holds the fresh tokens the check used.
class VerificationDialog : public QDialog
{
    Q_OBJECT

public:
    VerificationDialog(
        const QString &calendarId, const CalendarVerification &verification, QWidget *parent = nullptr);

    bool healthy() const { return m_healthy; }
    QString verdict() const;

    // The sentences that explain why a verification is not healthy; empty when it is.
    static QStringList problems(const CalendarVerification &verification);

private:
    bool m_healthy = false;
    QLabel *m_verdict;
};
