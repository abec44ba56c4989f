#pragma once

#include "api/DataCenter.h"

#include <QObject>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;

// Picks where requests go, by region name ("Germany"), or "Other (base URL)…" with a field for the URL (the
// local sandbox, a proxy). Optionally offers the offline sandbox as the last entry (Settings does, the
// welcome page has its own button).
// Its controls are rows of the page's form, not children of a widget of their own: a screen reader finds
// the label of a field among the field's siblings, so "Data center:" must sit beside its box.
class DataCenterPicker : public QObject
{
    Q_OBJECT

public:
    // Its controls are created as children of parent (in the page's focus order) and shown by addRowsTo.
    DataCenterPicker(bool offerOffline, QWidget *parent);
    // Adds its rows to form: label with the data center box, then the base URL field and its problem.
    void addRowsTo(QFormLayout *form, QLabel *label);

    QComboBox *comboBox() const { return m_combo; }
    QLineEdit *urlEdit() const { return m_urlEdit; }
    // The choice; nullopt with a sentence in *error when the base URL is not usable. Not valid for offline.
    std::optional<DataCenter> dataCenter(QString *error = nullptr) const;
    bool isOfflineSelected() const;
    bool isCustomSelected() const;
    // Selects a data center (a custom one fills the URL field) or, with offline, the sandbox entry.
    void setDataCenter(const DataCenter &dataCenter);
    void setOfflineSelected();
    void showUrlError(const QString &sentence);
    void setEnabled(bool enabled);
    void setFocus();

signals:
    void selectionChanged();

private:
    void updateUrlVisibility();

    QComboBox *m_combo;
    QLabel *m_urlLabel;
    QLineEdit *m_urlEdit;
    QLabel *m_urlError;
};
