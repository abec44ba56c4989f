#pragma once

class QScrollArea;

// Keeps the control that gets the keyboard focus in view inside a scroll area, however it got there: Tab
// (which QScrollArea follows by itself), but also a mnemonic (Alt+L focuses a label's buddy) or a click on a
// label, which QScrollArea does not follow.
namespace ScrollFollowsFocus {
void install(QScrollArea *area);
} // namespace ScrollFollowsFocus
