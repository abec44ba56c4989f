#include "RenameAccountDialog.h"

#include "ConsoleContext.h"
#include "service/ProvisioningService.h"
#include "widgets/ErrorPresenter.h"
#include "widgets/MessageBanner.h"

#include <QLineEdit>
#include <QPushButton>

RenameAccountDialog::RenameAccountDialog(ConsoleContext *context, const QString &name, QWidget *parent)
    : RequestDialog(parent)
    , m_context(context)
    , m_oldName(name)
    , m_name(new QLineEdit(name, this))
{
    setObjectName(QStringLiteral("renameAccountDialog"));
    setWindowTitle(tr("Rename Account"));
    addIntro(tr("The new name of the account “%1”. Its key and its applications stay with it.").arg(name));
    m_name->setAccessibleName(tr("New account name"));
    addField(tr("New &name:"), m_name, QStringLiteral("account"));
    m_name->setObjectName(QStringLiteral("accountNameEdit"));
    submitButton()->setText(tr("&Rename"));
    submitButton()->setObjectName(QStringLiteral("renameAccountButton"));
    submitButton()->setAccessibleName(tr("Rename the account"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    m_name->selectAll();
    m_name->setFocus();
}

void RenameAccountDialog::submit()
{
    banner()->clear();
    ErrorPresenter::clearFieldErrors(this);
    const QString newName = m_name->text().trimmed();
    if (const ServiceError invalid = ProvisioningService::validateAccountName(newName, m_oldName);
        !invalid.ok()) {
        ErrorPresenter::present(invalid, this, banner());
        return;
    }
    setBusy(true, tr("Renaming the account…"));
    m_context->service()->renameAccount(m_oldName, newName, this, [this, newName](const ServiceError &error) {
        setBusy(false);
        if (!error.ok()) {
            ErrorPresenter::present(error, this, banner());
            return;
        }
        emit renamed(m_oldName, newName);
        accept();
    });
}
