#pragma once

#include <QString>

class QComboBox;
class Registry;

// Fills a combo box with the kept applications (name, then client_id), each item's data being its client_id.
// When allItemText is not empty, a first item with empty data stands for "every application".
// Keeps the current choice when it still exists.
void fillApplicationCombo(QComboBox *combo, Registry *registry, const QString &allItemText = {});

// The name a person knows an application by: its name, or its client_id when it has none.
QString applicationDisplayName(Registry *registry, const QString &clientId);
