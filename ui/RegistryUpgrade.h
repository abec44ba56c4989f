#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QProgressDialog;
class QWidget;

// Upgrades the kept list's file in place before the window opens it, when it was written by an older
// version: on a thread of its own (building the indexes of a list of millions of rows takes a while), with a
// progress dialog once it has taken more than a second. The window then opens the upgraded file at once.
class RegistryUpgrade : public QObject
{
    Q_OBJECT

public:
    // Whether the file at `path` needs an upgrade (an existing file of an older schema version).
    static bool needed(const QString &path);

    // Upgrades `path`, then calls `done` (in this thread) with an empty string, or with the sentence of what
    // failed (the window's own open then says it again, with the same words). Deletes itself after.
    static void run(const QString &path, QWidget *parent, std::function<void(const QString &error)> done);

signals:
    void progressed(int version, int statement, int statements);

private:
    explicit RegistryUpgrade(QObject *parent);
};
