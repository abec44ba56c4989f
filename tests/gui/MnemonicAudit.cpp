#include "MnemonicAudit.h"

#include <QAbstractButton>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMap>
#include <QTabBar>
#include <QTabWidget>
#include <QWidget>

namespace {
struct Owner
{
    QString letter;
    QString who;
};

QString describe(const QWidget *widget, const QString &text)
{
    const QString name = widget->objectName().isEmpty()
        ? QString::fromLatin1(widget->metaObject()->className())
        : widget->objectName();
    return QStringLiteral("%1 (\"%2\")").arg(name, text);
}

// Pages of a QTabWidget other than the current one are not on screen together with it, but the tab bar's
// titles are: they are collected as the tab bar's own letters instead.
bool insideOtherTabPage(const QWidget *widget, const QWidget *root)
{
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        const QWidget *stack = w->parentWidget();
        const auto *tabs = stack ? qobject_cast<const QTabWidget *>(stack->parentWidget()) : nullptr;
        if (tabs && tabs->indexOf(const_cast<QWidget *>(w)) >= 0)
            return true;
    }
    return false;
}

QList<Owner> owners(QWidget *root)
{
    QList<Owner> found;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget != root && (widget->isWindow() || insideOtherTabPage(widget, root)))
            continue;
        if (widget->window() != root->window())
            continue;
        QStringList texts;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            texts << label->text();
        else if (auto *group = qobject_cast<QGroupBox *>(widget))
            texts << group->title();
        else if (auto *bar = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < bar->count(); ++i)
                texts << bar->tabText(i);
        }
        for (const QString &text : std::as_const(texts)) {
            const QString letter = MnemonicAudit::letterOf(text);
            if (!letter.isEmpty())
                found.append({letter, describe(widget, text)});
        }
    }
    return found;
}
} // namespace

QString MnemonicAudit::letterOf(const QString &text)
{
    const QKeySequence key = QKeySequence::mnemonic(text);
    if (key.isEmpty())
        return {};
    // Alt+<key>: the key without its modifier, as lower-case text.
    return QKeySequence(key[0].key()).toString(QKeySequence::PortableText).toLower();
}

QStringList MnemonicAudit::clashes(QWidget *root, const QStringList &sharedTexts)
{
    QMap<QString, QStringList> byLetter;
    for (const QString &text : sharedTexts) {
        const QString letter = letterOf(text);
        if (!letter.isEmpty())
            byLetter[letter] << QStringLiteral("shared (\"%1\")").arg(text);
    }
    for (const Owner &owner : owners(root))
        byLetter[owner.letter] << owner.who;
    QStringList result;
    for (auto it = byLetter.cbegin(); it != byLetter.cend(); ++it) {
        if (it.value().size() > 1)
            result << QStringLiteral("Alt+%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    }
    return result;
}

int MnemonicAudit::lettersIn(QWidget *root)
{
    return int(owners(root).size());
}
