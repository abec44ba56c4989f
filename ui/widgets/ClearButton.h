#pragma once

#include <QCoreApplication>

class QLineEdit;

// A line edit's clear button that a screen reader can name: Qt's own button has an icon and no text.
class ClearButton
{
    Q_DECLARE_TR_FUNCTIONS(ClearButton)

public:
    // setClearButtonEnabled(true), with the button named "Clear" (also its tool tip), once the field first
    // has text (Qt shows the button only then).
    static void enable(QLineEdit *edit);
};
