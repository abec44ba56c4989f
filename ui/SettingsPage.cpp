#include "SettingsPage.h"

#include "ConsoleContext.h"
#include "ConsoleSession.h"
#include "ConsoleSettings.h"
#include "Relaunch.h"
#include "SharedListBox.h"
#include "accounts/AccountList.h"
#include "common/Localization.h"
#include "dialogs/AddAccountDialog.h"
#include "dialogs/RenameAccountDialog.h"
#include "dialogs/ReplaceAccountKeyDialog.h"
#include "registry/ApplicationsModel.h"
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
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QTreeWidget>
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
    columnLayout->addWidget(createAccountsBox());
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
    refreshAccounts();
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
        refreshAccounts(); // storing it lists the data center's account
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
        refreshAccounts();
    });
}

QWidget *SettingsPage::createAccountsBox()
{
    auto *box = new QGroupBox(tr("Accounts"), this);
    box->setObjectName(QStringLiteral("accountsBox"));
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(hintLabel(tr("Each account is the admin API key of one Cronofy organizational unit. "
                                   "New applications are created with the account chosen in the Create "
                                   "Application dialog."),
        box));
    m_accounts = new QTreeWidget(box);
    m_accounts->setObjectName(QStringLiteral("accountsList"));
    m_accounts->setAccessibleName(tr("Accounts"));
    m_accounts->setRootIsDecorated(false);
    m_accounts->setUniformRowHeights(true);
    m_accounts->setAllColumnsShowFocus(true);
    m_accounts->setHeaderLabels({tr("Name"), tr("Data center"), tr("Key")});
    m_accounts->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_accounts->header()->setStretchLastSection(true);
    m_accounts->setMinimumHeight(fontMetrics().height() * 6);
    m_accounts->setMaximumHeight(fontMetrics().height() * 10);
    layout->addWidget(m_accounts);

    const auto button = [box](const QString &text, const char *name, const QString &accessible) {
        auto *b = new QPushButton(text, box);
        b->setObjectName(QLatin1String(name));
        b->setAccessibleName(accessible);
        return b;
    };
    // No letters: every one of these words already gives its letters to the page (Tab reaches them).
    m_addAccount = button(tr("Add…"), "addAccountButton", tr("Add an account"));
    m_renameAccount = button(tr("Rename…"), "renameAccountButton", tr("Rename the account"));
    m_replaceAccountKey
        = button(tr("Replace Key…"), "replaceAccountKeyButton", tr("Replace the account's admin API key"));
    m_removeAccount = button(tr("Remove…"), "removeAccountButton", tr("Remove the account"));
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_addAccount, m_renameAccount, m_replaceAccountKey, m_removeAccount})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_accounts, &QTreeWidget::itemSelectionChanged, this, &SettingsPage::updateAccountButtons);
    connect(m_addAccount, &QPushButton::clicked, this, &SettingsPage::addAccount);
    connect(m_renameAccount, &QPushButton::clicked, this, &SettingsPage::renameAccount);
    connect(m_replaceAccountKey, &QPushButton::clicked, this, &SettingsPage::replaceAccountKey);
    connect(m_removeAccount, &QPushButton::clicked, this, &SettingsPage::removeAccount);
    refreshAccounts();
    return box;
}

QString SettingsPage::selectedAccount() const
{
    const QTreeWidgetItem *item = m_accounts->currentItem();
    return item && item->isSelected() ? item->data(0, Qt::UserRole).toString() : QString();
}

void SettingsPage::updateAccountButtons()
{
    const bool chosen = !selectedAccount().isEmpty();
    m_addAccount->setEnabled(!m_accountBusy);
    m_renameAccount->setEnabled(!m_accountBusy && chosen);
    m_replaceAccountKey->setEnabled(!m_accountBusy && chosen);
    m_removeAccount->setEnabled(!m_accountBusy && chosen);
}

