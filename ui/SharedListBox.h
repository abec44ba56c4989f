#pragma once

#include "registry/Registry.h"

#include <QGroupBox>

class ConsoleSession;
class MessageBanner;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QThread;
class SecretLineEdit;

// Settings, "Shared list": which list this computer works on, its own file or a team's shared list on
// PostgreSQL (docs/shared-list.md), and the state of the connection. Connect tries the server (and copies
// the local list when asked) on a thread of its own, keeps the password in the keychain, then the window is
// built again on the shared list (ConsoleSession::listChoiceChanged); Disconnect goes back to the file.
class SharedListBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit SharedListBox(ConsoleSession *session, QWidget *parent = nullptr);
    ~SharedListBox() override;

private:
    void connectToList();
    void connected(const QString &address, const QString &password, const RegistryError &error,
        const Registry::CopyCounts &counts, bool copied);
    void disconnectFromList();
    void showState();
    void setBusy(bool busy);

    ConsoleSession *m_session;
    QLabel *m_state;
    MessageBanner *m_banner;
    QLineEdit *m_address;
    SecretLineEdit *m_password;
    QCheckBox *m_copy;
    QPushButton *m_connect;
    QPushButton *m_disconnect;
    QThread *m_worker = nullptr;
};
