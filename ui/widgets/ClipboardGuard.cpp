#include "ClipboardGuard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

ClipboardGuard *ClipboardGuard::instance()
{
    // Parented to the application, so it dies (and clears) before the clipboard does.
    static ClipboardGuard *guard = new ClipboardGuard(qApp);
    return guard;
}

ClipboardGuard::ClipboardGuard(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::seconds(30));
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearNow);
    if (qApp)
        connect(qApp, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearNow);
}

void ClipboardGuard::setClearDelay(std::chrono::milliseconds delay)
{
    m_timer.setInterval(delay);
}

std::chrono::milliseconds ClipboardGuard::clearDelay() const
{
    return m_timer.intervalAsDuration();
}

QByteArray ClipboardGuard::digest(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

void ClipboardGuard::copy(const QString &text, bool sensitive)
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    auto *mime = new QMimeData;
    mime->setText(text);
    if (sensitive) {
        // Clipboard managers (Klipper, KDE Connect, GNOME extensions) skip entries carrying this hint.
        mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
        m_digest = digest(text);
        m_timer.start();
    } else {
        m_digest.clear();
        m_timer.stop();
    }
    clipboard->setMimeData(mime);
    if (clipboard->supportsSelection() && !sensitive)
        clipboard->setText(text, QClipboard::Selection);
}

void ClipboardGuard::clearNow()
{
    m_timer.stop();
    if (m_digest.isEmpty())
        return;
    QClipboard *clipboard = QGuiApplication::clipboard();
    // Something else copied since: that is the person's data now, leave it alone.
    const bool unchanged = digest(clipboard->text()) == m_digest;
    m_digest.clear();
    if (unchanged) {
        clipboard->clear();
        emit cleared();
    }
}
