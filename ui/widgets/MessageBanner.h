#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QTimer;
class QToolButton;

// A calm banner above the pages (and inside dialogs): an icon, one sentence that says what happened and what
// to do next, a "Details" toggle that reveals technical text (raw JSON, Qt's error string) only on demand,
// and a close button. Hidden while it has nothing to say. Colours come from the palette only. Information
// goes away by itself once read (not while the pointer or the focus is on it); errors and warnings stay
// until closed or replaced.
class MessageBanner : public QFrame
{
    Q_OBJECT

public:
    enum class Level { None, Info, Warning, Error };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showError(const QString &sentence, const QString &details = {});
    void showWarning(const QString &sentence, const QString &details = {});
    void showInfo(const QString &sentence);
    void clear();

    // The sentence shown now (empty when hidden); for tests and accessibility.
    QString text() const;
    QString details() const;
    Level level() const { return m_level; }

signals:
    // The person closed the banner.
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QPlainTextEdit *detailsView();
    void showMessage(Level level, const QString &sentence, const QString &details);
    void applyLevelStyle();
    static QColor tint(const QPalette &palette, Level level);

    Level m_level = Level::None;
    QLabel *m_icon;
    QLabel *m_text;
    QToolButton *m_detailsButton;
    QToolButton *m_closeButton;
    QPlainTextEdit *m_details;
    QTimer *m_expiry;
};
