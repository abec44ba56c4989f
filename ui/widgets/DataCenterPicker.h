#pragma once

#include "api/DataCenter.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

// Picks where requests go, by region name ("Germany"), or "Other (base URL)…" with a field for the URL (the
// local sandbox, a proxy). Optionally offers the offline sandbox as the last entry (Settings does, the
// welcome page has its own button).
class DataCenterPicker : public QWidget
{
    Q_OBJECT

public:
    explicit DataCenterPicker(bool offerOffline, QWidget *parent = nullptr);

    QComboBox *comboBox() const { return m_combo; }
    // The choice; nullopt with a sentence in *error when the base URL is not usable. Not valid for offline.
    std::optional<DataCenter> dataCenter(QString *error = nullptr) const;
    bool isOfflineSelected() const;
    bool isCustomSelected() const;
    // Selects a data center (a custom one fills the URL field) or, with offline, the sandbox entry.
    void setDataCenter(const DataCenter &dataCenter);
    void setOfflineSelected();
    void showUrlError(const QString &sentence);

signals:
    void selectionChanged();

private:
    void updateUrlVisibility();

    QComboBox *m_combo;
    QLabel *m_urlLabel;
    QLineEdit *m_urlEdit;
    QLabel *m_urlError;
};
