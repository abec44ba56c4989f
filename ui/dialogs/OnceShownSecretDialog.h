#pragma once

#include "secrets/SecretStore.h"

#include <QDialog>

class ProvisioningService;
class MessageBanner;
class QCheckBox;
class QLineEdit;
class QPushButton;
class SecretLineEdit;
struct CreatedApplication;

// Shows a new application's client_id and client_secret right after Cronofy created it: Cronofy shows the
// secret only once. When the keychain could not keep it, the dialog says so, offers Retry, and refuses to
// close (Close, Esc, the window's close button) until a retry succeeded or the person ticked "I have stored
// it elsewhere". The secret is wiped from the dialog when it closes.
class OnceShownSecretDialog : public QDialog
{
    Q_OBJECT

public:
    OnceShownSecretDialog(
        ProvisioningService *service, const CreatedApplication &created, QWidget *parent = nullptr);
    ~OnceShownSecretDialog() override;

    bool canClose() const;
    bool isSecretStored() const { return m_stored; }

signals:
    // "Provision a Calendar…": the dialog closed and the person wants the application's first calendar.
    void provisionCalendarRequested(const QString &clientId);

public slots:
    void reject() override;
    void done(int result) override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void retryStore();
    void updateState();
    void explainRefusal();

    ProvisioningService *m_service;
    QString m_clientId;
    QString m_secret; // wiped in done()
    bool m_stored;
    bool m_retrying = false;
    MessageBanner *m_banner;
    QLineEdit *m_clientIdEdit;
    SecretLineEdit *m_secretEdit;
    QPushButton *m_retry;
    QCheckBox *m_storedElsewhere;
    QPushButton *m_close;
    QPushButton *m_provision;
};
