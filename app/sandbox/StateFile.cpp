#include "StateFile.h"

#include "SandboxState.h"
#include "common/LogCategories.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

StateFile::StateFile(const QString &path, SandboxState &state, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_state(state)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(200);
    connect(&m_timer, &QTimer::timeout, this, [this] { flush(); });
}

StateFile::~StateFile()
{
    flush();
}

bool StateFile::load(QString *error)
{
    QFile file(m_path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("StateFile",
                "The sandbox state file %1 cannot be read (%2). "
                "Check its permissions or pass another --state file.")
                         .arg(QDir::toNativeSeparators(m_path), file.errorString());
        return false;
    }
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || !m_state.fromJson(doc.object())) {
        if (error)
            *error = QCoreApplication::translate("StateFile",
                "The sandbox state file %1 is not a sandbox state. "
                "Delete it or pass another --state file.")
                         .arg(QDir::toNativeSeparators(m_path));
        return false;
    }
    return true;
}

void StateFile::changed()
{
    m_dirty = true;
    if (!m_timer.isActive())
        m_timer.start();
}

bool StateFile::flush(QString *error)
{
    m_timer.stop();
    if (!m_dirty)
        return true;
    const QFileInfo info(m_path);
    QDir().mkpath(info.absolutePath());
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcSandbox) << "cannot write the state file" << m_path << file.errorString();
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(m_state.toJson()).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        qCWarning(lcSandbox) << "cannot write the state file" << m_path << file.errorString();
        if (error)
            *error = file.errorString();
        return false;
    }
    m_dirty = false;
    return true;
}
