#include "SettingsPage.h"

#include "ConsoleContext.h"
#include "ConsoleSession.h"
#include "ConsoleSettings.h"
#include "Relaunch.h"
#include "SharedListBox.h"
#include "common/Localization.h"
#include "service/ProvisioningService.h"
#include "widgets/DataCenterPicker.h"
#include "widgets/ErrorPresenter.h"
#include "widgets/MessageBanner.h"
#include "widgets/ScrollFollowsFocus.h"
#include "widgets/SecretLineEdit.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {
QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

SettingsPage::SettingsPage(ConsoleSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_picker(new DataCenterPicker(true, this))
    , m_useUrl(new QPushButton(tr("&Use This Address"), this))
    , m_keyState(new QLabel(this))
    , m_adminKey(new SecretLineEdit(this))
    , m_saveKey(new QPushButton(tr("Sa&ve Key"), this))
    , m_removeKey(new QPushButton(tr("Re&move Key"), this))
    , m_timeout(new QSpinBox(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("settingsPage"));

    // Connection
    auto *connection = new QGroupBox(tr("Connection"), this);
    auto *connectionForm = new QFormLayout(connection);
    connectionForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    connectionForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *dcLabel = new QLabel(tr("&Data center:"), connection);
    m_picker->addRowsTo(connectionForm, dcLabel);
    m_useUrl->setObjectName(QStringLiteral("useBaseUrlButton"));
    m_useUrl->setAccessibleName(tr("Use this base URL"));
    connectionForm->addRow(QString(), m_useUrl);
    connectionForm->addRow(QString(),
        hintLabel(tr("New applications are created in this data center. "
                     "Applications already in the list keep their own."),
            connection));

    // Admin API key
    auto *keyBox = new QGroupBox(tr("Admin API key"), this);
    auto *keyForm = new QFormLayout(keyBox);
    keyForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    keyForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_keyState->setObjectName(QStringLiteral("adminKeyStateLabel"));
    m_keyState->setWordWrap(true);
    keyForm->addRow(m_keyState);
    m_adminKey->setObjectName(QStringLiteral("adminKeyEdit"));
    m_adminKey->setAccessibleName(tr("Admin API key"));
    m_adminKey->setPlaceholderText(tr("Paste a new key here"));
    auto *keyLabel = new QLabel(tr("New &key:"), keyBox);
    keyLabel->setBuddy(m_adminKey);
    keyForm->addRow(keyLabel, m_adminKey);
    keyForm->addRow(
        QString(), ErrorPresenter::createFieldErrorLabel(QStringLiteral("adminKey"), m_adminKey, keyBox));
    m_saveKey->setObjectName(QStringLiteral("saveAdminKeyButton"));
    m_saveKey->setAccessibleName(tr("Save the admin API key"));
    m_removeKey->setObjectName(QStringLiteral("removeAdminKeyButton"));
    m_removeKey->setAccessibleName(tr("Remove the admin API key"));
    auto *keyButtons = new QHBoxLayout;
    keyButtons->addWidget(m_saveKey);
    keyButtons->addWidget(m_removeKey);
    keyButtons->addStretch(1);
    keyForm->addRow(QString(), keyButtons);
    auto *noTest
        = hintLabel(tr("In the Cronofy dashboard, open Admin API to find the key. Cronofy has no way to "
                       "test an admin API key on its own: if it is wrong, creating an application says "
                       "so."),
            keyBox);
    noTest->setObjectName(QStringLiteral("adminKeyHint"));
    keyForm->addRow(noTest);
    m_saveKey->setToolTip(noTest->text());

    // Requests
    auto *requests = new QGroupBox(tr("Requests"), this);
    auto *requestsForm = new QFormLayout(requests);
    requestsForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_timeout->setObjectName(QStringLiteral("timeoutSpin"));
    m_timeout->setAccessibleName(tr("Request timeout in seconds"));
    m_timeout->setRange(ConsoleSettings::kMinTimeoutSeconds, ConsoleSettings::kMaxTimeoutSeconds);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(int(ConsoleSettings::requestTimeout().count()));
    auto *timeoutLabel = new QLabel(tr("&Timeout:"), requests);
    timeoutLabel->setBuddy(m_timeout);
    requestsForm->addRow(timeoutLabel, m_timeout);
    requestsForm->addRow(
        QString(), hintLabel(tr("How long to wait for Cronofy before giving up on a request."), requests));

    // Language
    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    languageForm->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(Localization::followSystemLabel(), Localization::systemValue());
    const auto languages = Localization::availableLanguages();
    for (const auto &language : languages)
        m_language->addItem(language.nativeName, language.code);
    const QString chosen = QSettings().value(Localization::settingsKey()).toString();
    const int chosenIndex = m_language->findData(chosen);
    m_language->setCurrentIndex(chosenIndex >= 0 ? chosenIndex : 0);
    auto *languageLabel = new QLabel(tr("&Language:"), languageBox);
    languageLabel->setBuddy(m_language);
    languageForm->addRow(languageLabel, m_language);
    // A new language shows from the next start on: offered at once, with the window's size and place kept.
    m_startLanguage = m_language->currentData().toString();
    m_restartNote
        = hintLabel(tr("Cronofy Console shows the new language when it starts again."), languageBox);
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    m_restart = new QPushButton(tr("&Restart Now"), languageBox);
    m_restart->setObjectName(QStringLiteral("restartNowButton"));
    m_restart->setAccessibleName(tr("Restart Cronofy Console now"));
    auto *restartRow = new QHBoxLayout;
    restartRow->addWidget(m_restartNote, 1);
    restartRow->addWidget(m_restart, 0, Qt::AlignTop);
    languageForm->addRow(QString(), restartRow);
    m_restartNote->hide();
    m_restart->hide();

    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 110);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(connection);
    columnLayout->addWidget(keyBox);
    columnLayout->addWidget(new SharedListBox(session, this));
    columnLayout->addWidget(requests);
    columnLayout->addWidget(languageBox);
    columnLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    auto *inner = new QWidget(scroll);
    auto *innerLayout = new QHBoxLayout(inner);
    innerLayout->addWidget(column, 1);
    innerLayout->addStretch(0);
    scroll->setWidget(inner);
    ScrollFollowsFocus::install(scroll); // Alt+L shows the language box, however short the window
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    ConsoleContext *context = session->context();
    connect(context, &ConsoleContext::dataCenterChanged, this, &SettingsPage::syncFromContext);
    connect(m_picker, &DataCenterPicker::selectionChanged, this, [this] {
        m_useUrl->setVisible(m_picker->isCustomSelected());
        if (!m_syncing && !m_picker->isCustomSelected())
            applyPickedDataCenter();
    });
    connect(m_useUrl, &QPushButton::clicked, this, &SettingsPage::applyPickedDataCenter);
    connect(m_saveKey, &QPushButton::clicked, this, &SettingsPage::saveKey);
    connect(m_adminKey, &QLineEdit::returnPressed, this, &SettingsPage::saveKey);
    connect(m_removeKey, &QPushButton::clicked, this, &SettingsPage::removeKey);
    connect(m_timeout, &QSpinBox::valueChanged, this, [this](int seconds) {
        ConsoleSettings::setRequestTimeout(std::chrono::seconds(seconds));
        m_session->applySettings();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        const QString chosen = m_language->currentData().toString();
        QSettings().setValue(Localization::settingsKey(), chosen);
        const bool changed = chosen != m_startLanguage;
        m_restartNote->setVisible(changed);
        m_restart->setVisible(changed);
    });
    connect(m_restart, &QPushButton::clicked, this, [] { Relaunch::request(); });
    connect(session, &ConsoleSession::offlineFailed, this, [this](const QString &sentence) {
        if (banner())
            banner()->showError(sentence);
        syncFromContext();
    });
    syncFromContext();
}

