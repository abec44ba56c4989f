#include "SubmitVerificationDialog.h"

#include "ConsoleContext.h"
#include "service/ProvisioningService.h"
#include "widgets/ErrorPresenter.h"
#include "widgets/MessageBanner.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

SubmitVerificationDialog::SubmitVerificationDialog(
    ConsoleContext *context, const QString &clientId, const QString &name, QWidget *parent)
    : RequestDialog(parent)
    , m_context(context)
    , m_clientId(clientId)
    , m_redirectUris(new QPlainTextEdit(this))
    , m_email(new QLineEdit(this))
    , m_contactName(new QLineEdit(this))
{
    setObjectName(QStringLiteral("submitVerificationDialog"));
    setWindowTitle(tr("Submit for Verification"));
    addIntro(
        tr("Cronofy checks \"%1\" before people outside your organisation can connect to it. Tell Cronofy "
           "where people return after connecting and whom to contact.")
            .arg(name));
    m_redirectUris->setTabChangesFocus(true);
    m_redirectUris->setPlaceholderText(tr("https://www.example.com/auth/callback"));
    m_redirectUris->setMaximumHeight(fontMetrics().lineSpacing() * 6);
    m_email->setPlaceholderText(tr("name@example.com"));
    addField(tr("&Redirect addresses:"), m_redirectUris, QStringLiteral("redirectUris"), tr("One per line."));
    addField(tr("Contact &email:"), m_email, QStringLiteral("contactEmail"));
    addField(tr("Contact &name (optional):"), m_contactName, QStringLiteral("contactName"));
    m_redirectUris->setAccessibleName(tr("Redirect addresses, one per line"));
    m_email->setAccessibleName(tr("Contact email"));
    m_contactName->setAccessibleName(tr("Contact name"));
    submitButton()->setText(tr("&Submit"));
    submitButton()->setObjectName(QStringLiteral("sendVerificationButton"));
    submitButton()->setAccessibleName(tr("Submit for verification"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_redirectUris->setFocus();
}

void SubmitVerificationDialog::submit()
{
    banner()->clear();
    VerificationRequest request;
    const QStringList lines = m_redirectUris->toPlainText().split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            request.redirectUris.append(line.trimmed());
    }
    request.contactEmail = m_email->text().trimmed();
    request.contactName = m_contactName->text().trimmed();
    const ErrorPresenter::FieldMap fields {
        {QStringLiteral("contact.display_name"), QStringLiteral("contactName")},
        {QStringLiteral("contact"), QStringLiteral("contactEmail")}};
    const ServiceError invalid = ProvisioningService::validateVerification(request);
    if (!invalid.ok()) {
        ErrorPresenter::present(invalid, this, banner(), fields);
        return;
    }
    ErrorPresenter::clearFieldErrors(this);
    ServiceJob *job = m_context->service()->submitVerification(
        m_clientId, request, this, [this, fields](const ServiceError &error) {
            setBusy(false);
            if (error.isCancelled()) {
                banner()->showInfo(tr("Stopped. Submit again when you are ready."));
                return;
            }
            if (!error.ok()) {
                ErrorPresenter::present(error, this, banner(), fields);
                return;
            }
            emit submitted(m_clientId);
            accept();
        });
    setBusy(true, tr("Submitting to Cronofy…"), job);
}
