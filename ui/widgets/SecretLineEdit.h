#pragma once

#include <QLineEdit>

class QAction;

// A masked field for a secret (admin API key, client_secret): Password echo mode, a "Show" toggle inside the
// field (also Ctrl+R while the field has focus), no input-method prediction, and nothing ever logged.
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit SecretLineEdit(QWidget *parent = nullptr);
    ~SecretLineEdit() override;

    bool isRevealed() const;
    void setRevealed(bool revealed);
    QAction *revealAction() const { return m_reveal; }
    // Empties the field and its undo history, so the secret does not linger in the widget.
    void wipe();

signals:
    void revealedChanged(bool revealed);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateRevealAction();

    QAction *m_reveal;
};