MessageBanner *SettingsPage::banner() const
{
    return m_session->context()->banner();
}

void SettingsPage::syncFromContext()
{
    m_syncing = true;
    const DataCenter dc = m_session->context()->dataCenter();
    if (dc.isValid())
        m_picker->setDataCenter(dc);
    m_useUrl->setVisible(m_picker->isCustomSelected());
    m_syncing = false;
    if (isVisible())
        refreshKeyState();
}

void SettingsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refreshKeyState();
}

void SettingsPage::applyPickedDataCenter()
{
    if (m_picker->isOfflineSelected()) {
        if (!m_session->context()->isSandbox())
            m_session->goOffline();
        return;
    }
    QString error;
    const auto dc = m_picker->dataCenter(&error);
    if (!dc) {
        m_picker->showUrlError(error);
        return;
    }
    m_session->useDataCenter(*dc);
    if (banner())
        banner()->showInfo(tr("New applications are now created in %1.").arg(dc->displayName()));
}

void SettingsPage::refreshKeyState()
{
    const DataCenter dc = m_session->context()->dataCenter();
    const bool sandbox = dc.isSandbox();
    const bool usable = dc.isValid() && !sandbox;
    m_adminKey->setEnabled(usable);
    m_saveKey->setEnabled(usable);
    m_removeKey->setEnabled(false);
    if (sandbox) {
        m_keyState->setText(tr("The offline sandbox makes its own key. Nothing is sent to Cronofy."));
        return;
    }
    if (!dc.isValid()) {
        m_keyState->setText(tr("Choose a data center first."));
        return;
    }
    m_keyState->setText(tr("Checking the keychain…"));
    m_session->service()->hasAdminKey(dc, this, [this, dc](bool has, const ServiceError &error) {
        if (!(m_session->context()->dataCenter() == dc))
            return;
        if (!error.ok()) {
            m_keyState->setText(error.message());
            return;
        }
        m_keyState->setText(has
                ? tr("An admin API key for %1 is stored in this computer's keychain.").arg(dc.displayName())
                : tr("No admin API key is stored for %1 yet. Paste it below.").arg(dc.displayName()));
        m_saveKey->setText(has ? tr("Re&place Key") : tr("Sa&ve Key"));
        m_removeKey->setEnabled(has);
    });
}

