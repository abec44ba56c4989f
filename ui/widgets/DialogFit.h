#pragma once

#include <QObject>
#include <QPointer>

class QDialog;
class QScrollArea;

// Makes a dialog show all it says. Its content sits in a frameless scroll area above a footer (the buttons,
// always in view). When the dialog is shown, and whenever its content changes (a result, an error, a
// preview appears), the dialog grows to what the content needs at the dialog's width, word-wrapped text
// included (heightForWidth), up to its screen's available area; beyond that the content scrolls. It never
// shrinks what the person sized, and keeps the dialog on its screen.
//
//   auto *content = new QWidget;          // the dialog's widgets, in a layout of content's own
//   ...
//   DialogFit::install(this, content, buttonBox);
class DialogFit : public QObject
{
    Q_OBJECT

public:
    // Lays `dialog` out (it must have no layout yet): content in the scroll area, footer below.
    static DialogFit *install(QDialog *dialog, QWidget *content, QWidget *footer);

    // Grows the dialog to its content now (done by itself on show and on every change of the content).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DialogFit(QDialog *dialog, QWidget *content, QWidget *footer);
    void fitLater();

    QDialog *m_dialog;
    QWidget *m_content;
    QPointer<QWidget> m_footer;
    QScrollArea *m_area;
    bool m_queued = false;
};
