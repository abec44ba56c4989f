#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class SandboxState;

// Keeps SandboxState in a JSON file: loaded once, saved at most every 200 ms after a change (QSaveFile,
// owner-only permissions) and once more when destroyed. The file holds hashes, never a secret.
class StateFile : public QObject
{
    Q_OBJECT

public:
    StateFile(const QString &path, SandboxState &state, QObject *parent = nullptr);
    ~StateFile() override;

    // A missing file is an empty state. False and a sentence in *error if the file cannot be read.
    bool load(QString *error);
    // Schedules a save (debounced).
    void changed();
    // Saves now if anything changed since the last save.
    bool flush(QString *error = nullptr);

private:
    QString m_path;
    SandboxState &m_state;
    QTimer m_timer;
    bool m_dirty = false;
};