void SettingsPage::refreshAccounts()
{
    const QString selected = selectedAccount();
    const int generation = ++m_accountsGeneration;
    m_accounts->clear();
    const QList<Account> accounts = AccountList::all();
    for (const Account &account : accounts) {
        auto *item = new QTreeWidgetItem(
            m_accounts, {account.name, account.dataCenter.displayName(), tr("Checking the keychain…")});
        item->setData(0, Qt::UserRole, account.name);
        if (account.name.compare(selected, Qt::CaseInsensitive) == 0) {
            m_accounts->setCurrentItem(item);
            item->setSelected(true);
        }
        // Only when the page is looked at: start-up never waits on the keychain.
        if (!isVisible())
            continue;
        m_session->service()->hasAccountKey(
            account, this, [this, generation, name = account.name](bool has, const ServiceError &error) {
                if (generation != m_accountsGeneration)
                    return;
                for (int i = 0; i < m_accounts->topLevelItemCount(); ++i) {
                    QTreeWidgetItem *row = m_accounts->topLevelItem(i);
                    if (row->data(0, Qt::UserRole).toString() != name)
                        continue;
                    row->setText(2,
                        !error.ok() ? error.message()
                            : has   ? tr("In the keychain")
                                    : tr("No key in the keychain"));
                    row->setToolTip(2, row->text(2));
                }
            });
    }
    if (!m_accounts->currentItem() && m_accounts->topLevelItemCount() > 0)
        m_accounts->setCurrentItem(m_accounts->topLevelItem(0), 0, QItemSelectionModel::NoUpdate);
    updateAccountButtons();
}

void SettingsPage::accountsChanged(const QString &select)
{
    m_accountBusy = false;
    refreshAccounts();
    for (int i = 0; i < m_accounts->topLevelItemCount(); ++i) {
        QTreeWidgetItem *row = m_accounts->topLevelItem(i);
        if (!select.isEmpty() && row->data(0, Qt::UserRole).toString() == select) {
            m_accounts->setCurrentItem(row);
            row->setSelected(true);
        }
    }
    updateAccountButtons();
    m_session->context()->applicationsModel()->reload();
    refreshKeyState();
}

void SettingsPage::addAccount()
{
    if (m_accountBusy)
        return;
    auto *dialog = new AddAccountDialog(m_session->context(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddAccountDialog::added, this, [this](const QString &name) {
        accountsChanged(name);
        if (banner())
            banner()->showInfo(tr("The account “%1” is added; its key is in the keychain.").arg(name));
    });
    dialog->open();
}

void SettingsPage::renameAccount()
{
    const QString name = selectedAccount();
    if (m_accountBusy || name.isEmpty())
        return;
    auto *dialog = new RenameAccountDialog(m_session->context(), name, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(
        dialog, &RenameAccountDialog::renamed, this, [this](const QString &oldName, const QString &newName) {
            accountsChanged(newName);
            if (banner())
                banner()->showInfo(tr("The account “%1” is now named “%2”.").arg(oldName, newName));
        });
    dialog->open();
}

void SettingsPage::replaceAccountKey()
{
    const QString name = selectedAccount();
    if (m_accountBusy || name.isEmpty())
        return;
    auto *dialog = new ReplaceAccountKeyDialog(m_session->context(), name, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReplaceAccountKeyDialog::replaced, this, [this](const QString &replaced) {
        accountsChanged(replaced);
        if (banner())
            banner()->showInfo(tr("The admin API key of the account “%1” is replaced.").arg(replaced));
    });
    dialog->open();
}

void SettingsPage::removeAccount()
{
    const QString name = selectedAccount();
    if (m_accountBusy || name.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Account"),
        //: %1 is the account's name.
        tr("Remove the account “%1”?").arg(name), QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("removeAccountConfirmation"));
    box->setInformativeText(tr("Its admin API key is removed from this computer's keychain. The applications "
                               "created with it stay listed, marked as of a removed account."));
    QPushButton *remove = box->addButton(tr("&Remove"), QMessageBox::AcceptRole);
    remove->setObjectName(QStringLiteral("confirmRemoveAccountButton"));
    remove->setAccessibleName(tr("Remove the account"));
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelRemoveAccountButton"));
    cancel->setAccessibleName(tr("Keep the account"));
    // The safe answer is the default: Enter alone never removes.
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, name] {
        if (box->clickedButton() != remove || m_accountBusy)
            return;
        m_accountBusy = true;
        updateAccountButtons();
        m_session->service()->removeAccount(name, this, [this, name](const ServiceError &error) {
            accountsChanged({});
            if (!error.ok()) {
                if (banner())
                    banner()->showError(error.message(), ErrorPresenter::details(error));
                return;
            }
            if (banner())
                banner()->showInfo(
                    tr("The account “%1” is removed. Its applications stay listed.").arg(name));
        });
    });
    box->open();
}
