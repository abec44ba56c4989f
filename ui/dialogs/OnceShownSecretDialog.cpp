#include "OnceShownSecretDialog.h"

#include "service/ProvisioningService.h"
#include "widgets/ClipboardGuard.h"
#include "widgets/DialogFit.h"
#include "widgets/MessageBanner.h"
#include "widgets/SecretLineEdit.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

OnceShownSecretDialog::OnceShownSecretDialog(
    ProvisioningService *service, const CreatedApplication &created, QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_clientId(created.credentials.clientId)
    , m_secret(created.credentials.clientSecret)
    , m_stored(created.secretStored())
    , m_banner(new MessageBanner(this))
    , m_clientIdEdit(new QLineEdit(this))
    , m_secretEdit(new SecretLineEdit(this))
    , m_retry(new QPushButton(tr("&Retry storing in the keychain"), this))
    , m_storedElsewhere(new QCheckBox(tr("I have &stored the client secret elsewhere"), this))
    , m_close(new QPushButton(tr("&Close"), this))
    , m_provision(new QPushButton(tr("&Provision a Calendar…"), this))
{
    setObjectName(QStringLiteral("onceShownSecretDialog"));
    setWindowTitle(tr("Application Created"));
    setWindowModality(Qt::WindowModal);
    setAttribute(Qt::WA_DeleteOnClose);

    auto *headline = new QLabel(tr("The application was created."), this);
    headline->setObjectName(QStringLiteral("headlineLabel"));
    QFont big = headline->font();
    big.setPointSizeF(big.pointSizeF() * 1.2);
    big.setBold(true);
    headline->setFont(big);

    auto *onlyOnce
        = new QLabel(tr("Cronofy shows the client secret only once. Cronofy Console keeps it in this "
                        "computer's keychain, so you do not need to write it down."),
            this);
    onlyOnce->setObjectName(QStringLiteral("onlyOnceLabel"));
    onlyOnce->setWordWrap(true);

    m_banner->setObjectName(QStringLiteral("secretBanner"));

    m_clientIdEdit->setObjectName(QStringLiteral("clientIdEdit"));
    m_clientIdEdit->setAccessibleName(tr("Client ID"));
    m_clientIdEdit->setReadOnly(true);
    m_clientIdEdit->setText(m_clientId);
    auto *copyId = new QPushButton(tr("Copy &ID"), this);
    copyId->setObjectName(QStringLiteral("copyClientIdButton"));
    copyId->setAccessibleName(tr("Copy the client ID"));
    copyId->setAutoDefault(false);

    m_secretEdit->setObjectName(QStringLiteral("secretEdit"));
    m_secretEdit->setAccessibleName(tr("Client secret"));
    m_secretEdit->setReadOnly(true);
    m_secretEdit->setText(m_secret);
    auto *copySecret = new QPushButton(tr("Copy s&ecret"), this);
    copySecret->setObjectName(QStringLiteral("copySecretButton"));
    copySecret->setAccessibleName(tr("Copy the client secret"));
    copySecret->setToolTip(tr("The clipboard is cleared after 30 seconds, unless you copy something else."));
    copySecret->setAutoDefault(false);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_clientIdEdit, 1);
    idRow->addWidget(copyId);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretEdit, 1);
    secretRow->addWidget(copySecret);
    auto *idLabel = new QLabel(tr("Client ID:"), this);
    idLabel->setBuddy(m_clientIdEdit);
    auto *secretLabel = new QLabel(tr("Client secret:"), this);
    secretLabel->setBuddy(m_secretEdit);
    form->addRow(idLabel, idRow);
    form->addRow(secretLabel, secretRow);

    m_retry->setObjectName(QStringLiteral("retryStoreButton"));
    m_retry->setAccessibleName(tr("Retry storing the client secret in the keychain"));
    m_retry->setAutoDefault(false);
    m_storedElsewhere->setObjectName(QStringLiteral("storedElsewhereCheck"));
    m_storedElsewhere->setAccessibleName(tr("I have stored the client secret elsewhere"));
    m_close->setObjectName(QStringLiteral("closeButton"));
    m_close->setAccessibleName(tr("Close"));
    // The next step after creating an application is its first calendar: offered here, and Enter takes it.
    m_provision->setObjectName(QStringLiteral("provisionNextButton"));
    m_provision->setAccessibleName(tr("Close and provision a calendar for the new application"));
    m_provision->setToolTip(tr("Close this window and provision the application's first calendar"));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_provision, QDialogButtonBox::ActionRole);
    buttons->addButton(m_close, QDialogButtonBox::AcceptRole);

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(headline);
    layout->addWidget(onlyOnce);
    layout->addWidget(m_banner);
    layout->addLayout(form);
    layout->addWidget(m_retry, 0, Qt::AlignLeft);
    layout->addWidget(m_storedElsewhere);
    layout->addStretch(1);
    DialogFit::install(this, content, buttons);

    connect(
        copyId, &QPushButton::clicked, this, [this] { ClipboardGuard::instance()->copy(m_clientId, false); });
    connect(copySecret, &QPushButton::clicked, this, [this] {
        ClipboardGuard::instance()->copy(m_secret, true);
        if (m_stored)
            m_banner->showInfo(tr("The client secret is on the clipboard for 30 seconds."));
        else
            m_banner->showWarning(
                tr("The client secret is on the clipboard for 30 seconds. Paste it into your "
                   "password manager now."));
    });
    connect(m_retry, &QPushButton::clicked, this, &OnceShownSecretDialog::retryStore);
    connect(m_storedElsewhere, &QCheckBox::toggled, this, &OnceShownSecretDialog::updateState);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_provision, &QPushButton::clicked, this, [this] {
        if (!m_stored)
            return;
        const QString clientId = m_clientId;
        accept();
        emit provisionCalendarRequested(clientId);
    });

    if (!m_stored) {
        m_banner->showWarning(
            tr("The client secret was NOT stored in the keychain. %1 Then press Retry, or copy "
               "the secret into your password manager now: Cronofy will not show it again.")
                .arg(created.secretError.message()),
            created.secretError.backendMessage);
        m_secretEdit->setRevealed(true);
        onlyOnce->setText(
            tr("Cronofy shows the client secret only once, and this computer's keychain did not "
               "take it. Keep it safe before you close this window."));
    }
    m_secretEdit->setCursorPosition(0);
    updateState();
    setMinimumWidth(fontMetrics().averageCharWidth() * 84);
    (m_stored ? m_provision : m_retry)->setFocus();
}

