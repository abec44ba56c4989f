#pragma once

#include <QWidget>

class ConsoleSession;
class DataCenterPicker;
class MessageBanner;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class SecretLineEdit;

// Where requests go (a data center, a base URL, or the offline sandbox), the admin API key of that data
// center (set, replace, remove), the accounts (add, rename, replace the key, remove), the request timeout and
// the language.
class SettingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit SettingsPage(ConsoleSession *session, QWidget *parent = nullptr);

protected:
    // The keychain is asked only when the page is looked at, so start-up never waits on it.
    void showEvent(QShowEvent *event) override;

private:
    void syncFromContext();
    void applyPickedDataCenter();
    void refreshKeyState();
    void saveKey();
    void removeKey();
    MessageBanner *banner() const;
    // The accounts group: the list (name, data center, whether its key is in the keychain) and its buttons.
    QWidget *createAccountsBox();
    void refreshAccounts();
    void updateAccountButtons();
    QString selectedAccount() const;
    void addAccount();
    void renameAccount();
    void replaceAccountKey();
    void removeAccount();
    // After an account changed: the list, the applications (an account's removal marks them) and the key box.
    void accountsChanged(const QString &select);

    ConsoleSession *m_session;
    DataCenterPicker *m_picker;
    QPushButton *m_useUrl;
    QLabel *m_keyState;
    SecretLineEdit *m_adminKey;
    QPushButton *m_saveKey;
    QPushButton *m_removeKey;
    QSpinBox *m_timeout;
    QComboBox *m_language;
    QString m_startLanguage; // the language setting this run started with
    QLabel *m_restartNote;
    QPushButton *m_restart;
    QTreeWidget *m_accounts = nullptr;
    QPushButton *m_addAccount = nullptr;
    QPushButton *m_renameAccount = nullptr;
    QPushButton *m_replaceAccountKey = nullptr;
    QPushButton *m_removeAccount = nullptr;
    bool m_accountBusy = false; // a removal runs
    int m_accountsGeneration = 0; // answers about keys of an older list are dropped
    bool m_syncing = false;
};
