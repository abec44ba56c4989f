#pragma once

#include "RequestDialog.h"

class ConsoleContext;
class QLineEdit;

// Renames an account: its key moves to the new name's keychain entry, and its applications follow.
class RenameAccountDialog : public RequestDialog
{
    Q_OBJECT

public:
    RenameAccountDialog(ConsoleContext *context, const QString &name, QWidget *parent = nullptr);

signals:
    void renamed(const QString &oldName, const QString &newName);

protected:
    void submit() override;

private:
    ConsoleContext *m_context;
    QString m_oldName;
    QLineEdit *m_name;
};
