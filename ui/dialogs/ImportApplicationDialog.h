#pragma once

#include "RequestDialog.h"

class ConsoleContext;
class QLineEdit;
class SecretLineEdit;

// Adds an application made in Cronofy's dashboard: client_id, client_secret and an optional name. The
// credentials are checked with Cronofy first, then the secret goes to the keychain and the row to the list.
class ImportApplicationDialog : public RequestDialog
{
    Q_OBJECT

public:
    explicit ImportApplicationDialog(ConsoleContext *context, QWidget *parent = nullptr);
    ~ImportApplicationDialog() override;

signals:
    void imported(const QString &clientId);

protected:
    void submit() override;

private:
    ConsoleContext *m_context;
    QLineEdit *m_clientId;
    SecretLineEdit *m_secret;
    QLineEdit *m_name;
};
