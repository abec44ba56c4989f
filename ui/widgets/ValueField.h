#pragma once

#include <QTextEdit>

// A value a person reads and may copy (an ID, a date, a name): read-only, selectable by mouse and keyboard,
// drawn like a label, and on as many lines as it needs at the width it gets, broken anywhere where it has no
// spaces (an ID of 255 characters), so it is never cut. A read-only line edit scrolls such a value out of
// sight; a word-wrapped QLabel cannot break an ID and would make its pane as wide as the ID.
class ValueField : public QTextEdit
{
    Q_OBJECT

public:
    explicit ValueField(QWidget *parent = nullptr);

    void setValue(const QString &text);
    QString text() const { return toPlainText(); }

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};
