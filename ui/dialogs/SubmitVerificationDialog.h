#pragma once

#include "RequestDialog.h"

class ConsoleContext;
class QLineEdit;
class QPlainTextEdit;

// Submits an application for verification by Cronofy: its redirect addresses (one per line) and a contact.
class SubmitVerificationDialog : public RequestDialog
{
    Q_OBJECT

public:
    SubmitVerificationDialog(
        ConsoleContext *context, const QString &clientId, const QString &name, QWidget *parent = nullptr);

signals:
    void submitted(const QString &clientId);

protected:
    void submit() override;

private:
    ConsoleContext *m_context;
    QString m_clientId;
    QPlainTextEdit *m_redirectUris;
    QLineEdit *m_email;
    QLineEdit *m_contactName;
};