void SettingsPage::saveKey()
{
    ErrorPresenter::clearFieldErrors(this);
    const DataCenter dc = m_session->context()->dataCenter();
    if (!dc.isValid() || dc.isSandbox())
        return;
    const QString key = m_adminKey->text().trimmed();
    const ServiceError invalid
        = ProvisioningService::validateCredentialText(key, QStringLiteral("admin_key"));
    if (!invalid.ok()) {
        ErrorPresenter::present(invalid, this, banner());
        return;
    }
    m_saveKey->setEnabled(false);
    m_session->service()->storeAdminKey(dc, key, this, [this, dc](const ServiceError &error) {
        m_saveKey->setEnabled(true);
        if (!error.ok()) {
            if (banner())
                banner()->showError(error.message(), ErrorPresenter::details(error));
            return;
        }
        m_adminKey->wipe();
        if (banner())
            banner()->showInfo(
                tr("The admin API key for %1 is stored in the keychain.").arg(dc.displayName()));
        refreshKeyState();
    });
}

void SettingsPage::removeKey()
{
    const DataCenter dc = m_session->context()->dataCenter();
    if (!dc.isValid() || dc.isSandbox())
        return;
    m_removeKey->setEnabled(false);
    m_session->service()->removeAdminKey(dc, this, [this, dc](const ServiceError &error) {
        if (!error.ok()) {
            if (banner())
                banner()->showError(error.message(), ErrorPresenter::details(error));
        } else if (banner()) {
            banner()->showInfo(
                tr("The admin API key for %1 was removed from the keychain.").arg(dc.displayName()));
        }
        refreshKeyState();
    });
}
