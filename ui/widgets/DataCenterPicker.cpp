#include "DataCenterPicker.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace {
const QString kCustom = QStringLiteral("custom");
const QString kOffline = QStringLiteral("sandbox");
} // namespace

DataCenterPicker::DataCenterPicker(bool offerOffline, QWidget *parent)
    : QObject(parent)
    , m_combo(new QComboBox(parent))
    , m_urlLabel(new QLabel(tr("Base URL:"), parent))
    , m_urlEdit(new QLineEdit(parent))
    , m_urlError(new QLabel(parent))
{
    m_combo->setObjectName(QStringLiteral("dataCenterCombo"));
    m_combo->setAccessibleName(tr("Data center"));
    m_combo->setToolTip(tr("The region your Cronofy account lives in. It is shown in the address of your "
                           "Cronofy dashboard, for example app-de.cronofy.com for Germany."));
    const auto centers = DataCenter::all();
    for (const DataCenter &dc : centers)
        m_combo->addItem(dc.displayName(), dc.storageKey());
    m_combo->insertSeparator(m_combo->count());
    m_combo->addItem(tr("Other (base URL)…"), kCustom);
    if (offerOffline)
        m_combo->addItem(tr("Offline sandbox — nothing is sent to Cronofy"), kOffline);

    m_urlEdit->setObjectName(QStringLiteral("baseUrlEdit"));
    m_urlEdit->setAccessibleName(tr("Base URL"));
    m_urlEdit->setPlaceholderText(tr("https://api.example.com or http://127.0.0.1:8080"));
    m_urlEdit->setToolTip(
        tr("For a proxy or a local test server. Plain http is allowed only for this computer "
           "(127.0.0.1 or localhost)."));
    m_urlEdit->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);

    m_urlError->setObjectName(QStringLiteral("baseUrlError"));
    m_urlError->setWordWrap(true);
    m_urlError->setAccessibleName(tr("Problem with the base URL"));
    QFont bold = m_urlError->font();
    bold.setBold(true);
    m_urlError->setFont(bold);

    // The field has a label of its own (no letter: the pages around it own them; Tab reaches it).
    m_urlLabel->setObjectName(QStringLiteral("baseUrlLabel"));
    m_urlLabel->setBuddy(m_urlEdit);

    connect(m_combo, &QComboBox::currentIndexChanged, this, [this] {
        updateUrlVisibility();
        emit selectionChanged();
    });
    connect(m_urlEdit, &QLineEdit::textEdited, this, [this] { showUrlError({}); });
    updateUrlVisibility();
    showUrlError({});
}

void DataCenterPicker::addRowsTo(QFormLayout *form, QLabel *label)
{
    label->setBuddy(m_combo);
    form->addRow(label, m_combo);
    form->addRow(m_urlLabel, m_urlEdit);
    form->addRow(QString(), m_urlError);
}

void DataCenterPicker::setEnabled(bool enabled)
{
    for (QWidget *widget : {static_cast<QWidget *>(m_combo), static_cast<QWidget *>(m_urlLabel),
             static_cast<QWidget *>(m_urlEdit), static_cast<QWidget *>(m_urlError)})
        widget->setEnabled(enabled);
}

void DataCenterPicker::setFocus()
{
    (isCustomSelected() && !m_urlError->text().isEmpty() ? static_cast<QWidget *>(m_urlEdit)
                                                         : static_cast<QWidget *>(m_combo))
        ->setFocus();
}

bool DataCenterPicker::isOfflineSelected() const
{
    return m_combo->currentData().toString() == kOffline;
}

bool DataCenterPicker::isCustomSelected() const
{
    return m_combo->currentData().toString() == kCustom;
}

std::optional<DataCenter> DataCenterPicker::dataCenter(QString *error) const
{
    const QString key = m_combo->currentData().toString();
    if (key == kOffline)
        return std::nullopt;
    if (key == kCustom) {
        const QString url = m_urlEdit->text().trimmed();
        if (url.isEmpty()) {
            if (error)
                *error = tr("Type the base URL, for example https://api.example.com.");
            return std::nullopt;
        }
        return DataCenter::fromBaseUrl(url, error);
    }
    return DataCenter::fromId(key);
}

void DataCenterPicker::setDataCenter(const DataCenter &dataCenter)
{
    if (dataCenter.isSandbox()) {
        setOfflineSelected();
        return;
    }
    if (dataCenter.isCustom()) {
        m_urlEdit->setText(dataCenter.apiBaseUrl().toString());
        m_combo->setCurrentIndex(m_combo->findData(kCustom));
        return;
    }
    const int index = m_combo->findData(dataCenter.storageKey());
    if (index >= 0)
        m_combo->setCurrentIndex(index);
}

void DataCenterPicker::setOfflineSelected()
{
    const int index = m_combo->findData(kOffline);
    if (index >= 0)
        m_combo->setCurrentIndex(index);
}

void DataCenterPicker::showUrlError(const QString &sentence)
{
    m_urlError->setText(sentence);
    m_urlError->setVisible(!sentence.isEmpty() && isCustomSelected());
    m_urlEdit->setAccessibleDescription(sentence);
}

void DataCenterPicker::updateUrlVisibility()
{
    const bool custom = isCustomSelected();
    m_urlLabel->setVisible(custom);
    m_urlEdit->setVisible(custom);
    m_urlError->setVisible(custom && !m_urlError->text().isEmpty());
}
