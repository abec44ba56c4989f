#pragma once

#include <QDialog>

class QLabel;

// Shown after "Get fresh tokens": says that the access token is on the clipboard and when it will be cleared,
// and offers to copy the refresh token (or the access token again). The tokens are never shown, and live only
// in this dialog's memory while it is open (it deletes itself when closed).
class FreshTokensDialog : public QDialog
{
    Q_OBJECT

public:
    FreshTokensDialog(const QString &calendarId, const QString &accessToken, const QString &refreshToken,
        qint64 expiresInSeconds, QWidget *parent = nullptr);
    ~FreshTokensDialog() override;

    QString statusText() const;

private:
    void copyToken(QString *token, bool refresh);

    QString m_accessToken;
    QString m_refreshToken;
    QLabel *m_status;
};
