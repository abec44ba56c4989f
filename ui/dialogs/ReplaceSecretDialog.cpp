#include "ReplaceSecretDialog.h"

#include "ConsoleContext.h"
#include "service/ProvisioningService.h"
#include "widgets/ErrorPresenter.h"
#include "widgets/MessageBanner.h"
#include "widgets/SecretLineEdit.h"

#include <QPushButton>

ReplaceSecretDialog::ReplaceSecretDialog(
    ConsoleContext *context, const QString &clientId, const QString &name, QWidget *parent)
    : RequestDialog(parent)
    , m_context(context)
    , m_clientId(clientId)
    , m_secret(new SecretLineEdit(this))
{
    setObjectName(QStringLiteral("replaceSecretDialog"));
    setWindowTitle(tr("Replace Client Secret"));
    addIntro(
        tr("Paste the new client secret of \"%1\" (%2). Use this after you made a new secret in the Cronofy "
           "dashboard; the old one stops working there.")
            .arg(name, clientId));
    addField(tr("New client &secret:"), m_secret, QStringLiteral("clientSecret"),
        tr("Kept in this computer's keychain, never in a file."));
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_secret->setAccessibleName(tr("New client secret"));
    submitButton()->setText(tr("&Replace"));
    submitButton()->setObjectName(QStringLiteral("replaceButton"));
    submitButton()->setAccessibleName(tr("Replace the client secret"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_secret->setFocus();
}

ReplaceSecretDialog::~ReplaceSecretDialog()
{
    m_secret->wipe();
}

void ReplaceSecretDialog::submit()
{
    banner()->clear();
    const QString secret = m_secret->text().trimmed();
    const ServiceError invalid
        = ProvisioningService::validateCredentialText(secret, QStringLiteral("client_secret"));
    if (!invalid.ok()) {
        ErrorPresenter::present(invalid, this, banner());
        return;
    }
    ErrorPresenter::clearFieldErrors(this);
    setBusy(true, tr("Storing the secret in the keychain…"));
    m_context->service()->storeClientSecret(m_clientId, secret, this, [this](const ServiceError &error) {
        setBusy(false);
        if (!error.ok()) {
            ErrorPresenter::present(error, this, banner());
            return;
        }
        m_secret->wipe();
        emit replaced(m_clientId);
        accept();
    });
}
