#pragma once

#include <QWidget>

class ConsoleSession;
class DataCenterPicker;
class MessageBanner;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class SecretLineEdit;

// Where requests go (a data center, a base URL, or the offline sandbox), the admin API key of that data
// center (set, replace, remove), the request timeout and the language.
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
    bool m_syncing = false;
};
