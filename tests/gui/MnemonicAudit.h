#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// Finds Alt+letter keys that two controls of one window share (one of the two would never be reached by
// its mnemonic). A control's letter comes from a button's or check box's text, a group box's title, a
// label that has a buddy, and the tabs of a tab bar. Hidden and disabled controls count too: they appear
// in another state of the same window (a busy dialog's Stop button, a result box), and a letter must not
// depend on which state someone is in.
namespace MnemonicAudit {
// The letter of `text` in lower case ("&Import" -> "i", "a && b" -> none), or an empty string.
QString letterOf(const QString &text);

// Every control under `root` that lives in root's window (nested dialogs and pages of a tab widget other
// than `root` itself are separate windows / states), as "letter: objectName (text)" for each letter used
// more than once, together with the letters of `sharedTexts` (e.g. the window's tab titles). Empty when
// every letter is unique.
QStringList clashes(QWidget *root, const QStringList &sharedTexts = {});

// The number of controls under `root` that have a letter (so a test can tell that it looked at something).
int lettersIn(QWidget *root);
} // namespace MnemonicAudit
