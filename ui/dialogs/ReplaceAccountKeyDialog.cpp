#include "ReplaceAccountKeyDialog.h"

#include "ConsoleContext.h"
#include "service/ProvisioningService.h"
#include "widgets/ErrorPresenter.h"
#include "widgets/MessageBanner.h"
#include "widgets/SecretLineEdit.h"

#include <QPushButton>

ReplaceAccountKeyDialog::ReplaceAccountKeyDialog(
    ConsoleContext *context, const QString &name, QWidget *parent)
    : RequestDialog(parent)
    , m_context(context)
    , m_name(name)
    , m_key(new SecretLineEdit(this))
{
    setObjectName(QStringLiteral("replaceAccountKeyDialog"));
    setWindowTitle(tr("Replace Admin API Key"));
    addIntro(tr("Paste the new admin API key of the account “%1”. In the Cronofy dashboard, open Admin API "
                "to find it.")
                 .arg(name));
    m_key->setAccessibleName(tr("New admin API key"));
    addField(tr("New admin API &key:"), m_key, QStringLiteral("adminApiKey"),
        tr("Kept in this computer's keychain, never in a file."));
    m_key->setObjectName(QStringLiteral("accountKeyEdit"));
    submitButton()->setText(tr("&Replace"));
    submitButton()->setObjectName(QStringLiteral("replaceAccountKeyButton"));
    submitButton()->setAccessibleName(tr("Replace the admin API key"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_key->setFocus();
}

ReplaceAccountKeyDialog::~ReplaceAccountKeyDialog()
{
    m_key->wipe();
}

void ReplaceAccountKeyDialog::submit()
{
    banner()->clear();
    ErrorPresenter::clearFieldErrors(this);
    const QString key = m_key->text().trimmed();
    if (const ServiceError invalid
        = ProvisioningService::validateCredentialText(key, QStringLiteral("admin_api_key"));
        !invalid.ok()) {
        ErrorPresenter::present(invalid, this, banner());
        return;
    }
    setBusy(true, tr("Storing the key in the keychain…"));
    m_context->service()->replaceAccountKey(m_name, key, this, [this](const ServiceError &error) {
        setBusy(false);
        if (!error.ok()) {
            ErrorPresenter::present(error, this, banner());
            return;
        }
        m_key->wipe();
        emit replaced(m_name);
        accept();
    });
}
