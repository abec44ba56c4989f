#pragma once

#include "RequestDialog.h"

class ConsoleContext;
class SecretLineEdit;

// Replaces an application's client_secret in the keychain, after it was rotated in Cronofy's dashboard (or
// after "I have stored it elsewhere", to put it in the keychain after all).
class ReplaceSecretDialog : public RequestDialog
{
    Q_OBJECT

public:
    ReplaceSecretDialog(
        ConsoleContext *context, const QString &clientId, const QString &name, QWidget *parent = nullptr);
    ~ReplaceSecretDialog() override;

signals:
    void replaced(const QString &clientId);

protected:
    void submit() override;

private:
    ConsoleContext *m_context;
    QString m_clientId;
    SecretLineEdit *m_secret;
};
