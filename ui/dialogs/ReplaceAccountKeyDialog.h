#pragma once

#include "RequestDialog.h"

class ConsoleContext;
class SecretLineEdit;

// Replaces the admin API key of an account in the keychain (after a rotation in the Cronofy dashboard, or a
// key that Cronofy refused).
class ReplaceAccountKeyDialog : public RequestDialog
{
    Q_OBJECT

public:
    ReplaceAccountKeyDialog(ConsoleContext *context, const QString &name, QWidget *parent = nullptr);
    ~ReplaceAccountKeyDialog() override;

signals:
    void replaced(const QString &name);

protected:
    void submit() override;

private:
    ConsoleContext *m_context;
    QString m_name;
    SecretLineEdit *m_key;
};
