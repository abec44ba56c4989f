#include "WelcomePage.h"

#include "ConsoleContext.h"
#include "ConsoleSession.h"
#include "service/ProvisioningService.h"
#include "widgets/DataCenterPicker.h"
#include "widgets/ErrorPresenter.h"
#include "widgets/MessageBanner.h"
#include "widgets/SecretLineEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

WelcomePage::WelcomePage(ConsoleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_banner(new MessageBanner(this))
    , m_picker(new DataCenterPicker(false, this))
    , m_adminKey(new SecretLineEdit(this))
    , m_connect(new QPushButton(tr("&Connect"), this))
    , m_offline(new QPushButton(tr("&Try it offline"), this))
    , m_busy(new QLabel(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    m_banner->setObjectName(QStringLiteral("welcomeBanner"));

    auto *title = new QLabel(tr("Welcome to Cronofy Console"), this);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setWordWrap(true);

    auto *intro = new QLabel(tr("Cronofy Console creates Cronofy applications and calendars for your "
                                "organisation, and keeps their secrets safe in this computer's keychain."),
        this);
    intro->setObjectName(QStringLiteral("welcomeIntro"));
    intro->setWordWrap(true);

    // Connect
    auto *connectBox = new QGroupBox(tr("Connect to your Cronofy account"), this);
    connectBox->setObjectName(QStringLiteral("connectGroup"));
    auto *connectForm = new QFormLayout(connectBox);
    connectForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    connectForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto *dcLabel = new QLabel(tr("&Data center:"), connectBox);
    m_picker->addRowsTo(connectForm, dcLabel);

    m_adminKey->setObjectName(QStringLiteral("adminKeyEdit"));
    m_adminKey->setAccessibleName(tr("Admin API key"));
    m_adminKey->setPlaceholderText(tr("Paste the key here"));
    auto *keyLabel = new QLabel(tr("Admin API &key:"), connectBox);
    keyLabel->setBuddy(m_adminKey);
    connectForm->addRow(keyLabel, m_adminKey);
    auto *keyHint
        = new QLabel(tr("In the Cronofy dashboard, open Admin API and copy the key. It is kept in this "
                        "computer's keychain, never in a file. Cronofy cannot check a key on its own, so "
                        "Connect does not: the key is checked by your first request, when you create an "
                        "application, and if it is wrong you can enter it again there."),
            connectBox);
    keyHint->setObjectName(QStringLiteral("adminKeyHint"));
    keyHint->setWordWrap(true);
    keyHint->setForegroundRole(QPalette::PlaceholderText);
    connectForm->addRow(QString(), keyHint);
    connectForm->addRow(
        QString(), ErrorPresenter::createFieldErrorLabel(QStringLiteral("adminKey"), m_adminKey, connectBox));
    m_adminKey->setToolTip(tr("Cronofy has no way to test an admin API key on its own. If the key is wrong, "
                              "creating your first application says so."));

    m_connect->setObjectName(QStringLiteral("connectButton"));
    m_connect->setAccessibleName(tr("Connect to Cronofy"));
    m_connect->setDefault(true);
    auto *connectRow = new QHBoxLayout;
    connectRow->addStretch(1);
    connectRow->addWidget(m_connect);
    connectForm->addRow(connectRow);

    // Offline
    auto *offlineBox = new QGroupBox(tr("Or try it first"), this);
    offlineBox->setObjectName(QStringLiteral("offlineGroup"));
    auto *offlineLayout = new QVBoxLayout(offlineBox);
    auto *offlineText
        = new QLabel(tr("Try everything with a sandbox built into Cronofy Console. Nothing is sent "
                        "to Cronofy, and you can connect your account later in Settings."),
            offlineBox);
    offlineText->setWordWrap(true);
    m_offline->setObjectName(QStringLiteral("tryOfflineButton"));
    m_offline->setAccessibleName(tr("Try it offline"));
    m_offline->setAutoDefault(false);
    auto *offlineRow = new QHBoxLayout;
    offlineRow->addStretch(1);
    offlineRow->addWidget(m_offline);
    offlineLayout->addWidget(offlineText);
    offlineLayout->addLayout(offlineRow);

    m_busy->setObjectName(QStringLiteral("welcomeBusyLabel"));
    m_busy->setVisible(false);

    // A readable column in the middle of a wide window; the scroll area keeps it usable when small.
    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setSpacing(columnLayout->spacing() * 2);
    columnLayout->addWidget(title);
    columnLayout->addWidget(intro);
    columnLayout->addWidget(m_banner);
    columnLayout->addWidget(connectBox);
    columnLayout->addWidget(offlineBox);
    columnLayout->addWidget(m_busy);
    columnLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *inner = new QWidget(scroll);
    auto *innerLayout = new QHBoxLayout(inner);
    innerLayout->addStretch(1);
    innerLayout->addWidget(column, 4);
    innerLayout->addStretch(1);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(m_connect, &QPushButton::clicked, this, &WelcomePage::connectToCronofy);
    connect(m_adminKey, &QLineEdit::returnPressed, this, &WelcomePage::connectToCronofy);
    connect(m_adminKey, &QLineEdit::textEdited, this, [this] { ErrorPresenter::clearFieldErrors(this); });
    connect(m_offline, &QPushButton::clicked, this, &WelcomePage::tryOffline);
    connect(session, &ConsoleSession::offlineFailed, this, [this](const QString &sentence) {
        setBusy(false);
        m_banner->showError(sentence);
    });
    connect(session, &ConsoleSession::offlineReady, this, [this] { setBusy(false); });

    setTabOrder(m_picker->comboBox(), m_picker->urlEdit());
    setTabOrder(m_picker->urlEdit(), m_adminKey);
    setTabOrder(m_adminKey, m_connect);
    setTabOrder(m_connect, m_offline);
    setFocusProxy(m_picker->comboBox());
}

void WelcomePage::setBusy(bool busy, const QString &what)
{
    m_busy->setText(what);
    m_busy->setVisible(busy);
    m_connect->setEnabled(!busy);
    m_offline->setEnabled(!busy);
    m_picker->setEnabled(!busy);
    m_adminKey->setEnabled(!busy);
}

void WelcomePage::connectToCronofy()
{
    m_banner->clear();
    ErrorPresenter::clearFieldErrors(this);
    QString urlError;
    const auto dataCenter = m_picker->dataCenter(&urlError);
    if (!dataCenter) {
        m_picker->showUrlError(urlError);
        m_picker->setFocus();
        return;
    }
    const QString key = m_adminKey->text().trimmed();
    const ServiceError invalid
        = ProvisioningService::validateCredentialText(key, QStringLiteral("admin_key"));
    if (!invalid.ok()) {
        ErrorPresenter::present(invalid, this, m_banner);
        return;
    }
    setBusy(true, tr("Storing the admin API key in the keychain…"));
    const DataCenter dc = *dataCenter;
    m_session->service()->storeAdminKey(dc, key, this, [this, dc](const ServiceError &error) {
        setBusy(false);
        if (!error.ok()) {
            // The key stays in the field, so a retry is one key press away.
            m_banner->showError(error.message(), ErrorPresenter::details(error));
            m_connect->setFocus();
            return;
        }
        m_adminKey->wipe();
        m_session->useDataCenter(dc);
    });
}

void WelcomePage::tryOffline()
{
    m_banner->clear();
    setBusy(true, tr("Starting the offline sandbox…"));
    m_session->goOffline();
}
