#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

// Copies text to the clipboard. A sensitive copy (client_secret, tokens) is marked for clipboard managers as
// a secret and is cleared after 30 s, unless the clipboard changed meanwhile (the person copied something
// else, which must not be wiped). Only a hash of the copied text is kept, never the text itself.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    static ClipboardGuard *instance();

    void copy(const QString &text, bool sensitive);
    void setClearDelay(std::chrono::milliseconds delay);
    std::chrono::milliseconds clearDelay() const;
    bool hasPendingClear() const { return m_timer.isActive(); }
    // Clears now if the clipboard still holds the sensitive copy (also called when the program quits).
    void clearNow();

signals:
    // The sensitive copy was removed from the clipboard (not emitted when something else had replaced it).
    void cleared();

private:
    explicit ClipboardGuard(QObject *parent = nullptr);
    static QByteArray digest(const QString &text);

    QTimer m_timer;
    QByteArray m_digest;
};
