#pragma once

#include "RequestDialog.h"

class ConsoleContext;
class DataCenterPicker;
class QLineEdit;
class SecretLineEdit;

// Adds an account from Settings: its name, its data center and its admin API key (masked, stored in the
// keychain only). An error keeps everything typed.
class AddAccountDialog : public RequestDialog
{
    Q_OBJECT

public:
    explicit AddAccountDialog(ConsoleContext *context, QWidget *parent = nullptr);
    ~AddAccountDialog() override;

signals:
    void added(const QString &name);

protected:
    void submit() override;

private:
    ConsoleContext *m_context;
    QWidget *m_fields;
    QLineEdit *m_name;
    DataCenterPicker *m_picker;
    SecretLineEdit *m_key;
};
