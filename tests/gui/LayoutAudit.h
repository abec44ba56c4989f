#pragma once

#include <QStringList>

class QWidget;

// Finds what a person would see cut off or piled up in a window as it is laid out now, and what a screen
// reader could not name. Reusable like MnemonicAudit: lay a window out in some state (shown, events
// processed), then ask for its problems. Each problem is one line naming the widget (objectName, else its
// class and text). Looked at: the visible widgets of the window, the content of scroll areas (reachable by
// scrolling, so clipped by the area but not by the window), not the insides of Qt's compound widgets.
//
// - a visible widget smaller than its minimumSizeHint (or its explicit minimum size); size policy Ignored
//   opts out, as it does for layouts;
// - a word-wrapped label shorter than its heightForWidth at its width (lines cut off);
// - two visible controls overlapping (neither inside the other);
// - a cell of an item view whose text is cut short (elided, or wrapped into more lines than its row has),
//   unless its column allows it (ui/widgets/CutColumns.h) and its tool tip has the text;
// - a dialog that scrolls its content while the screen has room for it to grow;
// - a control outside its window (or, inside a scroll area, outside the area's content), and the window
//   itself larger than the screen's available area;
// - a button, field or box (buttons, line edits, combo and spin boxes, check boxes, group boxes, lists,
//   progress bars, tab bars, and a line edit's own clear button) whose accessible name is empty.
namespace LayoutAudit {
QStringList problems(QWidget *window);
// The number of widgets problems() looked at, so a test can tell that it saw something.
int widgetsIn(QWidget *window);
} // namespace LayoutAudit
