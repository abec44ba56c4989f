#pragma once

#include "secrets/SecretStore.h"

#include <QPointer>

// For `app create --admin-key-stdin`: answers reads of one admin API key from memory (it came from standard
// input for this one run and is never stored) and passes everything else to the real keychain. Lets a script
// create an application on a machine whose keychain holds no admin key, or whose keychain is down: the new
// client_secret is then printed instead of lost.
class AdminKeyOverlayStore final : public SecretStore
{
    Q_OBJECT

public:
    AdminKeyOverlayStore(
        SecretStore *inner, const QString &key, const QString &value, QObject *parent = nullptr);
    ~AdminKeyOverlayStore() override;

    void read(const QString &key, QObject *context, ReadCallback done) override;
    void write(const QString &key, const QString &value, QObject *context, DoneCallback done) override;
    void remove(const QString &key, QObject *context, DoneCallback done) override;
    QStringList knownKeys() const override;

private:
    SecretStore *m_inner;
    QString m_key;
    QString m_value; // SECRET
};
