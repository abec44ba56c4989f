#include "ImportApplicationDialog.h"

#include "ConsoleContext.h"
#include "service/ProvisioningService.h"
#include "widgets/ErrorPresenter.h"
#include "widgets/MessageBanner.h"
#include "widgets/SecretLineEdit.h"

#include <QLineEdit>
#include <QPushButton>

ImportApplicationDialog::ImportApplicationDialog(ConsoleContext *context, QWidget *parent)
    : RequestDialog(parent)
    , m_context(context)
    , m_clientId(new QLineEdit(this))
    , m_secret(new SecretLineEdit(this))
    , m_name(new QLineEdit(this))
{
    setObjectName(QStringLiteral("importApplicationDialog"));
    setWindowTitle(tr("Import Application"));
    addIntro(
        tr("Add an application that was made in the Cronofy dashboard. You find its client ID and client "
           "secret there, on the application's Credentials page. It is checked with %1 before it is added.")
            .arg(context->dataCenter().displayName()));
    addField(tr("Client I&D:"), m_clientId, QStringLiteral("clientId"));
    addField(tr("Client &secret:"), m_secret, QStringLiteral("clientSecret"),
        tr("Kept in this computer's keychain, never in a file."));
    addField(tr("&Name (optional):"), m_name, QStringLiteral("name"),
        tr("How the application is listed here. Leave it empty to use the client ID."));
    m_secret->setObjectName(QStringLiteral("secretEdit"));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_secret->setAccessibleName(tr("Client secret"));
    m_name->setAccessibleName(tr("Name"));
    submitButton()->setText(tr("&Import"));
    submitButton()->setObjectName(QStringLiteral("importButton"));
    submitButton()->setAccessibleName(tr("Import the application"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_clientId->setFocus();
}

ImportApplicationDialog::~ImportApplicationDialog()
{
    m_secret->wipe();
}

void ImportApplicationDialog::submit()
{
    banner()->clear();
    ErrorPresenter::clearFieldErrors(this);
    const ClientCredentials client {m_clientId->text().trimmed(), m_secret->text().trimmed()};
    const QString name = m_name->text().trimmed();
    ServiceJob *job = m_context->service()->importApplication(
        m_context->dataCenter(), client, name, this, [this, id = client.clientId](const ServiceError &error) {
            setBusy(false);
            if (error.isCancelled()) {
                banner()->showInfo(tr("Stopped. Nothing was added."));
                return;
            }
            if (!error.ok()) {
                ErrorPresenter::present(error, this, banner());
                return;
            }
            m_secret->wipe();
            emit imported(id);
            accept();
        });
    setBusy(true, tr("Checking the credentials with Cronofy…"), job);
}
