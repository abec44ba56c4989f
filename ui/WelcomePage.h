#pragma once

#include <QWidget>

class ConsoleSession;
class DataCenterPicker;
class MessageBanner;
class QLabel;
class QPushButton;
class SecretLineEdit;

// The first run: what the console does, in plain words, and two ways on: connect to Cronofy (data center +
// admin API key, kept in the keychain) or try it offline with the built-in sandbox.
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    explicit WelcomePage(ConsoleSession *session, QWidget *parent = nullptr);

    MessageBanner *banner() const { return m_banner; }

private:
    void connectToCronofy();
    void tryOffline();
    void setBusy(bool busy, const QString &what = {});

    ConsoleSession *m_session;
    MessageBanner *m_banner;
    DataCenterPicker *m_picker;
    SecretLineEdit *m_adminKey;
    QPushButton *m_connect;
    QPushButton *m_offline;
    QLabel *m_busy;
};
