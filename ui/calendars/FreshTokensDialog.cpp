#include "calendars/FreshTokensDialog.h"

#include "widgets/ClipboardGuard.h"
#include "widgets/DialogFit.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <chrono>

namespace {
QString clearDelayText()
{
    using namespace std::chrono;
    const auto delay = ClipboardGuard::instance()->clearDelay();
    const int seconds = int(duration_cast<std::chrono::seconds>(delay).count());
    return FreshTokensDialog::tr("%n second(s)", nullptr, qMax(1, seconds));
}
} // namespace

FreshTokensDialog::FreshTokensDialog(const QString &calendarId, const QString &accessToken,
    const QString &refreshToken, qint64 expiresInSeconds, QWidget *parent)
    : QDialog(parent)
    , m_accessToken(accessToken)
    , m_refreshToken(refreshToken)
{
    setObjectName(QStringLiteral("freshTokensDialog"));
    setWindowTitle(tr("Fresh tokens for “%1”").arg(calendarId));
    setAccessibleName(windowTitle());
    setAttribute(Qt::WA_DeleteOnClose);

    auto *explanation = new QLabel(this);
    explanation->setObjectName(QStringLiteral("freshTokensExplanation"));
    explanation->setWordWrap(true);
    const qint64 minutes = qMax<qint64>(1, expiresInSeconds / 60);
    explanation->setText(tr(
        "Cronofy issued a fresh access token for “%1”. Paste it where it is needed; it works for about %n "
        "minute(s). The refresh token lets a program get new access tokens later. Treat both like passwords: "
        "they are not shown here and not kept by the console.",
        nullptr, int(minutes))
                             .arg(calendarId));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("freshTokensStatus"));
    m_status->setWordWrap(true);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *copyAccess
        = buttons->addButton(tr("Copy &access token again"), QDialogButtonBox::ActionRole);
    copyAccess->setObjectName(QStringLiteral("copyAccessTokenButton"));
    copyAccess->setAccessibleName(tr("Copy the access token again"));
    QPushButton *copyRefresh = buttons->addButton(tr("Copy &refresh token"), QDialogButtonBox::ActionRole);
    copyRefresh->setObjectName(QStringLiteral("copyRefreshTokenButton"));
    copyRefresh->setAccessibleName(tr("Copy the refresh token"));
    copyRefresh->setEnabled(!m_refreshToken.isEmpty());
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setAccessibleName(tr("Close"));
    close->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copyAccess, &QPushButton::clicked, this, [this] { copyToken(&m_accessToken, false); });
    connect(copyRefresh, &QPushButton::clicked, this, [this] { copyToken(&m_refreshToken, true); });
    connect(ClipboardGuard::instance(), &ClipboardGuard::cleared, this,
        [this] { m_status->setText(tr("The clipboard was cleared.")); });

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(explanation);
    layout->addWidget(m_status);
    layout->addStretch(1);
    DialogFit::install(this, content, buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    copyToken(&m_accessToken, false);
    close->setFocus();
}

FreshTokensDialog::~FreshTokensDialog()
{
    m_accessToken.clear();
    m_refreshToken.clear();
}

void FreshTokensDialog::copyToken(QString *token, bool refresh)
{
    if (token->isEmpty())
        return;
    ClipboardGuard::instance()->copy(*token, true);
    //: %1 is a duration such as "30 seconds".
    m_status->setText(refresh
            ? tr("The refresh token is on the clipboard. It will be cleared in %1, unless you "
                 "copy something else first.")
                  .arg(clearDelayText())
            : tr("The access token is on the clipboard. It will be cleared in %1, unless you "
                 "copy something else first.")
                  .arg(clearDelayText()));
    m_status->setAccessibleName(m_status->text());
}

QString FreshTokensDialog::statusText() const
{
    return m_status->text();
}
