#include "ColumnFitter.h"

#include "CutColumns.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>

#include <algorithm>

ColumnFitter::ColumnFitter(QTableView *view, int stretchColumn)
    : QObject(view)
    , m_view(view)
    , m_viewport(view->viewport())
    , m_header(view->horizontalHeader())
    , m_stretchColumn(stretchColumn)
{
    m_header->setSectionResizeMode(QHeaderView::Interactive);
    m_header->setStretchLastSection(false);
    m_header->setMinimumSectionSize(view->fontMetrics().averageCharWidth() * 4);
    // A title wider than its narrowed column is cut at its end, where it reads best (Qt 6.4 cuts a centred
    // title on both sides, without "…").
    m_header->setTextElideMode(Qt::ElideRight);
    m_header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_viewport->installEventFilter(this);
    CutColumns::allowAll(view); // narrowed columns cut their text; their tool tips have it whole
    connect(m_header, &QHeaderView::sectionResized, this, [this] {
        if (m_fitting || m_userResized)
            return;
        // The person dragged an edge: keep their widths, and let the last column fill the row.
        m_userResized = true;
        m_header->setStretchLastSection(true);
    });
}

void ColumnFitter::setColumns(const QList<Column> &columns)
{
    m_columns = columns;
    fit();
}

void ColumnFitter::setPreferredWidth(int column, int preferred)
{
    for (Column &c : m_columns) {
        if (c.column == column)
            c.preferred = std::max(preferred, c.minimum);
    }
}

int ColumnFitter::headerWidth(int column) const
{
    // sectionSizeFromContents is protected; the header's size hint for one section is what it would need.
    const int margin = m_view->fontMetrics().averageCharWidth() * 2;
    const QString title
        = m_view->model() ? m_view->model()->headerData(column, Qt::Horizontal).toString() : QString();
    // Room for the sort arrow as well, so the title never elides when someone sorts by it.
    return m_view->fontMetrics().horizontalAdvance(title) + margin + m_header->fontMetrics().height();
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    // Compared with the pointer kept at construction: while the table is destroyed, its viewport still
    // sends events, and calling the half-destroyed table's viewport() then is undefined (UBSan says so).
    if (event->type() == QEvent::Resize && watched == m_viewport)
        fit();
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::fit()
{
    if (m_userResized || m_columns.isEmpty() || !m_view->model())
        return;
    int stretch = m_stretchColumn;
    if (stretch < 0) {
        for (int visual = m_header->count() - 1; visual >= 0; --visual) {
            if (!m_header->isSectionHidden(m_header->logicalIndex(visual))) {
                stretch = m_header->logicalIndex(visual);
                break;
            }
        }
    }
    QList<Column> columns;
    int stretchMinimum = m_header->minimumSectionSize();
    for (const Column &c : std::as_const(m_columns)) {
        if (m_header->isSectionHidden(c.column))
            continue;
        if (c.column == stretch) {
            stretchMinimum = std::max(stretchMinimum, c.minimum);
            continue;
        }
        columns.append(c);
    }
    // A vertical scroll bar that comes or goes resizes the viewport, which fits the columns again.
    const int available = m_view->viewport()->width();
    QList<int> widths;
    QList<int> titles;
    for (const Column &c : std::as_const(columns)) {
        widths.append(c.preferred);
        titles.append(std::max(c.minimum, headerWidth(c.column)));
    }
    // The stretch column keeps room for its title until the last step.
    int stretchReserve = stretch >= 0 ? std::max(stretchMinimum, headerWidth(stretch)) : stretchMinimum;
    const auto totalWidth = [&] {
        int total = stretchReserve;
        for (const int w : std::as_const(widths))
            total += w;
        return total;
    };
    // Too wide: the less important columns give up space first, down to their titles; then the important
    // ones, down to their minimum; only then does a title get cut. Each column gives in proportion to what
    // it can give.
    enum class Step { OthersToTitle, ImportantToMinimum, OthersToMinimum };
    for (const Step step : {Step::OthersToTitle, Step::ImportantToMinimum, Step::OthersToMinimum}) {
        if (step == Step::OthersToMinimum) // the stretch column's title goes first
            stretchReserve = std::max(stretchMinimum, stretchReserve - std::max(0, totalWidth() - available));
        const int excess = totalWidth() - available;
        if (excess <= 0)
            break;
        const auto floorOf
            = [&](int i) { return step == Step::OthersToTitle ? titles.at(i) : columns.at(i).minimum; };
        const auto takesPart
            = [&](int i) { return columns.at(i).important == (step == Step::ImportantToMinimum); };
        int capacity = 0;
        for (int i = 0; i < columns.size(); ++i) {
            if (takesPart(i))
                capacity += std::max(0, widths.at(i) - floorOf(i));
        }
        if (capacity == 0)
            continue;
        const int take = std::min(excess, capacity);
        for (int i = 0; i < columns.size(); ++i) {
            if (!takesPart(i))
                continue;
            const int give = std::max(0, widths.at(i) - floorOf(i));
            const int cut = int((qint64(give) * take + capacity - 1) / capacity);
            widths[i] = std::max(floorOf(i), widths.at(i) - cut);
        }
    }
    int total = 0;
    for (const int w : std::as_const(widths))
        total += w;
    m_fitting = true;
    for (int i = 0; i < columns.size(); ++i)
        m_header->resizeSection(columns.at(i).column, widths.at(i));
    if (stretch >= 0)
        m_header->resizeSection(stretch, std::max(stretchMinimum, available - total));
    m_fitting = false;
}
