#pragma once

#include <QObject>
#include <QPointer>

#include <functional>

class QDialog;
class QScrollArea;

// Makes a dialog show all it says. Its content sits in a frameless scroll area above a footer (the buttons,
// always in view). When the dialog is shown, and whenever its content changes (a result, an error, a
// preview appears), the dialog grows to what the content needs at the dialog's width, word-wrapped text
// included (heightForWidth), up to its screen's available area. Content taller than that first gets more
// width (wrapped text then takes fewer lines), and scrolls only when even that is not enough. The dialog is
// at least as wide as its title needs in the window manager's title bar, and as its preferred width (what a
// list in it needs to show its lines whole), both where the screen has room. It never shrinks what the person
// sized (its first height, when shown, is exactly what the content needs), and keeps the dialog on its
// screen.
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
    // The same, once the changes made now are laid out.
    void fitLater();
    // The width the dialog would like (0: none), asked at every fit; e.g. what its list needs to show every
    // line whole. Bounded by the screen; the content's minimum and the title still count.
    void setPreferredWidth(std::function<int()> preferredWidth);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    DialogFit(QDialog *dialog, QWidget *content, QWidget *footer);
    // What the window manager's title bar needs to show the title whole, approximately.
    int titleWidth() const;

    QDialog *m_dialog;
    QWidget *m_content;
    QPointer<QWidget> m_footer;
    QScrollArea *m_area;
    std::function<int()> m_preferredWidth;
    bool m_queued = false;
    bool m_shown = false; // shown once: its size may be the person's now
    bool m_exact = false; // this fit sets the height to the content's (first show), not only grows it
};