OnceShownSecretDialog::~OnceShownSecretDialog()
{
    m_secret.clear();
}

bool OnceShownSecretDialog::canClose() const
{
    return m_stored || m_storedElsewhere->isChecked();
}

void OnceShownSecretDialog::updateState()
{
    m_retry->setVisible(!m_stored);
    m_retry->setEnabled(!m_retrying);
    m_storedElsewhere->setVisible(!m_stored);
    m_close->setEnabled(canClose());
    // Calendars need the secret in the keychain: without it the next step is storing it, not provisioning.
    m_provision->setEnabled(m_stored);
    m_provision->setDefault(m_stored);
    m_close->setDefault(!m_stored);
    m_close->setToolTip(canClose() ? QString()
                                   : tr("Store the secret first: press Retry, or tick \"I have stored the "
                                        "client secret elsewhere\"."));
}

void OnceShownSecretDialog::retryStore()
{
    m_retrying = true;
    updateState();
    m_service->storeClientSecret(m_clientId, m_secret, this, [this](const ServiceError &error) {
        m_retrying = false;
        if (error.ok()) {
            m_stored = true;
            m_banner->showInfo(tr("The client secret is now stored in this computer's keychain."));
            m_provision->setFocus();
        } else {
            m_banner->showWarning(tr("The client secret is still NOT stored. %1").arg(error.message()),
                error.secret.backendMessage);
        }
        updateState();
    });
}

void OnceShownSecretDialog::explainRefusal()
{
    m_banner->showWarning(
        tr("This window stays open until the client secret is safe: press Retry, or copy the "
           "secret into your password manager and tick \"I have stored the client secret "
           "elsewhere\"."));
    m_storedElsewhere->setFocus();
}

void OnceShownSecretDialog::reject()
{
    if (!canClose()) {
        explainRefusal();
        return;
    }
    QDialog::reject();
}

void OnceShownSecretDialog::done(int result)
{
    if (!canClose()) {
        explainRefusal();
        return;
    }
    // The secret leaves this dialog's memory now (the keychain, or the person, has it).
    m_secretEdit->wipe();
    m_secret.clear();
    QDialog::done(result);
}

void OnceShownSecretDialog::closeEvent(QCloseEvent *event)
{
    if (!canClose()) {
        explainRefusal();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}
